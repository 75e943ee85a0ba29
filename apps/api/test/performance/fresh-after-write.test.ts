/**
 * Nothing stale after a write: every write path, then an immediate read of the same URL through the
 * cache, gives the new value and a new ETag (an If-None-Match of the old one is answered 200).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { and, eq } from 'drizzle-orm'
import { createDb, observations } from '@nap/db'
import type { Progress, Series } from '@nap/schemas'
import { authHeaders, signIn } from '../auth-helper.ts'
import { editorApp, indicatorId, pointRow, pointUrl, send, type EditorApp } from '../admin-observations/setup.ts'

let t: EditorApp
beforeAll(async () => {
  t = await editorApp()
})
afterAll(() => t.app.close())

const SERIES = '/api/indicators/unemployment-rate/series?countries=MEX,NAM&from=2024'
const PROGRESS = '/api/indicators/unemployment-rate/progress'
const read = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers })
const valueIn = (s: Series, country: string, period: string) => s.series.find((c) => c.country === country)?.points.find((p) => p.period === period)?.value

/** Reads `url` twice, so the second answer comes from the cache; returns it. */
async function cached(url: string) {
  await read(url)
  const res = await read(url)
  expect(res.headers['x-cache']).toBe('hit')
  return res
}

describe('a read right after a write sees the write', () => {
  test('PUT of an observation: the series and the derived North America value, through the cache', async () => {
    const before = await cached(SERIES)
    expect(valueIn(before.json<Series>(), 'MEX', '2025')).toBe(2.673)
    const namBefore = valueIn(before.json<Series>(), 'NAM', '2025')
    const version = pointRow(t.db, 'unemployment-rate', 'MEX', '2025')?.version
    t.clock.advance(1000)
    const put = await send(t.app, 'PUT', pointUrl('unemployment-rate', 'MEX', '2025'), t.headers, { value: 2.8, version, reason: 'INEGI revision' })
    expect(put.statusCode).toBe(200)

    const after = await read(SERIES, { 'if-none-match': String(before.headers['etag']) })
    expect(after.statusCode).toBe(200)
    expect(after.headers['x-cache']).toBe('miss')
    expect(after.headers['etag']).not.toBe(before.headers['etag'])
    expect(valueIn(after.json<Series>(), 'MEX', '2025')).toBe(2.8)
    expect(valueIn(after.json<Series>(), 'NAM', '2025')).not.toBe(namBefore)
    expect((await read(SERIES)).headers['x-cache']).toBe('hit')
  })

  test('PUT of an observation: the progress of the indicator, through the cache', async () => {
    const mexLatest = (p: Progress) => p.assessments.find((a) => a.country === 'MEX')?.latest
    const before = await cached(PROGRESS)
    const version = pointRow(t.db, 'unemployment-rate', 'MEX', '2025')?.version
    const value = (mexLatest(before.json<Progress>())?.value ?? 0) + 0.05
    t.clock.advance(1000)
    expect((await send(t.app, 'PUT', pointUrl('unemployment-rate', 'MEX', '2025'), t.headers, { value, version, reason: 'second revision' })).statusCode).toBe(200)
    const after = await read(PROGRESS)
    expect(after.headers['etag']).not.toBe(before.headers['etag'])
    expect(mexLatest(after.json<Progress>())).toEqual({ year: 2025, value })
  })

  test('PUT of a target: the progress matrix, through the cache', async () => {
    const admin = await signIn(t.app, 'admin')
    const url = '/api/progress?country=MEX&goal=1'
    const targetOf = (p: Progress) => p.assessments.find((a) => a.indicator === 'unemployment-rate')?.targetValue
    const before = await cached(url)
    expect(targetOf(before.json<Progress>())).toBe(3)
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/indicators/unemployment-rate/targets/MEX',
      headers: { ...authHeaders(admin), 'content-type': 'application/json' },
      payload: JSON.stringify({
        value: 3.5,
        year: 2050,
        baselineYear: 2023,
        milestones: [],
        origin: 'proposed',
        rationale: { en: 'Back to the pre-pandemic low.', es: 'Vuelta al mínimo previo.', fr: 'Retour au minimum.' },
        reason: 'survey method changed',
        version: 1,
      }),
    })
    expect(res.statusCode).toBe(200)
    const after = await read(url)
    expect(after.headers['x-cache']).toBe('miss')
    expect(targetOf(after.json<Progress>())).toBe(3.5)
  })

  test('a write on the app\'s own connection outside any route (a script, the seed) is seen at once', async () => {
    const url = '/api/indicators/gdp-per-capita-ppp/series?countries=CAN&from=2023&to=2023'
    const before = await cached(url)
    t.db
      .update(observations)
      .set({ value: 1234.5 })
      .where(and(eq(observations.indicatorId, indicatorId(t.db, 'gdp-per-capita-ppp')), eq(observations.countryCode, 'CAN'), eq(observations.period, '2023')))
      .run()
    const after = await read(url)
    expect(after.headers['etag']).not.toBe(before.headers['etag'])
    expect(valueIn(after.json<Series>(), 'CAN', '2023')).toBe(1234.5)
  })

  test('a commit by another connection (another process on the same file) is seen at once', async () => {
    const url = '/api/indicators/gdp-per-capita-ppp/series?countries=USA&from=2023&to=2023'
    await cached(url)
    const other = createDb(t.path)
    try {
      other.$client
        .prepare("update observations set value = 99999.5 where country_code = 'USA' and period = '2023' and indicator_id = (select id from indicators where slug = 'gdp-per-capita-ppp')")
        .run()
    } finally {
      other.$client.close()
    }
    const after = await read(url)
    expect(after.headers['x-cache']).toBe('miss')
    expect(valueIn(after.json<Series>(), 'USA', '2023')).toBe(99999.5)
  })

  test('invalidate() drops every cached answer', async () => {
    await cached('/api/goals')
    t.app.responseCache?.invalidate()
    expect((await read('/api/goals')).headers['x-cache']).toBe('miss')
  })
})
