export { seedDatabase, isEmpty, type SeedResult } from './seed.ts'
export {
  CATALOG,
  COUNTRIES,
  EVENTS,
  GOALS,
  INDICATOR_BOUNDS,
  INDICATORS,
  SOURCES,
  boundsProblem,
  catalogIssues,
  isWithinBounds,
  validateCatalog,
} from './catalog/index.ts'
export type {
  Catalog,
  CatalogCountry,
  CatalogData,
  CatalogEvent,
  CatalogGoal,
  CatalogIndicator,
  CatalogMilestone,
  CatalogPoint,
  CatalogSource,
  CatalogTarget,
  IndicatorBounds,
} from './catalog/index.ts'
export { loadObservations, parseObservationsCsv, type SourceRow } from './load-observations.ts'
