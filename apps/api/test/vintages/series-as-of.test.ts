import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Series, SeriesPoint } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../helper.ts'
import { addUser, applyChange } from './fixtures.ts'

let t: TestApp
let before: Series
let seeded: SeriesPoint

const URL = '/api/indicators/unemployment-rate/series?countries=MEX'
const pointOf = (s: Series, year: number) => s.series[0]?.points.find((p) => p.year === year)
const flagsOf = (p: SeriesPoint | undefined) => p && { estimate: p.estimate, provisional: p.provisional, breakInSeries: p.breakInSeries }

// Three corrections of Mexico's 2023 unemployment rate, then a deletion and a restore, at known times.
const T1 = '2031-03-10T12:00:00.500Z'
const T2 = '2031-03-11T18:00:00.000Z'
const T3 = '2031-03-12T00:00:00.000Z'
const T4 = '2031-03-13T09:00:00.000Z'
const T5 = '2031-03-14T09:00:00.000Z'

beforeAll(async () => {
  t = await buildTestApp()
  before = (await getJson<Series>(t.app, URL)).body
  const p = pointOf(before, 2023)
  if (!p) throw new Error('the seed has no MEX 2023 unemployment rate')
  seeded = p
  const ana = { id: addUser(t.db, 'Ana López', 'ana.lopez@example.org'), email: 'ana.lopez@example.org' }
  const base = { slug: 'unemployment-rate', country: 'MEX', period: '2023', user: ana } as const
  applyChange(t.db, { ...base, value: 2.9, flags: { estimate: true }, action: 'update', at: T1, reason: 'INEGI first estimate' })
  applyChange(t.db, { ...base, value: 2.85, flags: { estimate: false, provisional: true }, action: 'update', at: T2, reason: 'INEGI revision' })
  applyChange(t.db, { ...base, value: 2.81, flags: { provisional: false }, action: 'update', at: T3, reason: 'INEGI final' })
  applyChange(t.db, { ...base, value: null, action: 'delete', at: T4, reason: 'under review' })
  applyChange(t.db, { ...base, value: 2.81, action: 'restore', at: T5, reason: 'review done' })
})
afterAll(() => t.app.close())

describe('GET /api/indicators/:slug/series?asOf= rebuilds the values from the revisions', () => {
  test.each([
    ['just before the first correction', '2031-03-10T12:00:00.499Z', 'seed', { estimate: false, provisional: false, breakInSeries: false }],
    ['a minute-precision time before the first correction (12:00 is before 12:00:00.500)', '2031-03-10T12:00Z', 'seed', { estimate: false, provisional: false, breakInSeries: false }],
    ['at the instant of the first correction', T1, 2.9, { estimate: true, provisional: false, breakInSeries: false }],
    ['between the first and second corrections', '2031-03-11T17:59:59Z', 2.9, { estimate: true, provisional: false, breakInSeries: false }],
    ['a date alone: the end of that day, after the second correction', '2031-03-11', 2.85, { estimate: false, provisional: true, breakInSeries: false }],
    ['the instant of the third correction', T3, 2.81, { estimate: false, provisional: false, breakInSeries: false }],
    ['after the restore', '2031-03-14', 2.81, { estimate: false, provisional: false, breakInSeries: false }],
  ])('%s', async (_name, asOf, value, flags) => {
    const { status, body } = await getJson<Series>(t.app, `${URL}&asOf=${asOf}`)
    expect(status).toBe(200)
    const point = pointOf(body, 2023)
    expect(point?.value).toBe(value === 'seed' ? seeded.value : value)
    expect(flagsOf(point)).toEqual(flags)
  })

  test('a point deleted at that time is absent, and the other years are not', async () => {
    const { body } = await getJson<Series>(t.app, `${URL}&asOf=2031-03-13`)
    expect(pointOf(body, 2023)).toBeUndefined()
    expect(pointOf(body, 2022)).toEqual(pointOf(before, 2022))
    expect(body.series[0]?.points).toHaveLength((before.series[0]?.points.length ?? 0) - 1)
  })

  test('the state just before the corrections equals the live series then, point for point', async () => {
    const { body } = await getJson<Series>(t.app, `${URL}&asOf=2031-03-10T12:00:00.499Z`)
    expect(body.series).toEqual(before.series)
    expect(body.asOf).toBe('2031-03-10T12:00:00.499Z')
  })

  test('echoes the instant a date alone stands for', async () => {
    const { body } = await getJson<Series>(t.app, `${URL}&asOf=2031-03-11`)
    expect(body.asOf).toBe('2031-03-11T23:59:59.999Z')
  })

  test('without asOf the current values are those of the last revision', async () => {
    const { body } = await getJson<Series>(t.app, URL)
    expect(pointOf(body, 2023)?.value).toBe(2.81)
    expect(body.asOf).toBeNull()
  })

  test('asOf before the seed is an empty series for every country, not an error', async () => {
    const { status, body } = await getJson<Series>(t.app, '/api/indicators/unemployment-rate/series?asOf=2000-01-01')
    expect(status).toBe(200)
    expect(body).toEqual({
      indicator: 'unemployment-rate',
      asOf: '2000-01-01T23:59:59.999Z',
      sources: [],
      series: [
        { country: 'CAN', sourceId: null, points: [] },
        { country: 'MEX', sourceId: null, points: [] },
        { country: 'USA', sourceId: null, points: [] },
        { country: 'NAM', sourceId: null, points: [] },
      ],
    })
  })

  test('derived points keep their derived flag in a past state', async () => {
    const { body } = await getJson<Series>(t.app, '/api/indicators/unemployment-rate/series?countries=NAM&asOf=2031-03-11')
    expect(body.series[0]?.points.length).toBeGreaterThan(0)
    expect(body.series[0]?.points.every((p) => p.derived)).toBe(true)
  })

  test.each([
    ['an impossible date', '2031-02-30', 'asOf', '2031-02-30 is not a real date'],
    ['a time with an offset', '2031-03-10T12:00+01:00', 'asOf', 'must be an ISO date (YYYY-MM-DD) or UTC date-time (YYYY-MM-DDTHH:MM[:SS[.sss]]Z)'],
  ])('400 for %s', async (_name, asOf, field, message) => {
    const { status, body } = await getJson(t.app, `${URL}&asOf=${encodeURIComponent(asOf)}`)
    expect(status).toBe(400)
    expect(body).toMatchObject({ code: 'validation_error', issues: [{ field, message }] })
  })
})
