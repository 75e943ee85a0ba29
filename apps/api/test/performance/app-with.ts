/** A real app on its own copy of the seeded database, with extra environment (RESPONSE_CACHE, WEB_DIST). */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import { createDb, runMigrations } from '@nap/db'
import { buildApp } from '../../src/app.ts'
import { loadEnv } from '../../src/config/env.ts'
import type { TestApp } from '../helper.ts'

export async function buildAppWith(env: Record<string, string>): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'nap-api-perf-'))
  const path = join(dir, 'test.sqlite')
  copyFileSync(inject('templateDatabase'), path)
  const db = createDb(path)
  runMigrations(db)
  const app = await buildApp({ env: loadEnv({ DATABASE_PATH: path, LOG_LEVEL: 'silent', WEB_DIST: join(tmpdir(), 'no-web-build'), ...env }), db })
  app.addHook('onClose', async () => {
    db.$client.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return { app, db, path }
}
