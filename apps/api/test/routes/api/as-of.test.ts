import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildTestApp, getJson, type TestApp } from '../../helper.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

const FORMAT = 'must be an ISO date (YYYY-MM-DD) or UTC date-time (YYYY-MM-DDTHH:MM[:SS[.sss]]Z)'

/** Every route with an `asOf` reads it with the same parser (IsoDateParam). */
const ROUTES = [
  { route: 'series', url: (asOf: string) => `/api/indicators/gdp-per-capita-ppp/series?countries=MEX&asOf=${asOf}` },
  { route: 'progress', url: (asOf: string) => `/api/progress?goal=1&country=MEX&asOf=${asOf}` },
  { route: 'indicator progress', url: (asOf: string) => `/api/indicators/gdp-per-capita-ppp/progress?asOf=${asOf}` },
]

describe('asOf: one date parser for every route', () => {
  // asOf, the instant the series rebuilds (a date alone is the end of its day), and the UTC day
  // progress assesses (its echo of asOf starts with that day).
  const valid: [string, string, string][] = [
    ['2026-02-28', '2026-02-28T23:59:59.999Z', '2026-02-28'],
    ['2026-02-28T12:30:00Z', '2026-02-28T12:30:00.000Z', '2026-02-28'],
    ['2026-02-28T12:30Z', '2026-02-28T12:30:00.000Z', '2026-02-28'],
    ['2024-02-29', '2024-02-29T23:59:59.999Z', '2024-02-29'],
  ]
  const invalid: [string, string][] = [
    ['2026-02-30', '2026-02-30 is not a real date'],
    ['2025-02-29', '2025-02-29 is not a real date'],
    ['2026-13-01', '2026-13-01 is not a real date'],
    ['2026-02-28T25:00Z', '2026-02-28T25:00Z is not a real time of day'],
    ['yesterday', FORMAT],
    ['23-11-2026', FORMAT],
  ]

  describe.each(ROUTES)('$route', ({ route, url }) => {
    test.each(valid)('asOf=%s → 200', async (asOf, instant, day) => {
      const { status, body } = await getJson<{ asOf: string | null }>(t.app, url(asOf))
      expect(status).toBe(200)
      if (route === 'series') expect(body.asOf).toBe(instant)
      else expect(body.asOf?.slice(0, 10)).toBe(day)
    })

    test.each(invalid)('asOf=%s → 400: %s', async (asOf, message) => {
      const { status, body } = await getJson(t.app, url(asOf))
      expect(status).toBe(400)
      expect(body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation_error',
        message: `Invalid querystring: asOf: ${message}`,
        issues: [{ field: 'asOf', message }],
      })
    })
  })
})
