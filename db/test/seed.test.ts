import { eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { createDb, type Db } from '../src/client.ts'
import { runMigrations } from '../src/migrate.ts'
import { upsertObservation } from '../src/observations-store.ts'
import { recomputeDerived } from '../src/recompute-derived.ts'
import { indicators, observations, revisions } from '../src/schema.ts'
import { INDICATORS } from '../seed/catalog/index.ts'
import { seedDatabase } from '../seed/seed.ts'

const TABLES = [
  'countries',
  'goals',
  'sources',
  'indicators',
  'targets',
  'observations',
  'revisions',
  'users',
  'sessions',
  'audit_log',
  'events',
  'imports',
] as const

function counts(db: Db): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, db.get<{ n: number }>(sql.raw(`select count(*) as n from ${t}`)).n]),
  )
}

function value(db: Db, slug: string, country: string, period: string): number | null | undefined {
  return db
    .select({ value: observations.value })
    .from(observations)
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .where(sql`${indicators.slug} = ${slug} and ${observations.countryCode} = ${country} and ${observations.period} = ${period}`)
    .get()?.value
}

describe('migrations', () => {
  test('build an empty database with every table of the data model', () => {
    const db = createDb(':memory:')
    runMigrations(db)
    expect(counts(db)).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])))
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  test('running them again on the same database is a no-op', () => {
    const db = createDb(':memory:')
    runMigrations(db)
    expect(() => runMigrations(db)).not.toThrow()
    expect(counts(db)['goals']).toBe(0)
  })
})

