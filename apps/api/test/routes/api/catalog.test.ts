import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Country, Goal, GoalDetail, IndicatorDetail, IndicatorSummary } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../../helper.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

// CATALOG.md: slug → goal, direction, unit (EN), target countries.
const CATALOG: [string, number, 1 | -1, string, string[]][] = [
  ['gdp-per-capita-ppp', 1, 1, 'constant 2021 international $', ['CAN', 'MEX', 'USA', 'NAM']],
  ['trade-linked-jobs', 1, 1, 'million persons', ['NAM']],
  ['export-supported-jobs', 1, 1, 'million jobs', ['NAM']],
  ['unemployment-rate', 1, -1, '% of labour force', ['CAN', 'MEX', 'USA', 'NAM']],
  ['female-labour-participation', 1, 1, '% of women 15+', ['CAN', 'MEX', 'USA']],
  ['gini-index', 1, -1, 'index (0–100)', ['CAN', 'MEX', 'USA']],
  ['poverty-3-dollars', 1, -1, '% of population', ['CAN', 'MEX', 'USA']],
  ['na-share-world-gdp', 2, 1, '% of world GDP', ['NAM']],
  ['growth-gap-vs-world', 2, 1, 'percentage points', ['NAM']],
  ['real-gdp-growth', 2, 1, '% a year', ['CAN', 'MEX', 'USA', 'NAM']],
  ['gdp-per-person-employed', 2, 1, 'constant 2021 PPP $', ['CAN', 'MEX', 'USA']],
  ['manufacturing-value-added', 2, 1, '% of GDP', ['CAN', 'MEX', 'USA']],
  ['gdp-current-usd', 2, 1, 'current US$', []],
  ['intra-na-goods-trade', 3, 1, 'trillion US$', ['NAM']],
  ['us-goods-trade-with-partner', 3, 1, 'billion US$', []],
  ['intra-na-food-trade', 3, 1, 'billion US$', ['NAM']],
  ['intra-na-agro-trade', 3, 1, 'billion US$', ['NAM']],
  ['trade-openness', 3, 1, '% of GDP', ['CAN', 'MEX', 'USA']],
  ['na-share-world-merch-exports', 3, 1, '% of world exports', ['NAM']],
  ['high-tech-exports', 3, 1, 'current US$', ['CAN', 'MEX', 'USA', 'NAM']],
  ['fixed-investment', 4, 1, '% of GDP', ['CAN', 'MEX', 'USA']],
  ['fdi-inflows', 4, 1, '% of GDP', ['CAN', 'MEX', 'USA', 'NAM']],
  ['rd-expenditure', 4, 1, '% of GDP', ['CAN', 'MEX', 'USA']],
  ['medium-high-tech-manufacturing', 4, 1, '% of manufacturing value added', ['CAN', 'MEX', 'USA']],
  ['renewable-electricity', 4, 1, '% of electricity output', ['CAN', 'MEX', 'USA']],
  ['container-port-traffic', 4, 1, 'TEU', ['CAN', 'MEX', 'USA', 'NAM']],
  ['fixed-broadband', 4, 1, 'per 100 people', ['CAN', 'MEX', 'USA', 'NAM']],
  ['us-atp-trade-balance', 4, 1, 'billion US$', ['USA']],
]

describe('GET /api/goals', () => {
  test('lists the four goals with names in English, Spanish and French', async () => {
    const { status, body } = await getJson<Goal[]>(t.app, '/api/goals')
    expect(status).toBe(200)
    expect(body.map((g) => [g.id, g.name.en])).toEqual([
      [1, 'Shared prosperity and job creation'],
      [2, 'Economic growth'],
      [3, 'Intraregional and global trade'],
      [4, 'Sectoral, strategic and infrastructure investment'],
    ])
    expect(body[0]?.name.es).toBe('Prosperidad compartida y creación de empleos')
    expect(body[3]?.name.fr).toBe('Investissement sectoriel, stratégique et en infrastructures')
    expect(body.map((g) => g.indicatorCount)).toEqual([7, 6, 7, 8])
  })

  test('GET /api/goals/3 returns the goal with its seven indicators in catalog order', async () => {
    const { status, body } = await getJson<GoalDetail>(t.app, '/api/goals/3')
    expect(status).toBe(200)
    expect(body.indicators.map((i) => i.slug)).toEqual(CATALOG.filter((c) => c[1] === 3).map((c) => c[0]))
  })

  test('returns 404 for a goal that does not exist', async () => {
    const { status, body } = await getJson(t.app, '/api/goals/9')
    expect(status).toBe(404)
    expect(body).toEqual({ statusCode: 404, error: 'Not Found', code: 'not_found', message: 'Goal 9 not found (goals are 1–4)' })
  })

  test('returns 400 naming goalId when it is not a number', async () => {
    const { status, body } = await getJson(t.app, '/api/goals/abc')
    expect(status).toBe(400)
    expect(body).toMatchObject({ code: 'validation_error', issues: [{ field: 'goalId', message: 'must be a goal number 1–4' }] })
  })
})

describe('GET /api/countries', () => {
  test('lists Canada, Mexico, the United States, North America and the world reference', async () => {
    const { body } = await getJson<Country[]>(t.app, '/api/countries')
    expect(body.map((c) => [c.code, c.kind, c.name.es])).toEqual([
      ['CAN', 'country', 'Canadá'],
      ['MEX', 'country', 'México'],
      ['USA', 'country', 'Estados Unidos'],
      ['NAM', 'region', 'América del Norte'],
      ['WLD', 'world', 'Mundo'],
    ])
  })
})

