import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { sql } from 'drizzle-orm'
import type { Revision, RevisionPage } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../helper.ts'
import { addUser, applyChange, indicatorIdOf } from './fixtures.ts'

let t: TestApp
let seededValue: number

beforeAll(async () => {
  t = await buildTestApp()
  const first = await getJson<RevisionPage>(t.app, '/api/indicators/unemployment-rate/revisions?country=MEX&period=2023')
  seededValue = first.body.items[0]?.newValue ?? Number.NaN
  const ana = { id: addUser(t.db, 'Ana López', 'ana.lopez@example.org'), email: 'ana.lopez@example.org' }
  const ben = { id: addUser(t.db, 'Ben Tremblay', 'ben@statcan.example'), email: 'ben@statcan.example' }
  const base = { slug: 'unemployment-rate', country: 'MEX', period: '2023', action: 'update' } as const
  applyChange(t.db, { ...base, value: 2.9, at: '2031-01-01T10:00:00.000Z', reason: 'INEGI estimate', user: ana })
  applyChange(t.db, { ...base, value: 2.8, flags: { provisional: true }, at: '2031-01-02T10:00:00.000Z', reason: 'INEGI revision', user: ben })
  applyChange(t.db, { ...base, value: null, action: 'delete', at: '2031-01-03T10:00:00.000Z', reason: 'withdrawn by INEGI', user: ana })
})
afterAll(() => t.app.close())

const revisionCount = (slug: string) =>
  t.db.get<{ n: number }>(
    sql`select count(*) as n from revisions r join observations o on o.id = r.observation_id where o.indicator_id = ${indicatorIdOf(t.db, slug)}`,
  ).n

describe('GET /api/indicators/:slug/revisions', () => {
  test("one point's revisions, newest first: time, old → new, flags, reason, action and the author's display name", async () => {
    const { status, body } = await getJson<RevisionPage>(t.app, '/api/indicators/unemployment-rate/revisions?country=MEX&period=2023')
    expect(status).toBe(200)
    expect(body.indicator).toBe('unemployment-rate')
    expect(body.nextCursor).toBeNull()
    expect(body.items.map((r) => [r.at, r.action, r.oldValue, r.newValue, r.deleted, r.flags.provisional, r.reason, r.author])).toEqual([
      ['2031-01-03T10:00:00.000Z', 'delete', 2.8, null, true, true, 'withdrawn by INEGI', 'Ana López'],
      ['2031-01-02T10:00:00.000Z', 'update', 2.9, 2.8, false, true, 'INEGI revision', 'Ben Tremblay'],
      ['2031-01-01T10:00:00.000Z', 'update', seededValue, 2.9, false, false, 'INEGI estimate', 'Ana López'],
      [expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/), 'seed', null, seededValue, false, false, 'initial load from the published source', 'seed'],
    ])
    expect(body.items.every((r) => r.country === 'MEX' && r.period === '2023')).toBe(true)
  })

  test('never shows an e-mail address', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/indicators/unemployment-rate/revisions?country=MEX' })
    expect(res.body).toContain('Ben Tremblay')
    expect(res.body).not.toMatch(/@|example\.org|statcan/)
  })

  test('the derived values recomputed at the seed are attributed to the seed', async () => {
    const { body } = await getJson<RevisionPage>(t.app, '/api/indicators/unemployment-rate/revisions?country=NAM&period=2023')
    expect(body.items.map((r) => [r.action, r.author])).toEqual([['derive', 'seed']])
  })

  test('pages with a cursor through every revision exactly once, newest first', async () => {
    const seen: Revision[] = []
    let url = '/api/indicators/unemployment-rate/revisions?limit=70'
    for (let pages = 0; pages < 100; pages++) {
      const { status, body } = await getJson<RevisionPage>(t.app, url)
      expect(status).toBe(200)
      expect(body.items.length).toBeLessThanOrEqual(70)
      seen.push(...body.items)
      if (body.nextCursor === null) break
      url = `/api/indicators/unemployment-rate/revisions?limit=70&cursor=${body.nextCursor}`
    }
    expect(seen).toHaveLength(revisionCount('unemployment-rate'))
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length)
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1], seen[i]]
      if (!a || !b) throw new Error('unreachable')
      expect(a.at > b.at || (a.at === b.at && a.id > b.id)).toBe(true)
    }
  })

  test('a country filter keeps that country only', async () => {
    const { body } = await getJson<RevisionPage>(t.app, '/api/indicators/unemployment-rate/revisions?country=can&limit=500')
    expect(body.items.length).toBeGreaterThan(30)
    expect(new Set(body.items.map((r) => r.country))).toEqual(new Set(['CAN']))
  })

  test.each([
    ['a period in the wrong form', '?period=2023-13', 'period', "must be a period: 'YYYY', 'YYYY-Qn' or 'YYYY-MM'"],
    ['an unknown country', '?country=XYZ', 'country', 'unknown country code (use CAN, MEX, USA, NAM, WLD)'],
    ['a cursor not from this API', '?cursor=bm90LWEtY3Vyc29y', 'cursor', 'is not a cursor from this API (use nextCursor of the previous page)'],
    ['a limit above 500', '?limit=501', 'limit', 'must be a whole number from 1 to 500'],
    ['a limit of 0', '?limit=0', 'limit', 'must be a whole number from 1 to 500'],
  ])('400 naming the parameter for %s', async (_name, query, field, message) => {
    const { status, body } = await getJson(t.app, `/api/indicators/unemployment-rate/revisions${query}`)
    expect(status).toBe(400)
    expect(body).toMatchObject({ statusCode: 400, code: 'validation_error', issues: [{ field, message }] })
  })

  test('404 for an unknown indicator', async () => {
    const { status, body } = await getJson(t.app, '/api/indicators/no-such-thing/revisions')
    expect(status).toBe(404)
    expect(body).toMatchObject({ code: 'not_found', message: 'Indicator "no-such-thing" not found' })
  })
})