describe('seed', () => {
  let db: Db
  let first: ReturnType<typeof seedDatabase>
  beforeAll(() => {
    db = createDb(':memory:')
    runMigrations(db)
    first = seedDatabase(db)
  }, 60_000) // a full seed: seconds on a busy machine

  test('loads the catalog, the real observations and the derived North America values', () => {
    const c = counts(db)
    expect(c['countries']).toBe(5)
    expect(c['goals']).toBe(4)
    expect(c['indicators']).toBe(INDICATORS.length)
    expect(c['events']).toBe(4)
    expect(first.observationsInserted).toBe(3484 + 9) // CSV rows + project figures
    expect(first.derivedInserted).toBeGreaterThan(500)
    expect(c['observations']).toBe(first.observationsInserted + first.derivedInserted)
    expect(c['revisions']).toBe(c['observations']) // one revision per point
  })

  test('running it twice leaves identical row counts in every table', () => {
    const before = counts(db)
    const again = seedDatabase(db)
    expect(again).toEqual({ observationsInserted: 0, derivedInserted: 0, derivedUpdated: 0, targetsInserted: 0 })
    expect(counts(db)).toEqual(before)
  })

  test.each([
    ['gdp-per-capita-ppp', 'MEX', '2023', 21917.24858366],
    ['gdp-current-usd', 'USA', '2022', 26054614000000],
    ['unemployment-rate', 'CAN', '2025', 6.907],
    ['intra-na-goods-trade', 'NAM', '2022', 1.5],
    ['us-atp-trade-balance', 'USA', '2025', -414.6],
  ])('stores %s %s %s = %d as published', (slug, country, period, expected) => {
    expect(value(db, slug, country, period)).toBe(expected)
  })

  test.each([
    ['na-share-world-gdp', '2025', 29.507555676412522],
    ['growth-gap-vs-world', '2021', -0.35168535319417416],
    ['growth-gap-vs-world', '2025', -0.8760250393129212],
    ['na-share-world-merch-exports', '2003', 15.24546256062767],
  ])('derives NAM %s %s ≈ %d', (slug, period, expected) => {
    expect(value(db, slug, 'NAM', period)).toBeCloseTo(expected, 9)
  })

  test('forms NAM GDP per capita as total over total population', () => {
    const pop = (c: string) => value(db, 'population', c, '2023') ?? NaN
    const pc = (c: string) => value(db, 'gdp-per-capita-ppp', c, '2023') ?? NaN
    const expected = (pc('CAN') * pop('CAN') + pc('MEX') * pop('MEX') + pc('USA') * pop('USA')) / (pop('CAN') + pop('MEX') + pop('USA'))
    expect(value(db, 'gdp-per-capita-ppp', 'NAM', '2023')).toBeCloseTo(expected, 6)
  })

  test('has no NAM value for a year where a member is missing', () => {
    // Mexico's high-tech exports start in 2008, Canada's and the United States' in 2007.
    expect(value(db, 'high-tech-exports', 'NAM', '2007')).toBeUndefined()
    expect(value(db, 'high-tech-exports', 'NAM', '2008')).toBeTypeOf('number')
  })

  test('writes the indicators in the catalog\'s order: goal by goal, then the input series', () => {
    const rows = db.all<{ slug: string; goal: number; sort: number; id: number }>(
      sql`select slug, goal_id as goal, sort_order as sort, id from indicators order by sort_order`,
    )
    expect(rows.map((r) => `${String(r.sort)} ${String(r.goal)} ${r.slug}`)).toEqual(
      [
        '1 gdp-per-capita-ppp', '1 trade-linked-jobs', '1 export-supported-jobs', '1 unemployment-rate',
        '1 female-labour-participation', '1 gini-index', '1 poverty-3-dollars',
        '2 na-share-world-gdp', '2 growth-gap-vs-world', '2 real-gdp-growth', '2 gdp-per-person-employed',
        '2 manufacturing-value-added', '2 gdp-current-usd',
        '3 intra-na-goods-trade', '3 us-goods-trade-with-partner', '3 intra-na-food-trade', '3 intra-na-agro-trade',
        '3 trade-openness', '3 na-share-world-merch-exports', '3 high-tech-exports',
        '4 fixed-investment', '4 fdi-inflows', '4 rd-expenditure', '4 medium-high-tech-manufacturing',
        '4 renewable-electricity', '4 container-port-traffic', '4 fixed-broadband', '4 us-atp-trade-balance',
        '1 population', '1 labour-force', '3 merchandise-exports',
      ].map((goalSlug, i) => `${String(i + 1)} ${goalSlug}`),
    )
    expect(rows.every((r) => r.id === r.sort)).toBe(true)
  })

  test('writes one target row per indicator and country, in the catalog\'s order', () => {
    const rows = db.all<{ slug: string; codes: string; n: number }>(
      sql`select i.slug, group_concat(t.country_code, ',') as codes, count(*) as n
          from (select * from targets order by id) t join indicators i on i.id = t.indicator_id group by i.id order by i.id`,
    )
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(67)
    expect(Object.fromEntries(rows.map((r) => [r.slug, r.codes]))).toEqual({
      'gdp-per-capita-ppp': 'CAN,MEX,USA,NAM',
      'trade-linked-jobs': 'NAM',
      'export-supported-jobs': 'NAM',
      'unemployment-rate': 'CAN,MEX,USA,NAM',
      'female-labour-participation': 'CAN,MEX,USA',
      'gini-index': 'CAN,MEX,USA',
      'poverty-3-dollars': 'CAN,MEX,USA',
      'na-share-world-gdp': 'NAM',
      'growth-gap-vs-world': 'NAM',
      'real-gdp-growth': 'MEX,CAN,USA,NAM',
      'gdp-per-person-employed': 'CAN,USA,MEX',
      'manufacturing-value-added': 'CAN,MEX,USA',
      'intra-na-goods-trade': 'NAM',
      'intra-na-food-trade': 'NAM',
      'intra-na-agro-trade': 'NAM',
      'trade-openness': 'CAN,MEX,USA',
      'na-share-world-merch-exports': 'NAM',
      'high-tech-exports': 'CAN,MEX,USA,NAM',
      'fixed-investment': 'MEX,CAN,USA',
      'fdi-inflows': 'MEX,CAN,USA,NAM',
      'rd-expenditure': 'CAN,MEX,USA',
      'medium-high-tech-manufacturing': 'CAN,MEX,USA',
      'renewable-electricity': 'CAN,MEX,USA',
      'container-port-traffic': 'CAN,MEX,USA,NAM',
      'fixed-broadband': 'CAN,MEX,USA,NAM',
      'us-atp-trade-balance': 'USA',
    })
  })

  type TargetRow = { value: number | null; baseline: number | null; milestones: string; bands: string | null; origin: string; rule: string | null; en: string }
  const target = (slug: string, country: string): TargetRow =>
    db.get<TargetRow>(
      sql`select t.value, t.baseline_year as baseline, t.milestones, t.bands, t.origin, t.rule, t.rationale_en as en
          from targets t join indicators i on i.id = t.indicator_id where i.slug = ${slug} and t.country_code = ${country}`,
    )

  test.each<[string, string, Omit<TargetRow, 'en'>]>([
    ['unemployment-rate', 'MEX', { value: 3, baseline: 2023, milestones: '[]', bands: null, origin: 'proposed', rule: null }],
    ['unemployment-rate', 'NAM', { value: 4, baseline: 2023, milestones: '[]', bands: null, origin: 'proposed', rule: null }],
    ['trade-linked-jobs', 'NAM', { value: 110, baseline: 2023, milestones: '[{"year":2040,"value":83}]', bands: null, origin: 'NAP', rule: null }],
    ['intra-na-goods-trade', 'NAM', { value: 14, baseline: 2022, milestones: '[{"year":2040,"value":6.3}]', bands: null, origin: 'NAP', rule: null }],
    ['na-share-world-gdp', 'NAM', { value: 100 / 3, baseline: 2025, milestones: '[]', bands: null, origin: 'NAP', rule: null }],
    ['real-gdp-growth', 'MEX', { value: null, baseline: null, milestones: '[]', bands: '[4.5,3.4,0]', origin: 'MCV', rule: null }],
    ['fdi-inflows', 'NAM', { value: null, baseline: null, milestones: '[]', bands: '[2,1.5,1]', origin: 'proposed', rule: null }],
    ['renewable-electricity', 'CAN', { value: 80, baseline: 2020, milestones: '[]', bands: null, origin: 'proposed', rule: null }],
    ['fixed-investment', 'MEX', { value: 24, baseline: 2020, milestones: '[]', bands: null, origin: 'MCV', rule: null }],
    ['us-atp-trade-balance', 'USA', { value: -207, baseline: 2025, milestones: '[]', bands: null, origin: 'proposed', rule: null }],
  ])('stores the %s target of %s as the catalog gives it', (slug, country, expected) => {
    expect(target(slug, country)).toMatchObject(expected)
  })

  test.each([
    ['gdp-per-person-employed', 'MEX', 1.6, 2023],
    ['gdp-per-person-employed', 'USA', 1.4, 2023],
    ['container-port-traffic', 'NAM', 2, 2023],
  ])('computes the %s target of %s as %d × its %d value', (slug, country, factor, year) => {
    const row = target(slug, country)
    expect(row.value).toBe(factor * (value(db, slug, country, String(year)) ?? Number.NaN))
    expect(row.rule).toBe(`${String(factor)} × ${String(year)} value`)
  })

  test('gives every country of a shared target the same rationale', () => {
    const texts = ['CAN', 'MEX', 'USA', 'NAM'].map((c) => target('unemployment-rate', c).en)
    expect(new Set(texts)).toEqual(new Set(["Proposed: around each country's best level since 2000."]))
  })

  test('has every seeded value of a bounded indicator within its declared min and max', () => {
    const outside = INDICATORS.flatMap((ind) =>
      db
        .all<{ country: string; period: string; value: number }>(
          sql`select o.country_code as country, o.period, o.value from observations o join indicators i on i.id = o.indicator_id
              where i.slug = ${ind.slug} and o.country_code != 'WLD' and (o.value < ${ind.min ?? null} or o.value > ${ind.max ?? null})`,
        )
        .map((o) => `${ind.slug} ${o.country} ${o.period} ${String(o.value)}`),
    )
    expect(outside).toEqual([])
    expect(INDICATORS.filter((i) => i.min !== undefined || i.max !== undefined)).toHaveLength(27)
  })

  test('computes "factor × baseline value" targets from the data', () => {
    const row = db.get<{ value: number; rule: string }>(
      sql`select t.value, t.rule from targets t join indicators i on i.id = t.indicator_id where i.slug = 'gdp-per-capita-ppp' and t.country_code = 'MEX'`,
    )
    expect(row.value).toBeCloseTo(1.25 * 21917.24858366, 8)
    expect(row.rule).toBe('1.25 × 2023 value')
  })
})

