import { sql } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { createDb } from '../src/client.ts'
import { runMigrations } from '../src/migrate.ts'
import { CATALOG, catalogIssues, validateCatalog, type Catalog, type CatalogIndicator } from '../seed/catalog/index.ts'
import { timesBaseline } from '../seed/catalog/helpers.ts'
import { loadObservations } from '../seed/load-observations.ts'
import { seedDatabase } from '../seed/seed.ts'

function indicator(slug: string): CatalogIndicator {
  const found = CATALOG.indicators.find((i) => i.slug === slug)
  if (!found) throw new Error(`no indicator ${slug} in the catalog`)
  return found
}

/** The real catalog with one indicator replaced by `patch(it)`. */
function withIndicator(slug: string, patch: (ind: CatalogIndicator) => object): unknown {
  indicator(slug)
  return { ...CATALOG, indicators: CATALOG.indicators.map((i) => (i.slug === slug ? patch(i) : i)) }
}

/** The real catalog with target `k` of `slug` replaced by `patch(target)`. */
function withTarget(slug: string, k: number, patch: (t: CatalogIndicator['targets'][number]) => object): unknown {
  return withIndicator(slug, (ind) => ({ ...ind, targets: ind.targets.map((t, i) => (i === k ? patch(t) : t)) }))
}

describe('the real catalog', () => {
  test('has no problem', () => {
    expect(catalogIssues(CATALOG)).toEqual([])
    expect(() => validateCatalog(CATALOG)).not.toThrow()
  })
})

