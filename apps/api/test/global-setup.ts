import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { createDb, runMigrations } from '@nap/db'
import { seedDatabase } from '@nap/db/seed'

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string
  }
}

/** Migrates and seeds one real SQLite file; each test file works on its own copy of it. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'nap-api-test-'))
  const path = join(dir, 'template.sqlite')
  const db = createDb(path)
  runMigrations(db)
  seedDatabase(db)
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.close()
  project.provide('templateDatabase', path)
  return () => rmSync(dir, { recursive: true, force: true })
}
