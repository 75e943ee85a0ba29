import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Series } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../../helper.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

const valueOf = (s: Series, country: string, year: number) =>
  s.series.find((x) => x.country === country)?.points.find((p) => p.year === year)?.value

describe('GET /api/indicators/:slug/series', () => {
  test.each([
    ['gdp-per-capita-ppp', 'MEX', 2023, 21917.24858366],
    ['gdp-current-usd', 'USA', 2022, 26054614000000],
    ['unemployment-rate', 'CAN', 2025, 6.907],
    ['intra-na-goods-trade', 'NAM', 2022, 1.5],
  ])('%s %s %i = %d (the published value)', async (slug, country, year, expected) => {
    const { status, body } = await getJson<Series>(t.app, `/api/indicators/${slug}/series?countries=${country}`)
    expect(status).toBe(200)
    expect(valueOf(body, country, year)).toBe(expected)
  })

  test('NAM na-share-world-gdp 2025 ≈ 29.5076 %', async () => {
    const { body } = await getJson<Series>(t.app, '/api/indicators/na-share-world-gdp/series?countries=NAM')
    expect(valueOf(body, 'NAM', 2025)).toBeCloseTo(29.5076, 4)
    expect(body.series[0]?.points.at(-1)).toMatchObject({ year: 2025, derived: true })
  })

  test('a from/to filter returns exactly those years', async () => {
    const { body } = await getJson<Series>(t.app, '/api/indicators/gdp-per-capita-ppp/series?countries=MEX,USA&from=2019&to=2022')
    expect(body.series.map((s) => [s.country, s.points.map((p) => p.year)])).toEqual([
      ['MEX', [2019, 2020, 2021, 2022]],
      ['USA', [2019, 2020, 2021, 2022]],
    ])
  })

  test('defaults to the countries the indicator is reported for', async () => {
    const { body } = await getJson<Series>(t.app, '/api/indicators/unemployment-rate/series')
    expect(body.series.map((s) => s.country)).toEqual(['CAN', 'MEX', 'USA', 'NAM'])
  })

  test('accepts lower-case codes and the world reference', async () => {
    const { body } = await getJson<Series>(t.app, '/api/indicators/real-gdp-growth/series?countries=wld&from=2020&to=2020')
    expect(body.series).toEqual([{ country: 'WLD', sourceId: 0, points: [expect.objectContaining({ year: 2020 })] }])
    expect(body.sources).toEqual([{ id: 0, note: expect.stringMatching(/^World Bank, World Development Indicators/) }])
  })

  test('asOf before the data was loaded returns no points; asOf today returns the current values', async () => {
    const past = await getJson<Series>(t.app, '/api/indicators/gdp-per-capita-ppp/series?countries=MEX&asOf=2000-01-01')
    expect(past.body.series[0]?.points).toEqual([])
    const now = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    const current = await getJson<Series>(t.app, `/api/indicators/gdp-per-capita-ppp/series?countries=MEX&asOf=${now}`)
    expect(valueOf(current.body, 'MEX', 2023)).toBe(21917.24858366)
  })

  test.each([
    [
      'an unknown country code',
      '?countries=MEX,XYZ',
      'countries',
      'unknown country code "XYZ" (use CAN, MEX, USA, NAM, WLD)',
    ],
    ['a non-numeric year', '?from=abc', 'from', 'must be a year (a whole number)'],
    ['a non-numeric to', '?to=20x5', 'to', 'must be a year (a whole number)'],
    ['from after to', '?from=2020&to=2010', 'from', 'must not be after to (from=2020, to=2010)'],
    ['a bad asOf date', '?asOf=yesterday', 'asOf', 'must be an ISO date (YYYY-MM-DD) or UTC date-time (YYYY-MM-DDTHH:MM[:SS[.sss]]Z)'],
    ['an asOf that is not a real date', '?asOf=2026-02-30', 'asOf', '2026-02-30 is not a real date'],
  ])('returns 400 naming the parameter for %s', async (_name, query, field, message) => {
    const { status, body } = await getJson(t.app, `/api/indicators/gdp-per-capita-ppp/series${query}`)
    expect(status).toBe(400)
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'validation_error', issues: [{ field, message }] })
    expect((body as { message: string }).message).toContain(field)
  })

  test('names each source note once: the WDI note for the three countries, the computed note for North America', async () => {
    const { body, status } = await getJson<Series>(t.app, '/api/indicators/gdp-per-capita-ppp/series')
    expect(status).toBe(200)
    expect(body.sources).toEqual([
      { id: 0, note: 'World Bank, World Development Indicators (API download, last updated 2026-02-24) (CC BY 4.0 (World Bank WDI terms of use))' },
      { id: 1, note: 'Computed by the Goal Monitor: mean of CAN, MEX, USA weighted by population' },
    ])
    expect(body.series.map((s) => [s.country, s.sourceId, s.points.length])).toEqual([
      ['CAN', 0, 35],
      ['MEX', 0, 35],
      ['USA', 0, 35],
      ['NAM', 1, 35],
    ])
    expect(body.series.flatMap((s) => s.points).filter((p) => 'sourceId' in p || 'sourceNote' in p)).toEqual([])
  })

  test('detail=full also writes every point\'s source note', async () => {
    const compact = await getJson<Series>(t.app, '/api/indicators/gdp-per-capita-ppp/series?countries=MEX,NAM&from=2022&to=2023')
    const full = await getJson<Series>(t.app, '/api/indicators/gdp-per-capita-ppp/series?countries=MEX,NAM&from=2022&to=2023&detail=full')
    expect(full.status).toBe(200)
    const notes = full.body.series.map((s) => [s.country, s.points.map((p) => [p.year, p.sourceNote])])
    const wdi = compact.body.sources[0]?.note
    const nam = compact.body.sources[1]?.note
    expect(notes).toEqual([
      ['MEX', [[2022, wdi], [2023, wdi]]],
      ['NAM', [[2022, nam], [2023, nam]]],
    ])
    expect(full.body.series.map((s) => s.points.map(({ sourceNote: _, ...p }) => p))).toEqual(compact.body.series.map((s) => s.points))
  })

  test('returns 400 for an unknown detail', async () => {
    const { status, body } = await getJson(t.app, '/api/indicators/gdp-per-capita-ppp/series?detail=all')
    expect(status).toBe(400)
    expect(body).toMatchObject({ code: 'validation_error', issues: [{ field: 'detail', message: 'must be "compact" or "full"' }] })
  })

  test('returns 404 for an unknown slug', async () => {
    const { status, body } = await getJson(t.app, '/api/indicators/unknown/series')
    expect(status).toBe(404)
    expect(body).toMatchObject({ code: 'not_found', message: 'Indicator "unknown" not found' })
  })
})
