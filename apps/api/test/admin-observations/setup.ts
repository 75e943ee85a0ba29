/** Shared pieces of the data-entry tests: a signed-in editor on a clocked app, URLs, a database checksum. */
import { createHash } from 'node:crypto'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { and, eq } from 'drizzle-orm'
import { indicators, observations, type Db } from '@nap/db'
import type { AreaCode } from '@nap/domain'
import { authHeaders, buildClockedTestApp, signIn, type SignedIn, type TestClock } from '../auth-helper.ts'
import type { TestApp } from '../helper.ts'

export interface EditorApp extends TestApp {
  clock: TestClock
  editor: SignedIn
  headers: { cookie: string; 'x-csrf-token': string }
}

/** A real app on its own seeded SQLite copy, with a clock the test moves, and an editor signed in. */
export async function editorApp(): Promise<EditorApp> {
  const t = await buildClockedTestApp()
  const editor = await signIn(t.app, 'editor')
  return { ...t, editor, headers: authHeaders(editor) }
}

export const pointUrl = (slug: string, country: string, period: string) =>
  `/api/admin/indicators/${encodeURIComponent(slug)}/observations/${encodeURIComponent(country)}/${encodeURIComponent(period)}`
export const batchUrl = (slug: string) => `/api/admin/indicators/${encodeURIComponent(slug)}/observations`
export const previewUrl = (slug: string) => `/api/admin/indicators/${encodeURIComponent(slug)}/observations/preview`

/** Every table a write could touch (sessions are left out: reading with a session refreshes it). */
const CHECKED_TABLES = ['observations', 'revisions', 'status_flips', 'audit_log', 'indicators', 'targets', 'target_revisions', 'users'] as const

/** SHA-256 of every row of the tables above, in id order. */
export function checksum(db: Db): string {
  const hash = createHash('sha256')
  for (const table of CHECKED_TABLES) {
    hash.update(table)
    for (const row of db.$client.prepare(`select * from ${table} order by id`).raw().iterate()) hash.update(JSON.stringify(row))
  }
  return hash.digest('hex')
}

export function indicatorId(db: Db, slug: string): number {
  const row = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.slug, slug)).get()
  if (!row) throw new Error(`no indicator ${slug}`)
  return row.id
}

/** The observation row of a point (deleted ones too). */
export function pointRow(db: Db, slug: string, country: AreaCode, period: string) {
  return db
    .select()
    .from(observations)
    .where(and(eq(observations.indicatorId, indicatorId(db, slug)), eq(observations.countryCode, country), eq(observations.period, period)))
    .get()
}

export function json<T = Record<string, unknown>>(res: LightMyRequestResponse): T {
  return res.json<T>()
}

export type Method = 'PUT' | 'POST' | 'DELETE'

export function send(app: FastifyInstance, method: Method, url: string, headers: Record<string, string>, payload?: unknown) {
  if (payload === undefined) return app.inject({ method, url, headers })
  return app.inject({ method, url, headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(payload) })
}