describe('a broken indicator is reported with its slug and the field', () => {
  const gdp = indicator('gdp-per-capita-ppp')
  test.each<[string, unknown, string]>([
    [
      'a target value that is not a finite number',
      withIndicator('gdp-per-capita-ppp', (i) => ({
        ...i,
        targets: [
          { ...gdp.targets[0], countries: ['CAN', 'MEX', 'USA'] },
          { countries: ['NAM'], value: Number.POSITIVE_INFINITY, baselineYear: 2023, origin: 'NAP', rationale: gdp.targets[0]?.rationale },
        ],
      })),
      'catalog: indicator "gdp-per-capita-ppp": targets[1].value: expected a finite number',
    ],
    [
      'a NaN target value',
      withTarget('unemployment-rate', 1, (t) => ({ ...t, value: Number.NaN })),
      'catalog: indicator "unemployment-rate": targets[1].value: expected a finite number',
    ],
    [
      'a slug used twice',
      { ...CATALOG, indicators: [...CATALOG.indicators, indicator('population')] },
      'catalog: indicator "population": slug: "population" is used by more than one indicator',
    ],
    [
      'a slug that is not kebab-case',
      withIndicator('gini-index', (i) => ({ ...i, slug: 'Gini index' })),
      'catalog: indicator "Gini index": slug: expected a kebab-case slug',
    ],
    [
      'an unknown goal',
      withIndicator('gini-index', (i) => ({ ...i, goal: 5 })),
      'catalog: indicator "gini-index": goal: expected a goal id of the catalog (1, 2, 3, 4)',
    ],
    [
      'an unknown source',
      withIndicator('gini-index', (i) => ({ ...i, source: 'imf' })),
      'catalog: indicator "gini-index": source: expected a source id of the catalog (wdi, census-csis, nap, derived)',
    ],
    [
      'a country outside CAN, MEX, USA, NAM',
      withIndicator('gini-index', (i) => ({ ...i, countries: ['CAN', 'MEX', 'USA', 'WLD'] })),
      'catalog: indicator "gini-index": countries[3]: expected one of CAN, MEX, USA, NAM',
    ],
    [
      'a country listed twice',
      withIndicator('gini-index', (i) => ({ ...i, countries: ['CAN', 'MEX', 'USA', 'MEX'] })),
      'catalog: indicator "gini-index": countries[3]: "MEX" is listed twice',
    ],
    [
      'a target for a country the indicator is not reported for',
      withTarget('gini-index', 0, (t) => ({ ...t, countries: ['NAM'] })),
      'catalog: indicator "gini-index": targets[0].countries[0]: expected one of the indicator\'s countries (CAN, MEX, USA)',
    ],
    [
      'two targets for one country',
      withTarget('renewable-electricity', 1, (t) => ({ ...t, countries: ['MEX', 'CAN'] })),
      'catalog: indicator "renewable-electricity": targets[1].countries[1]: "CAN" already has a target (targets[0])',
    ],
    [
      'an empty Spanish name',
      withIndicator('gini-index', (i) => ({ ...i, name: { ...i.name, es: '' } })),
      'catalog: indicator "gini-index": name.es: expected a non-empty string',
    ],
    [
      'a blank French rationale',
      withTarget('gini-index', 2, (t) => ({ ...t, rationale: { ...t.rationale, fr: '  ' } })),
      'catalog: indicator "gini-index": targets[2].rationale.fr: expected a non-empty string',
    ],
    [
      'a definition without English',
      withIndicator('fixed-broadband', (i) => ({ ...i, definition: { es: i.definition.es, fr: i.definition.fr } })),
      'catalog: indicator "fixed-broadband": definition.en: expected a non-empty string',
    ],
    [
      'an unknown method',
      withIndicator('gini-index', (i) => ({ ...i, method: 'fastest' })),
      'catalog: indicator "gini-index": method: expected one of pace, linear, threshold',
    ],
    [
      'a direction other than 1 or -1',
      withIndicator('gini-index', (i) => ({ ...i, direction: 0 })),
      'catalog: indicator "gini-index": direction: expected one of 1, -1',
    ],
    [
      'an unknown frequency',
      withIndicator('gini-index', (i) => ({ ...i, frequency: 'weekly' })),
      'catalog: indicator "gini-index": frequency: expected one of annual, quarterly, monthly',
    ],
    [
      'an unknown NAM rule',
      withIndicator('population', (i) => ({ ...i, namRule: 'average' })),
      'catalog: indicator "population": namRule: expected one of sum, weighted_mean, given, derived, none, growth_weighted',
    ],
    [
      'a weighted_mean rule without a weight',
      withIndicator('unemployment-rate', (i) => ({ ...i, namWeight: undefined })),
      'catalog: indicator "unemployment-rate": namWeight: a weighted_mean rule needs the slug of its weight indicator',
    ],
    [
      'a weight that is not an indicator',
      withIndicator('fixed-broadband', (i) => ({ ...i, namWeight: 'people' })),
      'catalog: indicator "fixed-broadband": namWeight: "people" is not an indicator of the catalog',
    ],
    [
      'a weight on a rule that has none',
      withIndicator('population', (i) => ({ ...i, namWeight: 'labour-force' })),
      'catalog: indicator "population": namWeight: only a weighted_mean, growth_weighted rule has a weight',
    ],
    [
      'a "none" rule on an indicator reported for NAM',
      withIndicator('gini-index', (i) => ({ ...i, countries: ['CAN', 'MEX', 'USA', 'NAM'] })),
      'catalog: indicator "gini-index": namRule: "none" forms no North America value, but countries include NAM',
    ],
    [
      'a derived rule without derived data',
      withIndicator('na-share-world-gdp', (i) => ({ ...i, data: { kind: 'file', code: 'NY.GDP.MKTP.CD' } })),
      'catalog: indicator "na-share-world-gdp": namRule: "derived" needs share-of-world or growth-gap data',
    ],
    [
      'a world share of an unknown input',
      withIndicator('na-share-world-gdp', (i) => ({ ...i, data: { kind: 'share-of-world', input: 'gdp' } })),
      'catalog: indicator "na-share-world-gdp": data.input: expected the slug of an indicator of the catalog',
    ],
    [
      'a tracked indicator without targets',
      withIndicator('gini-index', (i) => ({ ...i, targets: [] })),
      'catalog: indicator "gini-index": targets: a tracked indicator needs at least one target',
    ],
    [
      'a threshold target with a value',
      withTarget('real-gdp-growth', 0, (t) => ({ ...t, value: 4.5 })),
      'catalog: indicator "real-gdp-growth": targets[0]: a threshold target has bands and no value or factor',
    ],
    [
      'a pace target with neither value nor factor',
      withTarget('gini-index', 0, (t) => ({ ...t, value: undefined })),
      'catalog: indicator "gini-index": targets[0]: expected exactly one of value or factor',
    ],
    [
      'bands in the wrong order for higher-is-better',
      withTarget('growth-gap-vs-world', 0, (t) => ({ ...t, bands: [0, 0.5, 1] })),
      'catalog: indicator "growth-gap-vs-world": targets[0].bands: expected on track, must accelerate, off track in decreasing order',
    ],
    [
      'a factor target without its baseline year',
      withTarget('high-tech-exports', 0, (t) => ({ ...t, baselineYear: undefined })),
      'catalog: indicator "high-tech-exports": targets[0].baselineYear: a factor target needs its baseline year',
    ],
    [
      'a milestone before the baseline year',
      withTarget('trade-linked-jobs', 0, (t) => ({ ...t, milestones: [{ year: 2020, value: 60 }] })),
      'catalog: indicator "trade-linked-jobs": targets[0].milestones[0].year: expected a year after 2023 and before 2050',
    ],
    [
      'a target above the declared maximum',
      withTarget('unemployment-rate', 0, (t) => ({ ...t, value: 120 })),
      'catalog: indicator "unemployment-rate": targets[0].value: 120 is above max 100',
    ],
    [
      'a given point below the declared minimum',
      withIndicator('trade-linked-jobs', (i) => ({
        ...i,
        data: { kind: 'given', points: [{ country: 'NAM', year: 2023, value: -1, note: 'test' }] },
      })),
      'catalog: indicator "trade-linked-jobs": data.points[0].value: -1 is below min 0',
    ],
    [
      'a minimum that is not a finite number',
      withIndicator('population', (i) => ({ ...i, min: Number.NaN })),
      'catalog: indicator "population": min: expected a finite number',
    ],
    [
      'a maximum below the minimum',
      withIndicator('gdp-current-usd', (i) => ({ ...i, min: 10, max: 5 })),
      'catalog: indicator "gdp-current-usd": max: expected a number above min 10',
    ],
  ])('%s', (_name, catalog, message) => {
    expect(catalogIssues(catalog)).toEqual([message])
    expect(() => validateCatalog(catalog)).toThrow(message)
  })
})

