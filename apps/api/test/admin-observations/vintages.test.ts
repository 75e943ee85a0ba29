import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { and, eq, inArray } from 'drizzle-orm'
import { observations, revisions } from '@nap/db'
import type { Progress, Series } from '@nap/schemas'
import { authHeaders, buildClockedTestApp, createTestClock, signIn, type SignedIn, type TestClock } from '../auth-helper.ts'
import type { TestApp } from '../helper.ts'
import { indicatorId, json, pointRow, pointUrl, send } from './setup.ts'

// The clock starts on a day of its own, after the seed, so that "a date alone" addresses one state.
const START = Date.parse('2031-03-10T10:00:00.000Z')
let t: TestApp & { clock: TestClock }
let editor: SignedIn
let headers: Record<string, string>
beforeAll(async () => {
  t = await buildClockedTestApp(createTestClock(START))
  editor = await signIn(t.app, 'editor')
  headers = authHeaders(editor)
})
afterAll(() => t.app.close())

const latestAt = async (url: string, country: string) =>
  json<Progress>(await t.app.inject({ method: 'GET', url })).assessments.find((a) => a.indicator === 'unemployment-rate' && a.country === country)?.latest

describe('asOf on /progress rebuilds the data from the revisions', () => {
  const times: string[] = []
  beforeAll(async () => {
    let version = pointRow(t.db, 'unemployment-rate', 'MEX', '2025')?.version ?? 0
    for (const value of [2.7, 2.75, 2.8]) {
      t.clock.advance(60_000)
      const res = await send(t.app, 'PUT', pointUrl('unemployment-rate', 'MEX', '2025'), headers, { value, version, reason: `INEGI revision to ${value}` })
      expect(res.statusCode).toBe(200)
      const body = json<{ observation: { version: number; updatedAt: string } }>(res)
      version = body.observation.version
      times.push(body.observation.updatedAt)
    }
  })
  const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString()

  test('the three corrections were made a minute apart', () => {
    expect(times).toEqual(['2031-03-10T10:01:00.000Z', '2031-03-10T10:02:00.000Z', '2031-03-10T10:03:00.000Z'])
  })

  test.each([
    ['before the first correction', -1, 0, 2.673],
    ['at the first correction', 0, 0, 2.7],
    ['between the first and the second', 30_000, 0, 2.7],
    ['between the second and the third', 30_000, 1, 2.75],
    ['at the third', 0, 2, 2.8],
  ])('%s, /progress and /indicators/:slug/progress show that state (and the North America value of then)', async (_when, offset, index, expected) => {
    const asOf = shift(times[index] ?? '', offset)
    const mex = await latestAt(`/api/progress?asOf=${asOf}`, 'MEX')
    expect(mex).toEqual({ year: 2025, value: expected })
    expect(await latestAt(`/api/indicators/unemployment-rate/progress?asOf=${asOf}`, 'MEX')).toEqual({ year: 2025, value: expected })
    // NAM 2025 as recomputed in the same transaction as that state of Mexico.
    const nam = await latestAt(`/api/progress?asOf=${asOf}`, 'NAM')
    const namRow = pointRow(t.db, 'unemployment-rate', 'NAM', '2025')
    const namHistory = t.db.select().from(revisions).where(eq(revisions.observationId, namRow?.id ?? 0)).all()
    const namThen = namHistory.filter((r) => r.createdAt <= asOf).at(-1)?.newValue
    expect(nam).toEqual({ year: 2025, value: namThen })
    expect(new Set(namHistory.map((r) => r.newValue)).size).toBe(4)
  })

  test('the series shows each state too', async () => {
    const valueAt = async (asOf: string) => {
      const body = json<Series>(await t.app.inject({ method: 'GET', url: `/api/indicators/unemployment-rate/series?countries=MEX&from=2025&asOf=${asOf}` }))
      return body.series[0]?.points.find((p) => p.period === '2025')?.value
    }
    expect(await valueAt(shift(times[0] ?? '', -1))).toBe(2.673)
    expect(await valueAt(shift(times[1] ?? '', -1))).toBe(2.7)
    expect(await valueAt(shift(times[2] ?? '', -1))).toBe(2.75)
    expect(await valueAt(times[2] ?? '')).toBe(2.8)
  })

  test('a date alone means the end of that day (UTC); the answer names the day', async () => {
    const dayBefore = json<Progress>(await t.app.inject({ method: 'GET', url: '/api/progress?asOf=2031-03-09' }))
    expect(dayBefore.asOf).toBe('2031-03-09')
    expect(dayBefore.assessments.find((a) => a.indicator === 'unemployment-rate' && a.country === 'MEX')?.latest).toEqual({ year: 2025, value: 2.673 })
    expect(await latestAt('/api/progress?asOf=2031-03-10', 'MEX')).toEqual({ year: 2025, value: 2.8 })
    const instant = json<Progress>(await t.app.inject({ method: 'GET', url: `/api/progress?asOf=${times[1] ?? ''}` }))
    expect(instant.asOf).toBe(times[1])
  })

  test('asOf before the seed gives every status as with no data, not an error', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/progress?asOf=2000-01-01' })
    expect(res.statusCode).toBe(200)
    const body = json<Progress>(res)
    const current = json<Progress>(await t.app.inject({ method: 'GET', url: '/api/progress' }))
    expect(body.assessments.map((a) => `${a.indicator} ${a.country}`)).toEqual(current.assessments.map((a) => `${a.indicator} ${a.country}`))
    expect(new Set(body.assessments.map((a) => a.status))).toEqual(new Set(['insufficient_data', 'no_target']))
    expect(body.assessments.every((a) => a.latest === null)).toBe(true)
    expect(body.countries.map((c) => [c.country, c.assessed])).toEqual([
      ['CAN', 0],
      ['MEX', 0],
      ['USA', 0],
      ['NAM', 0],
    ])
  })

  test('the current answer (no asOf) is the newest state', async () => {
    expect(await latestAt('/api/progress', 'MEX')).toEqual({ year: 2025, value: 2.8 })
  })
})

