export * from './common.ts'
export * from './catalog.ts'
export * from './series.ts'
export * from './progress.ts'
