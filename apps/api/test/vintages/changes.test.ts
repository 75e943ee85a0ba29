import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Change, ChangePage } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../helper.ts'
import { addUser, applyChange } from './fixtures.ts'

let t: TestApp

beforeAll(async () => {
  t = await buildTestApp()
  const ana = { id: addUser(t.db, 'Ana López', 'ana.lopez@example.org'), email: 'ana.lopez@example.org' }
  const ben = { id: addUser(t.db, 'Ben Tremblay', 'ben@statcan.example'), email: 'ben@statcan.example' }
  // Mexico's unemployment is corrected (North America's aggregate is recomputed with it, as the
  // editor's write path does), Canada's is corrected, and a GDP point is deleted then restored.
  applyChange(t.db, {
    slug: 'unemployment-rate', country: 'MEX', period: '2023', value: 3.4, action: 'update', at: '2031-05-01T09:00:00.000Z',
    reason: 'INEGI revision', user: ana, recompute: true,
    flips: [
      { slug: 'unemployment-rate', country: 'NAM', from: 'on_track', to: 'moderate' },
      { slug: 'unemployment-rate', country: 'MEX', from: 'achieved', to: 'on_track' },
    ],
  })
  applyChange(t.db, {
    slug: 'unemployment-rate', country: 'CAN', period: '2024', value: 6.5, flags: { provisional: true }, action: 'update',
    at: '2031-05-02T23:30:00.000Z', reason: 'LFS revision', user: ben,
  })
  applyChange(t.db, {
    slug: 'gdp-per-capita-ppp', country: 'USA', period: '2020', value: null, action: 'delete', at: '2031-05-03T08:00:00.000Z',
    reason: 'under review', user: ben,
  })
  applyChange(t.db, {
    slug: 'gdp-per-capita-ppp', country: 'USA', period: '2020', value: 64000, action: 'restore', at: '2031-05-04T08:00:00.000Z',
    reason: 'review done', user: ana,
  })
})
afterAll(() => t.app.close())

const summary = (c: Change) => [c.at, c.action, c.indicator.slug, c.country, c.period, c.oldValue, c.newValue, c.author, c.reason]

