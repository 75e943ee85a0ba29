export { createDb, type Db } from './client.ts'
export { runMigrations, MIGRATIONS_FOLDER } from './migrate.ts'
export { openDatabase } from './open-database.ts'
export { DEFAULT_DATABASE_PATH, REPO_ROOT, loadDotEnv, resolveDatabasePath } from './env.ts'
export { backupDatabase, restoreDatabase, verifyDatabaseFile, tableCounts, type BackupReport } from './backup.ts'
export * as schema from './schema.ts'
export * from './schema.ts'
export {
  upsertObservation,
  deleteObservation,
  insertObservation,
  reviseObservation,
  findObservation,
  listObservations,
  isSameState,
  flagsOf,
  valueBeforeDeletion,
  nextChangeTime,
  lastChangeOf,
  observationsAsOf,
  recordStatusFlips,
  yearOfPeriod,
  areaCodeOf,
  FLAG_NAMES,
  type PointInput,
  type Attribution,
  type ObservationRow,
  type ObservationFlags,
  type NextState,
  type Revised,
  type LastChange,
  type PointAsOf,
  type StatusFlipInput,
  type Tx,
} from './observations-store.ts'
export {
  recomputeDerived,
  dependantsOf,
  hasComputedNam,
  inputsOf,
  isComputedPoint,
  parseDerivation,
  type IndicatorRow,
  type RecomputeResult,
} from './recompute-derived.ts'