describe('revisions and derived values', () => {
  test('a changed input recomputes the derived NAM value in the same transaction, with revisions', () => {
    const db = createDb(':memory:')
    runMigrations(db)
    seedDatabase(db)
    const gdp = db.select().from(indicators).where(eq(indicators.slug, 'gdp-current-usd')).get()
    if (!gdp) throw new Error('missing indicator')
    const before = value(db, 'na-share-world-gdp', 'NAM', '2025') ?? NaN
    const usa = value(db, 'gdp-current-usd', 'USA', '2025') ?? NaN
    db.transaction((tx) => {
      upsertObservation(
        tx,
        { indicatorId: gdp.id, countryCode: 'USA', period: '2025', value: usa + 1e12 },
        { action: 'update', actor: 'test@example.org', reason: 'test correction' },
      )
      recomputeDerived(tx, { actor: 'test@example.org', reason: 'recomputed after test correction' })
    })
    const after = value(db, 'na-share-world-gdp', 'NAM', '2025') ?? NaN
    expect(after).toBeGreaterThan(before)
    const history = db.all<{ action: string; old_value: number; new_value: number; actor: string }>(
      sql`select r.action, r.old_value, r.new_value, r.actor from revisions r join observations o on o.id = r.observation_id
          join indicators i on i.id = o.indicator_id where i.slug = 'na-share-world-gdp' and o.period = '2025' order by r.id`,
    )
    expect(history.map((h) => h.action)).toEqual(['derive', 'derive'])
    expect(history[1]?.old_value).toBeCloseTo(before, 9)
    expect(history[1]?.new_value).toBeCloseTo(after, 9)
    expect(history[1]?.actor).toBe('test@example.org')
  })

  test('the database refuses to change or delete a revision, or hard-delete an observation', () => {
    const db = createDb(':memory:')
    runMigrations(db)
    seedDatabase(db)
    expect(() => db.update(revisions).set({ reason: 'rewrite history' }).run()).toThrow(/append-only/)
    expect(() => db.delete(revisions).run()).toThrow(/append-only/)
    expect(() => db.delete(observations).run()).toThrow(/never hard-deleted/)
  })
})
