import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { eq, sql } from 'drizzle-orm'
import { revisions } from '@nap/db'
import { authHeaders, signIn, type SignedIn } from '../auth-helper.ts'
import { batchUrl, editorApp, json, pointRow, pointUrl, send, type EditorApp } from './setup.ts'

let t: EditorApp
let base: string
let second: SignedIn
beforeAll(async () => {
  t = await editorApp()
  second = await signIn(t.app, 'editor')
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  const address = t.app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  base = `http://127.0.0.1:${address.port}`
})
afterAll(() => t.app.close())

describe('two writers', () => {
  test('two writes from the same version: one 200 and one 409 carrying the winner’s value; the winner’s value stays', async () => {
    const url = pointUrl('unemployment-rate', 'CAN', '2025')
    const version = pointRow(t.db, 'unemployment-rate', 'CAN', '2025')?.version
    const [a, b] = await Promise.all([
      send(t.app, 'PUT', url, t.headers, { value: 6.91, version, reason: 'first writer' }),
      send(t.app, 'PUT', url, authHeaders(second), { value: 6.95, version, reason: 'second writer' }),
    ])
    const results = [a, b].map((r) => r.statusCode).sort()
    expect(results).toEqual([200, 409])
    const winner = a.statusCode === 200 ? 6.91 : 6.95
    const winnerName = a.statusCode === 200 ? t.editor.user.name : second.user.name
    const loser = a.statusCode === 409 ? a : b
    expect(json(loser)).toMatchObject({ code: 'version_conflict', current: { value: winner, version: (version ?? 0) + 1, author: winnerName } })
    expect(pointRow(t.db, 'unemployment-rate', 'CAN', '2025')).toMatchObject({ value: winner, version: (version ?? 0) + 1 })
  })

  test('2 writers and 20 readers for 10 s over HTTP: no 5xx, no lost update (each saved version once, the last save stays)', async () => {
    const path = pointUrl('trade-openness', 'MEX', '2025')
    const start = pointRow(t.db, 'trade-openness', 'MEX', '2025')
    if (!start?.value) throw new Error('no MEX 2025')
    const origin = start.value
    const deadline = Date.now() + 10_000
    const statuses = new Map<number, number>()
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1)
    const saved: { version: number; value: number }[] = []

    const writer = async (who: SignedIn, offset: number) => {
      let version = start.version
      let n = 0
      while (Date.now() < deadline) {
        n += 1
        const value = origin + offset + n / 1000
        const res = await fetch(`${base}${path}`, {
          method: 'PUT',
          headers: { ...authHeaders(who), 'content-type': 'application/json' },
          body: JSON.stringify({ value, version, reason: `load test ${offset} ${n}` }),
        })
        count(res.status)
        const body = (await res.json()) as { observation?: { version: number }; current?: { version: number } }
        if (res.status === 200 && body.observation) {
          saved.push({ version: body.observation.version, value })
          version = body.observation.version
        } else if (res.status === 409 && body.current) {
          version = body.current.version
        }
      }
    }
    const reads = ['/api/progress', '/api/indicators/trade-openness/progress', '/api/indicators/trade-openness/series?countries=MEX,NAM&from=2015', '/api/indicators/trade-openness/revisions?country=MEX&period=2025']
    let answered = 0
    const reader = async (i: number) => {
      while (Date.now() < deadline) {
        const res = await fetch(`${base}${reads[(i + answered) % reads.length] ?? '/api/progress'}`)
        count(res.status)
        await res.arrayBuffer()
        answered += 1
      }
    }
    await Promise.all([writer(t.editor, 0), writer(second, 0.5), ...Array.from({ length: 20 }, (_, i) => reader(i))])

    const fivexx = [...statuses].filter(([s]) => s >= 500)
    expect(fivexx).toEqual([])
    expect(saved.length).toBeGreaterThan(10)
    expect(answered).toBeGreaterThan(100)
    const versions = saved.map((s) => s.version)
    expect(new Set(versions).size).toBe(versions.length)
    const last = saved.reduce((a, b) => (b.version > a.version ? b : a))
    const final = pointRow(t.db, 'trade-openness', 'MEX', '2025')
    expect(final).toMatchObject({ value: last.value, version: last.version })
    expect(final?.version).toBe(start.version + saved.length)
    const history = t.db.select({ n: sql<number>`count(*)` }).from(revisions).where(eq(revisions.observationId, start.id)).get()?.n
    expect(history).toBe(1 + saved.length)
    console.log(`10 s load: ${saved.length} saves, ${statuses.get(409) ?? 0} × 409, ${answered} reads; statuses ${JSON.stringify(Object.fromEntries(statuses))}`)
  }, 30_000)
})

describe('a batch of 40 cells', () => {
  test('is saved end to end over HTTP (timed)', async () => {
    const changes = (['CAN', 'MEX', 'USA', 'WLD'] as const).flatMap((country) =>
      Array.from({ length: 10 }, (_, i) => {
        const period = String(2010 + i)
        const row = pointRow(t.db, 'unemployment-rate', country, period)
        if (!row?.value) throw new Error(`no ${country} ${period}`)
        return { country, period, value: Math.round((row.value + 0.01) * 1000) / 1000, version: row.version }
      }),
    )
    expect(changes).toHaveLength(40)
    const started = performance.now()
    const res = await fetch(`${base}${batchUrl('unemployment-rate')}`, {
      method: 'POST',
      headers: { ...t.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'ILO re-benchmark 2010–2019', changes }),
    })
    const body = (await res.json()) as { result: string; changes: { result: string }[] }
    const ms = performance.now() - started
    expect(res.status).toBe(200)
    expect(body.result).toBe('saved')
    expect(body.changes.filter((c) => c.result === 'corrected')).toHaveLength(40)
    console.log(`batch of 40 cells saved end to end over HTTP in ${ms.toFixed(0)} ms`)
    expect(ms).toBeLessThan(5_000)
  })
})