describe('a correction of USA GDP 2022', () => {
  test("North America's GDP and share of world GDP for 2022 follow in the same transaction, attributed to the editor", async () => {
    const gdp = indicatorId(t.db, 'gdp-current-usd')
    const share = indicatorId(t.db, 'na-share-world-gdp')
    const value = (id: number, country: 'CAN' | 'MEX' | 'USA' | 'NAM' | 'WLD') =>
      t.db
        .select({ value: observations.value })
        .from(observations)
        .where(and(eq(observations.indicatorId, id), eq(observations.countryCode, country), eq(observations.period, '2022')))
        .get()?.value ?? NaN
    const usa = pointRow(t.db, 'gdp-current-usd', 'USA', '2022')
    if (!usa?.value) throw new Error('no USA 2022')
    const corrected = usa.value - 100e9
    t.clock.advance(60_000)
    const res = await send(t.app, 'PUT', pointUrl('gdp-current-usd', 'USA', '2022'), headers, {
      value: corrected,
      version: usa.version,
      reason: 'BEA comprehensive revision',
      // The 2021 → 2022 change stays larger than 4 × the median yearly change: the editor confirms it.
      confirm: true,
    })
    expect(res.statusCode).toBe(200)
    const at = t.clock.now().toISOString()

    const nam = value(gdp, 'CAN') + value(gdp, 'MEX') + corrected
    expect(value(gdp, 'NAM')).toBeCloseTo(nam, 0)
    expect(value(share, 'NAM')).toBeCloseTo((nam / value(gdp, 'WLD')) * 100, 10)

    const namRow = pointRow(t.db, 'gdp-current-usd', 'NAM', '2022')
    const shareRow = pointRow(t.db, 'na-share-world-gdp', 'NAM', '2022')
    const derived = t.db
      .select()
      .from(revisions)
      .where(and(inArray(revisions.observationId, [namRow?.id ?? 0, shareRow?.id ?? 0]), eq(revisions.createdAt, at)))
      .all()
    expect(derived.map((r) => [r.observationId, r.action, r.userId, r.actor, r.reason])).toEqual([
      [namRow?.id, 'derive', editor.user.id, editor.user.email, 'BEA comprehensive revision (recomputed from its inputs)'],
      [shareRow?.id, 'derive', editor.user.id, editor.user.email, 'BEA comprehensive revision (recomputed from its inputs)'],
    ])
    const series = json<Series>(await t.app.inject({ method: 'GET', url: '/api/indicators/na-share-world-gdp/series?countries=NAM&from=2022&to=2022' }))
    expect(series.series[0]?.points[0]?.value).toBeCloseTo((nam / value(gdp, 'WLD')) * 100, 10)
  })
})