describe('GET /api/indicators', () => {
  test('lists the 28 catalog indicators (inputs only on request)', async () => {
    const all = await getJson<IndicatorSummary[]>(t.app, '/api/indicators')
    expect(all.body.map((i) => i.slug)).toEqual(CATALOG.map((c) => c[0]))
    const withInputs = await getJson<IndicatorSummary[]>(t.app, '/api/indicators?include=inputs')
    expect(withInputs.body).toHaveLength(31)
  })

  test('filters by goal', async () => {
    const { body } = await getJson<IndicatorSummary[]>(t.app, '/api/indicators?goal=2')
    expect(body.map((i) => i.slug)).toEqual(CATALOG.filter((c) => c[1] === 2).map((c) => c[0]))
  })

  test('returns 400 naming goal when the goal is out of range', async () => {
    const { status, body } = await getJson(t.app, '/api/indicators?goal=7')
    expect(status).toBe(400)
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'validation_error',
      message: 'Invalid querystring: goal: must be a goal number 1–4',
      issues: [{ field: 'goal', message: 'must be a goal number 1–4' }],
    })
  })

  test.each(CATALOG)('%s exists with goal %i, direction %i, unit "%s" and its targets', async (slug, goal, direction, unit, targetCountries) => {
    const { status, body } = await getJson<IndicatorDetail>(t.app, `/api/indicators/${slug}`)
    expect(status).toBe(200)
    expect(body.goalId).toBe(goal)
    expect(body.direction).toBe(direction)
    expect(body.unit.en).toBe(unit)
    expect(body.name.es).not.toBe('')
    expect(body.name.fr).not.toBe('')
    expect(body.targets.map((x) => x.country)).toEqual(targetCountries)
    for (const target of body.targets) {
      expect(['NAP', 'MCV', 'proposed']).toContain(target.origin)
      expect(target.rationale.en.length).toBeGreaterThan(10)
    }
  })

  test('gives the target values, origins, baselines and milestones of CATALOG.md', async () => {
    const trade = (await getJson<IndicatorDetail>(t.app, '/api/indicators/intra-na-goods-trade')).body
    expect(trade.targets).toEqual([
      expect.objectContaining({ country: 'NAM', value: 14, year: 2050, baselineYear: 2022, origin: 'NAP', milestones: [{ year: 2040, value: 6.3 }] }),
    ])
    const growth = (await getJson<IndicatorDetail>(t.app, '/api/indicators/real-gdp-growth')).body
    expect(growth.targets.find((x) => x.country === 'MEX')).toMatchObject({ value: null, bands: [4.5, 3.4, 0], origin: 'MCV' })
    const gdppc = (await getJson<IndicatorDetail>(t.app, '/api/indicators/gdp-per-capita-ppp')).body
    expect(gdppc.targets.find((x) => x.country === 'MEX')?.value).toBeCloseTo(27396.5607296, 6)
    expect(gdppc.source).toMatchObject({ publisher: 'World Bank', licence: 'CC BY 4.0' })
    expect(gdppc.coverage.find((c) => c.country === 'MEX')).toEqual({ country: 'MEX', firstYear: 1990, lastYear: 2024, count: 35 })
  })

  test('returns 404 with the one error shape for an unknown slug', async () => {
    const { status, body } = await getJson(t.app, '/api/indicators/no-such-indicator')
    expect(status).toBe(404)
    expect(body).toEqual({ statusCode: 404, error: 'Not Found', code: 'not_found', message: 'Indicator "no-such-indicator" not found' })
  })
})

describe('GET /api/events and /api/sources', () => {
  test('lists the chart events in date order', async () => {
    const { body } = await getJson<{ slug: string; date: string }[]>(t.app, '/api/events')
    expect(body.map((e) => [e.slug, e.date])).toEqual([
      ['nafta', '1994-01-01'],
      ['covid-19', '2020-03-11'],
      ['usmca', '2020-07-01'],
      ['usmca-joint-review', '2026-07-01'],
    ])
  })

  test('lists sources with their licences', async () => {
    const { body } = await getJson<{ id: string; licence: string }[]>(t.app, '/api/sources')
    expect(body.find((s) => s.id === 'wdi')?.licence).toBe('CC BY 4.0')
  })
})

describe('source attribution', () => {
  test('is given in English, Spanish and French', async () => {
    const { body } = await getJson<{ id: string; attribution: { en: string; es: string; fr: string } }[]>(t.app, '/api/sources')
    expect(body.find((s) => s.id === 'wdi')?.attribution).toEqual({
      en: 'Source: World Bank, World Development Indicators (CC BY 4.0). Some series via the Datahub and Gapminder/open-numbers packages of WDI.',
      es: 'Fuente: Banco Mundial, Indicadores del Desarrollo Mundial (CC BY 4.0). Algunas series a través de los paquetes de los WDI de Datahub y Gapminder/open-numbers.',
      fr: 'Source : Banque mondiale, Indicateurs du développement dans le monde (CC BY 4.0). Certaines séries via les paquets WDI de Datahub et Gapminder/open-numbers.',
    })
  })
})
