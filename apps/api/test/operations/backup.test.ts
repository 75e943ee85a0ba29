import { spawn } from 'node:child_process'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createDb, REPO_ROOT, restoreDatabase, tableCounts, upsertObservation, indicators } from '@nap/db'
import { eq } from 'drizzle-orm'
import { buildTestApp, type TestApp } from '../helper.ts'

/** Runs `pnpm db:backup`'s script (db/src/cli-backup.ts) in its own process, as an operator would. */
function runBackupCli(databasePath: string, target: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'db', 'src', 'cli-backup.ts'), target], {
      env: { ...process.env, DATABASE_PATH: databasePath, INIT_CWD: REPO_ROOT },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

describe('online backup (pnpm db:backup)', () => {
  let t: TestApp
  let base: string
  beforeAll(async () => {
    t = await buildTestApp()
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
  })
  afterAll(async () => t.app.close())

  test('takes a verified copy while requests are served and values are written, and the copy restores with the same row counts', async () => {
    const indicator = t.db.select().from(indicators).where(eq(indicators.slug, 'unemployment-rate')).get()
    expect(indicator).toBeDefined()
    const target = join(t.path, '..', 'backup.sqlite')
    let serving = true
    let answered = 0
    let written = 0
    const readers = Array.from({ length: 4 }, async () => {
      while (serving) {
        const res = await fetch(`${base}/api/indicators/gdp-per-capita-ppp/series?countries=MEX`)
        expect(res.status).toBe(200)
        await res.arrayBuffer()
        answered += 1
      }
    })
    const writer = (async () => {
      while (serving) {
        t.db.transaction((tx) =>
          upsertObservation(
            tx,
            { indicatorId: indicator?.id ?? 0, countryCode: 'MEX', period: String(1900 + (written % 60)), value: written },
            { action: 'create', actor: 'backup-test', reason: 'writes during the backup' },
          ),
        )
        written += 1
        await new Promise((r) => setTimeout(r, 2))
      }
    })()

    const result = await runBackupCli(t.path, target)
    serving = false
    await Promise.all([...readers, writer])

    expect(result.output).toContain('integrity ok')
    expect(result.code).toBe(0)
    expect(answered).toBeGreaterThan(0)
    expect(written).toBeGreaterThan(0)

    const copy = createDb(target).$client
    const copied = tableCounts(copy)
    // A consistent snapshot: every observation has its revisions, and nothing dangles.
    const orphans = copy.prepare<[], { n: number }>('select count(*) as n from observations o where not exists (select 1 from revisions r where r.observation_id = o.id)').get()
    copy.close()
    expect(orphans?.n).toBe(0)
    expect(copied['observations']).toBeGreaterThanOrEqual(4321)

    const restoredPath = join(t.path, '..', 'restored.sqlite')
    const restored = restoreDatabase(target, restoredPath)
    expect(restored.integrity).toBe('ok')
    expect(restored.tables).toEqual(copied)
  })

  test('refuses to overwrite an existing file and says so', async () => {
    const result = await runBackupCli(t.path, t.path)
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/already exists: choose a new file name/)
  })
})
