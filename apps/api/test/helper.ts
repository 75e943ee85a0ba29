import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createDb, runMigrations, type Db } from '@nap/db'
import { buildApp } from '../src/app.ts'
import { loadEnv } from '../src/config/env.ts'

export interface TestApp {
  app: FastifyInstance
  db: Db
  path: string
}

/** A real app on its own copy of the seeded SQLite file (migrations applied on open). */
export async function buildTestApp(): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'nap-api-'))
  const path = join(dir, 'test.sqlite')
  copyFileSync(inject('templateDatabase'), path)
  const db = createDb(path)
  runMigrations(db)
  const env = loadEnv({ DATABASE_PATH: path, LOG_LEVEL: 'silent', WEB_DIST: join(tmpdir(), 'no-web-build') })
  const app = await buildApp({ env, db })
  app.addHook('onClose', async () => {
    db.$client.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return { app, db, path }
}

export async function getJson<T = unknown>(app: FastifyInstance, url: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({ method: 'GET', url })
  return { status: res.statusCode, body: res.json<T>() }
}
