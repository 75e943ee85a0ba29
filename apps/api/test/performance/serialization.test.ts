/**
 * The hot routes write their 200s with JSON.stringify, not through zod (plugins/json-serializer.ts):
 * on the real data, every such answer is exactly what zod's parse of it gives (no key missing, none
 * extra, every value of its type), and for the series the same bytes zod's serialiser wrote.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ProgressSchema, SeriesSchema } from '@nap/schemas'
import { buildTestApp, type TestApp } from '../helper.ts'
import { stringifyWithSharedList } from '../../src/plugins/json-serializer.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

const body = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url })
  expect(res.statusCode).toBe(200)
  return res.body
}

describe('responses written without zod keep the zod contract', () => {
  test.each([
    '/api/indicators/gdp-per-capita-ppp/series',
    '/api/indicators/gdp-per-capita-ppp/series?detail=full',
    '/api/indicators/intra-na-goods-trade/series?detail=full',
    '/api/indicators/us-atp-trade-balance/series',
    '/api/indicators/unemployment-rate/series?countries=MEX,WLD&from=2000&to=2010',
    '/api/indicators/unemployment-rate/series?asOf=2000-01-01',
    `/api/indicators/real-gdp-growth/series?asOf=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`,
  ])('%s: the bytes zod would write', async (url) => {
    const text = await body(url)
    expect(JSON.stringify(SeriesSchema.parse(JSON.parse(text)))).toBe(text)
  })

  test.each(['/api/progress', '/api/progress?goal=3', '/api/progress?country=NAM', '/api/progress?asOf=2020-06-30', '/api/indicators/fdi-inflows/progress'])(
    '%s: what zod would write (keys in the order the engine builds them)',
    async (url) => {
      const value: unknown = JSON.parse(await body(url))
      expect(value).toStrictEqual(ProgressSchema.parse(value))
    },
  )
})

describe('the progress routes put their answer together from each assessment\'s JSON, written once', () => {
  test.each([
    ['the whole matrix', {}],
    ['one goal', { goal: 3 }],
    ['one country', { country: 'NAM' as const }],
    ['one indicator', { indicator: 'fdi-inflows' }],
  ])('%s: the same bytes as JSON.stringify, on first and on later answers', (_name, filter) => {
    const progress = t.app.progress.progress('2026-06-30', filter)
    const expected = JSON.stringify(progress)
    expect(stringifyWithSharedList(progress, 'assessments')).toBe(expected)
    // The second answer is built from the pieces written for the first.
    expect(stringifyWithSharedList(t.app.progress.progress('2026-06-30', filter), 'assessments')).toBe(expected)
  })

  test.each<[string, unknown]>([
    ['undefined fields left out', { a: 1, b: undefined, assessments: [{ x: 1, y: undefined }] }],
    ['an empty list', { assessments: [] }],
    ['elements that are not objects', { assessments: [1, 'two', null, [3]] }],
    ['nested objects and escaped strings', { 'k"ey': { n: [1.5, -0, 1e21] }, assessments: [{ s: 'é\n"</script>' }] }],
    ['a list under another key', { other: [{ a: 1 }], assessments: [{ a: 2 }] }],
    ['not an object', [1, 2]],
    ['null', null],
  ])('%s: as JSON.stringify writes it', (_name, value) => {
    expect(stringifyWithSharedList(value, 'assessments')).toBe(JSON.stringify(value))
  })
})
