import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { indicators, targets, upsertObservation, recomputeDerived } from '@nap/db'
import type { AssessmentDto, Progress } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../../helper.ts'

let t: TestApp
let all: Progress
beforeAll(async () => {
  t = await buildTestApp()
  all = (await getJson<Progress>(t.app, '/api/progress')).body
})
afterAll(() => t.app.close())

const find = (p: Progress, slug: string, country: string): AssessmentDto => {
  const a = p.assessments.find((x) => x.indicator === slug && x.country === country)
  if (!a) throw new Error(`no assessment for ${slug} ${country}`)
  return a
}

describe('GET /api/progress against the seeded real data', () => {
  test('gdp-per-capita-ppp MEX is off track: R 0.5367, projected 2050 ≈ 24775 (METHODOLOGY example A)', () => {
    const a = find(all, 'gdp-per-capita-ppp', 'MEX')
    expect(a.status).toBe('off_track')
    expect(a.paceRatio).toBeCloseTo(0.5367, 3)
    expect(a.projectedValue).toBeCloseTo(24775.37, 1)
    expect(a.latest).toEqual({ year: 2024, value: 22039.6287019016 })
    expect(a.windowStart).toEqual({ year: 2014, value: 21069.7661649129 })
    expect(a.actualPace).toBeCloseTo(0.00451, 5)
    expect(a.requiredPace).toBeCloseTo(0.008403, 6)
    expect(a.score).toBeCloseTo(-0.2636, 4)
    expect(a.yearReached).toBeCloseTo(2072.3, 1)
    expect(a.pathValueAtLatest).toBeCloseTo(22099.14, 2)
    expect(a.gapToPath).toBeCloseTo(-0.0027, 4)
    expect(a.path[0]).toEqual({ year: 2023, value: 21917.24858366 })
    expect(a.path).toHaveLength(28)
  })

  test('unemployment-rate CAN is off track with R ≈ 0.0427 (example B)', () => {
    const a = find(all, 'unemployment-rate', 'CAN')
    expect(a.status).toBe('off_track')
    expect(a.paceRatio).toBeCloseTo(0.04272, 4)
    expect(a.score).toBeCloseTo(-2.322, 3)
    expect(a.projectedValue).toBeCloseTo(6.8129, 4)
  })

  test('intra-na-goods-trade NAM is off track: R ≈ 0.2399, gap to path ≈ −16.04 % (example C)', () => {
    const a = find(all, 'intra-na-goods-trade', 'NAM')
    expect(a.status).toBe('off_track')
    expect(a.paceRatio).toBeCloseTo(0.2399, 4)
    expect(a.gapToPath).toBeCloseTo(-0.1604, 4)
    expect(a.projectedValue).toBeCloseTo(2.7396, 4)
    expect(a.milestones).toEqual([expect.objectContaining({ year: 2040, target: 6.3, onCourse: false })])
  })

  test('growth-gap-vs-world NAM is regressing with a 5-year mean ≈ −0.4305 (example D)', () => {
    const a = find(all, 'growth-gap-vs-world', 'NAM')
    expect(a.status).toBe('regressing')
    expect(a.method).toBe('threshold')
    expect(a.thresholdMean).toBeCloseTo(-0.4305, 4)
    expect(a.thresholdValues.map((v) => v.year)).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(a.score).toBe(-3.75)
    expect(a.bands).toEqual([1, 0.5, 0])
  })

  test('trade-linked-jobs NAM has one value: insufficient data, still returned with its target', () => {
    const a = find(all, 'trade-linked-jobs', 'NAM')
    expect(a.status).toBe('insufficient_data')
    expect(a.score).toBeNull()
    expect(a.targetValue).toBe(110)
    expect(a.latest).toEqual({ year: 2023, value: 55 })
    expect(a.milestones.map((m) => [m.year, m.target])).toEqual([[2040, 83]])
  })

  test('every catalog indicator × country with data and a target has a status', () => {
    const expected = [
      'gdp-per-capita-ppp', 'unemployment-rate', 'real-gdp-growth', 'high-tech-exports', 'container-port-traffic', 'fixed-broadband', 'fdi-inflows',
    ].flatMap((slug) => ['CAN', 'MEX', 'USA', 'NAM'].map((c) => `${slug}|${c}`))
    const got = new Map(all.assessments.map((a) => [`${a.indicator}|${a.country}`, a.status]))
    for (const key of expected) expect(got.get(key), key).toMatch(/achieved|on_track|moderate|off_track|regressing/)
    // 28 indicators: 67 indicator × country pairs with a target, plus trend-only pairs.
    expect(all.assessments.filter((a) => a.status !== 'no_target')).toHaveLength(67)
    expect(all.assessments.filter((a) => a.status === 'no_target').map((a) => `${a.indicator}|${a.country}`).sort()).toEqual(
      [
        'fixed-investment|NAM',
        'gdp-current-usd|CAN', 'gdp-current-usd|MEX', 'gdp-current-usd|NAM', 'gdp-current-usd|USA',
        'rd-expenditure|NAM',
        'trade-openness|NAM',
        'us-goods-trade-with-partner|CAN', 'us-goods-trade-with-partner|MEX', 'us-goods-trade-with-partner|NAM',
      ].sort(),
    )
  })

  test("a goal's score is the mean of its assessed indicators' scores, with coverage", () => {
    expect(all.goals).toHaveLength(16)
    for (const g of all.goals) {
      const scored = all.assessments.filter((a) => a.goalId === g.goalId && a.country === g.country && a.status !== 'no_target')
      const scores = scored.map((a) => a.score).filter((s): s is number => s !== null)
      expect(g.total).toBe(scored.length)
      expect(g.assessed).toBe(scores.length)
      if (scores.length === 0) expect(g.score).toBeNull()
      else expect(g.score).toBeCloseTo(scores.reduce((x, y) => x + y, 0) / scores.length, 10)
    }
    for (const c of all.countries) {
      const scores = all.assessments
        .filter((a) => a.country === c.country && a.score !== null)
        .map((a) => a.score as number)
      expect(c.score).toBeCloseTo(scores.reduce((x, y) => x + y, 0) / scores.length, 10)
    }
  })

  test('filters by goal and country', async () => {
    const { body } = await getJson<Progress>(t.app, '/api/progress?goal=3&country=nam')
    expect(new Set(body.assessments.map((a) => `${a.goalId}|${a.country}`))).toEqual(new Set(['3|NAM']))
    expect(body.goals).toEqual([expect.objectContaining({ goalId: 3, country: 'NAM' })])
    expect(body.countries.map((c) => c.country)).toEqual(['NAM'])
  })

  test.each([
    ['/api/progress?country=XYZ', 'country', 'unknown country code (use CAN, MEX, USA or NAM)'],
    ['/api/progress?goal=5', 'goal', 'must be a goal number 1–4'],
    ['/api/progress?asOf=23-11-2026', 'asOf', 'must be an ISO date (YYYY-MM-DD) or UTC date-time (YYYY-MM-DDTHH:MM[:SS[.sss]]Z)'],
    ['/api/progress?asOf=2026-02-30', 'asOf', '2026-02-30 is not a real date'],
  ])('%s → 400 naming %s', async (url, field, message) => {
    const { status, body } = await getJson(t.app, url)
    expect(status).toBe(400)
    expect(body).toMatchObject({ code: 'validation_error', issues: [{ field, message }] })
  })
})