describe('GET /api/changes', () => {
  test("only people's changes, newest first, with what changed, old → new, reason and the author's display name", async () => {
    const { status, body } = await getJson<ChangePage>(t.app, '/api/changes')
    expect(status).toBe(200)
    expect(body.nextCursor).toBeNull()
    expect(body.items.map(summary)).toEqual([
      ['2031-05-04T08:00:00.000Z', 'restore', 'gdp-per-capita-ppp', 'USA', '2020', null, 64000, 'Ana López', 'review done'],
      ['2031-05-03T08:00:00.000Z', 'delete', 'gdp-per-capita-ppp', 'USA', '2020', 67342.0709287722, null, 'Ben Tremblay', 'under review'],
      ['2031-05-02T23:30:00.000Z', 'update', 'unemployment-rate', 'CAN', '2024', 6.351, 6.5, 'Ben Tremblay', 'LFS revision'],
      ['2031-05-01T09:00:00.000Z', 'update', 'unemployment-rate', 'MEX', '2023', 2.765, 3.4, 'Ana López', 'INEGI revision'],
    ])
    expect(body.items[3]?.indicator.name.en).toBe('Unemployment rate')
    expect(body.items[2]?.flags).toEqual({ estimate: false, provisional: true, breakInSeries: false })
    expect(body.items[1]?.deleted).toBe(true)
  })

  test('the seed and the recomputed North America values are not in the feed', async () => {
    const { body } = await getJson<ChangePage>(t.app, '/api/changes?country=NAM')
    expect(body.items).toEqual([])
  })

  test("statusFlip is the changed country's own flip; statusFlips lists every one", async () => {
    const { body } = await getJson<ChangePage>(t.app, '/api/changes?country=MEX')
    expect(body.items).toHaveLength(1)
    expect(body.items[0]?.statusFlip).toEqual({ indicator: 'unemployment-rate', country: 'MEX', from: 'achieved', to: 'on_track' })
    expect(body.items[0]?.statusFlips).toEqual([
      { indicator: 'unemployment-rate', country: 'NAM', from: 'on_track', to: 'moderate' },
      { indicator: 'unemployment-rate', country: 'MEX', from: 'achieved', to: 'on_track' },
    ])
    const others = await getJson<ChangePage>(t.app, '/api/changes?country=CAN')
    expect(others.body.items[0]).toMatchObject({ statusFlip: null, statusFlips: [] })
  })

  test('never shows an e-mail address', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/changes' })
    expect(res.body).not.toMatch(/@|example\.org|statcan\.example/)
  })

  test.each([
    ['indicator', '?indicator=gdp-per-capita-ppp', ['2031-05-04T08:00:00.000Z', '2031-05-03T08:00:00.000Z']],
    ['country', '?country=can', ['2031-05-02T23:30:00.000Z']],
    ['a date alone as since: from the start of that day', '?since=2031-05-02', ['2031-05-04T08:00:00.000Z', '2031-05-03T08:00:00.000Z', '2031-05-02T23:30:00.000Z']],
    ['a date alone as until: to the end of that day', '?until=2031-05-02', ['2031-05-02T23:30:00.000Z', '2031-05-01T09:00:00.000Z']],
    ['a time window (both ends inclusive)', '?since=2031-05-01T09:00:00.000Z&until=2031-05-03T08:00Z', ['2031-05-03T08:00:00.000Z', '2031-05-02T23:30:00.000Z', '2031-05-01T09:00:00.000Z']],
    ['indicator and country together', '?indicator=unemployment-rate&country=USA', []],
  ])('filters by %s', async (_name, query, times) => {
    const { status, body } = await getJson<ChangePage>(t.app, `/api/changes${query}`)
    expect(status).toBe(200)
    expect(body.items.map((c) => c.at)).toEqual(times)
  })

  test('pages with limit and cursor, each change once, newest first', async () => {
    const first = await getJson<ChangePage>(t.app, '/api/changes?limit=3')
    expect(first.body.items.map((c) => c.action)).toEqual(['restore', 'delete', 'update'])
    expect(first.body.nextCursor).not.toBeNull()
    const second = await getJson<ChangePage>(t.app, `/api/changes?limit=3&cursor=${first.body.nextCursor ?? ''}`)
    expect(second.body.items.map((c) => [c.country, c.at])).toEqual([['MEX', '2031-05-01T09:00:00.000Z']])
    expect(second.body.nextCursor).toBeNull()
  })

  test('the cursor keeps the filters of the request it is used with', async () => {
    const first = await getJson<ChangePage>(t.app, '/api/changes?indicator=unemployment-rate&limit=1')
    const second = await getJson<ChangePage>(t.app, `/api/changes?indicator=unemployment-rate&limit=1&cursor=${first.body.nextCursor ?? ''}`)
    expect([...first.body.items, ...second.body.items].map((c) => c.country)).toEqual(['CAN', 'MEX'])
    expect(second.body.nextCursor).toBeNull()
  })

  test.each([
    ['since after until', '?since=2031-05-03&until=2031-05-02', 'since', 'must not be after until (since=2031-05-03T00:00:00.000Z, until=2031-05-02T23:59:59.999Z)'],
    ['an unknown indicator', '?indicator=nope', 'indicator', 'unknown indicator "nope"'],
    ['an empty indicator', '?indicator=', 'indicator', 'must be an indicator slug'],
    ['an impossible date', '?since=2031-02-29', 'since', '2031-02-29 is not a real date'],
    ['a limit above 200', '?limit=201', 'limit', 'must be a whole number from 1 to 200'],
    ['a cursor not from this API', '?cursor=abc', 'cursor', 'is not a cursor from this API (use nextCursor of the previous page)'],
    ['an unknown country', '?country=BRA', 'country', 'unknown country code (use CAN, MEX, USA, NAM, WLD)'],
  ])('400 naming the parameter for %s', async (_name, query, field, message) => {
    const { status, body } = await getJson(t.app, `/api/changes${query}`)
    expect(status).toBe(400)
    expect(body).toMatchObject({ statusCode: 400, code: 'validation_error', issues: [{ field, message }] })
  })
})
