export { seedDatabase, isEmpty, type SeedResult } from './seed.ts'
export { COUNTRIES, EVENTS, GOALS, INDICATORS, SOURCES } from './catalog.ts'
export type { CatalogIndicator, CatalogTarget } from './catalog.ts'
export { loadObservations, parseObservationsCsv, type SourceRow } from './load-observations.ts'