describe('GET /api/indicators/:slug/progress', () => {
  test('returns the indicator for every country', async () => {
    const { status, body } = await getJson<Progress>(t.app, '/api/indicators/gdp-per-capita-ppp/progress')
    expect(status).toBe(200)
    expect(body.assessments.map((a) => a.country)).toEqual(['CAN', 'MEX', 'USA', 'NAM'])
  })

  test('returns 404 for an unknown indicator', async () => {
    const { status, body } = await getJson(t.app, '/api/indicators/nope/progress')
    expect(status).toBe(404)
    expect(body).toMatchObject({ code: 'not_found', message: 'Indicator "nope" not found' })
  })

  test('is never stale: a new observation or a changed target shows at once', async () => {
    const url = '/api/indicators/intra-na-goods-trade/progress'
    const before = (await getJson<Progress>(t.app, url)).body.assessments[0]
    expect(before?.latest).toEqual({ year: 2025, value: 1.6 })
    const ind = t.db.select().from(indicators).where(eq(indicators.slug, 'intra-na-goods-trade')).get()
    if (!ind) throw new Error('missing')
    t.db.transaction((tx) => {
      upsertObservation(tx, { indicatorId: ind.id, countryCode: 'NAM', period: '2026', value: 2.5 }, { action: 'create', actor: 'test', reason: 'test' })
      recomputeDerived(tx)
    })
    const after = (await getJson<Progress>(t.app, url)).body.assessments[0]
    expect(after?.latest).toEqual({ year: 2026, value: 2.5 })
    t.db.update(targets).set({ value: 2.4, version: sql`${targets.version} + 1` }).where(eq(targets.indicatorId, ind.id)).run()
    const met = (await getJson<Progress>(t.app, url)).body.assessments[0]
    expect(met?.status).toBe('achieved')
    expect(met?.score).toBe(5)
  })
})
