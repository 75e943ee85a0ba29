import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { isEmpty, seedDatabase } from '../seed/seed.ts'
import { createDb, type Db } from './client.ts'
import { runMigrations } from './migrate.ts'

/**
 * Opens the database for the app: creates the folder and file if needed, applies migrations and,
 * when the database is new, seeds it with the catalog and the real data.
 */
export function openDatabase(path: string): { db: Db; seeded: boolean } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = createDb(path)
  runMigrations(db)
  const seeded = isEmpty(db)
  if (seeded) seedDatabase(db)
  return { db, seeded }
}
