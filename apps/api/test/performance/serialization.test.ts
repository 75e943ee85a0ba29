/**
 * The hot routes write their 200s with JSON.stringify, not through zod (plugins/json-serializer.ts):
 * on the real data, every such answer is exactly what zod's parse of it gives (no key missing, none
 * extra, every value of its type), and for the series the same bytes zod's serialiser wrote.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ProgressSchema, SeriesSchema } from '@nap/schemas'
import { buildTestApp, type TestApp } from '../helper.ts'
import { knownTagOf, stringifyWithSharedList } from '../../src/plugins/json-serializer.ts'

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

describe('the tag of an answer put together from shared pieces', () => {
  const tagOf = (value: unknown) => {
    const json = stringifyWithSharedList(value, 'assessments')
    return { json, tag: knownTagOf(json) }
  }

  test('equal answers get one tag, each different answer another, and other text none', () => {
    const shared = { s: 1 }
    const answers = [
      { asOf: '2026-06-30', assessments: [shared, { s: 2 }] },
      { asOf: '2026-06-30', assessments: [{ s: 1 }, { s: 2 }] }, // equal text, other objects
      { asOf: '2026-06-30', assessments: [{ s: 2 }, shared] }, // the pieces in another order
      { asOf: '2026-07-01', assessments: [shared, { s: 2 }] }, // another part outside the list
      { asOf: '2026-06-30', assessments: [shared] },
      { asOf: '2026-06-30', assessments: [{ s: '1' }, { s: 2 }] },
      { asOf: '2026-06-30', assessments: [] },
      { assessments: [shared, { s: 2 }], asOf: '2026-06-30' }, // the keys in another order
    ]
    const tagged = answers.map(tagOf)
    for (const { tag } of tagged) expect(tag).toMatch(/^[A-Za-z0-9_-]{27}$/)
    expect(tagged[1]?.tag).toBe(tagged[0]?.tag)
    const distinct = new Set(tagged.filter((_, i) => i !== 1).map((x) => x.tag))
    expect(distinct.size).toBe(answers.length - 1)
    // Only the last answer written is known, and only by its text.
    expect(knownTagOf(tagged[0]?.json ?? '')).toBeUndefined()
    expect(knownTagOf(`${tagged.at(-1)?.json ?? ''} `)).toBeUndefined()
    expect(knownTagOf(String(tagged.at(-1)?.json))).toBe(tagged.at(-1)?.tag)
  })

  test('a progress answer keeps its ETag from one request to the next and changes it with its bytes', async () => {
    const a = await t.app.inject({ method: 'GET', url: '/api/progress' })
    const b = await t.app.inject({ method: 'GET', url: '/api/progress' })
    const goal = await t.app.inject({ method: 'GET', url: '/api/progress?goal=3' })
    expect(a.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    expect(b.headers.etag).toBe(a.headers.etag)
    expect(b.body).toBe(a.body)
    expect(goal.headers.etag).not.toBe(a.headers.etag)
    const again = await t.app.inject({ method: 'GET', url: '/api/progress', headers: { 'if-none-match': String(a.headers.etag) } })
    expect(again.statusCode).toBe(304)
  })
})