describe('broken goals, sources, countries and events are reported too', () => {
  test.each<[string, unknown, string]>([
    [
      'a goal without its French name',
      { ...CATALOG, goals: CATALOG.goals.map((g) => (g.id === 2 ? { ...g, name: { ...g.name, fr: '' } } : g)) },
      'catalog: goal 2: name.fr: expected a non-empty string',
    ],
    [
      'a source without a URL',
      { ...CATALOG, sources: CATALOG.sources.map((s) => (s.id === 'nap' ? { ...s, url: 'thenorthamericanproject.com' } : s)) },
      'catalog: source "nap": url: expected an http(s) URL',
    ],
    [
      'an event on a day that does not exist',
      { ...CATALOG, events: CATALOG.events.map((e) => (e.slug === 'covid-19' ? { ...e, date: '2020-02-30' } : e)) },
      'catalog: event "covid-19": date: expected a date YYYY-MM-DD',
    ],
    [
      'no row for the world',
      { ...CATALOG, countries: CATALOG.countries.filter((c) => c.code !== 'WLD') },
      'catalog: countries: expected a row for WLD',
    ],
    [
      'an indicator that is not an object',
      { ...CATALOG, indicators: [...CATALOG.indicators, null] },
      `catalog: indicators #${String(CATALOG.indicators.length + 1)}: (entry): expected an object`,
    ],
  ])('%s', (_name, catalog, message) => {
    expect(catalogIssues(catalog)).toEqual([message])
  })

  test('every problem is listed, one line each, in catalog order', () => {
    const catalog = withIndicator('gini-index', (i) => ({ ...i, goal: 9, decimals: -1 }))
    expect(() => validateCatalog(catalog)).toThrow(
      [
        'catalog: indicator "gini-index": goal: expected a goal id of the catalog (1, 2, 3, 4)',
        'catalog: indicator "gini-index": decimals: expected an integer from 0 to 10',
      ].join('\n'),
    )
  })
})

describe('the seed checks the catalog', () => {
  const tables = ['countries', 'goals', 'sources', 'indicators', 'targets', 'observations']
  const counts = (db: ReturnType<typeof createDb>) => tables.map((t) => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${t}`)).n)

  test('refuses a broken catalog and writes nothing', () => {
    const db = createDb(':memory:')
    runMigrations(db)
    const broken: Catalog = { ...CATALOG, indicators: [...CATALOG.indicators, indicator('labour-force')] }
    expect(() => seedDatabase(db, undefined, broken)).toThrow('catalog: indicator "labour-force": slug: "labour-force" is used by more than one indicator')
    expect(counts(db)).toEqual([0, 0, 0, 0, 0, 0])
  })

  test('refuses a "factor × baseline" target that the data puts outside the bounds, and rolls back', () => {
    const db = createDb(':memory:')
    runMigrations(db)
    const rows = loadObservations()
    const base = rows.find((r) => r.code === 'NV.IND.MANF.ZS' && r.country === 'MEX' && r.year === 2021)?.value ?? Number.NaN
    const mvaTarget = indicator('manufacturing-value-added').targets[0]
    if (!mvaTarget) throw new Error('manufacturing-value-added has no target')
    const broken: Catalog = {
      ...CATALOG,
      indicators: CATALOG.indicators.map((i) =>
        i.slug === 'manufacturing-value-added' ? { ...i, targets: [timesBaseline(10, 2021, ['MEX'], mvaTarget)] } : i,
      ),
    }
    expect(catalogIssues(broken)).toEqual([])
    expect(() => seedDatabase(db, rows, broken)).toThrow(
      `catalog: indicator "manufacturing-value-added": targets[0]: 10 × 2021 value for MEX: ${String(10 * base)} is above max 100`,
    )
    expect(base).toBeCloseTo(20.836, 3) // Mexico's published 2021 value, which the factor multiplies
    expect(counts(db)).toEqual([0, 0, 0, 0, 0, 0])
  })
})
