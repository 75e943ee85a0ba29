import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { seedDatabase } from '../seed/seed.ts'
import { createDb, type Db } from './client.ts'
import { runMigrations } from './migrate.ts'
import { findObservation, reviseObservation, flagsOf } from './observations-store.ts'
import { dependantsOf, inputsOf, isComputedPoint, recomputeDerived, type IndicatorRow } from './recompute-derived.ts'
import { indicators, observations } from './schema.ts'

let db: Db
let all: IndicatorRow[]
const bySlug = (slug: string): IndicatorRow => {
  const ind = all.find((i) => i.slug === slug)
  if (!ind) throw new Error(`missing ${slug}`)
  return ind
}
const slugsOf = (ids: Iterable<number>) => [...ids].map((id) => all.find((i) => i.id === id)?.slug).sort()

beforeAll(() => {
  db = createDb(':memory:')
  runMigrations(db)
  seedDatabase(db)
  all = db.select().from(indicators).all()
})

describe('which points are computed', () => {
  test.each([
    ['gdp-current-usd', 'NAM', true],
    ['gdp-current-usd', 'USA', false],
    ['gdp-current-usd', 'WLD', false],
    ['unemployment-rate', 'NAM', true],
    ['real-gdp-growth', 'NAM', true],
    ['na-share-world-gdp', 'NAM', true],
    ['growth-gap-vs-world', 'NAM', true],
    ['intra-na-goods-trade', 'NAM', false],
    ['gini-index', 'MEX', false],
  ] as const)('%s %s → %s', (slug, country, computed) => {
    expect(isComputedPoint(bySlug(slug), country)).toBe(computed)
  })

  test.each([
    ['gdp-current-usd', ['gdp-current-usd']],
    ['unemployment-rate', ['unemployment-rate', 'labour-force']],
    ['real-gdp-growth', ['real-gdp-growth', 'gdp-current-usd']],
    ['na-share-world-gdp', ['gdp-current-usd']],
    ['growth-gap-vs-world', ['real-gdp-growth']],
    ['gini-index', []],
  ])('%s is formed from %j', (slug, inputs) => {
    expect(inputsOf(bySlug(slug))).toEqual(inputs)
  })
})

describe('dependantsOf', () => {
  test.each([
    ['gini-index', ['gini-index']],
    ['unemployment-rate', ['unemployment-rate']],
    ['labour-force', ['labour-force', 'unemployment-rate']],
    ['population', ['fixed-broadband', 'gdp-per-capita-ppp', 'population']],
    ['real-gdp-growth', ['growth-gap-vs-world', 'real-gdp-growth']],
    [
      'gdp-current-usd',
      ['fdi-inflows', 'fixed-investment', 'gdp-current-usd', 'growth-gap-vs-world', 'na-share-world-gdp', 'rd-expenditure', 'real-gdp-growth', 'trade-openness'],
    ],
  ])('a change to %s reaches %j', (slug, reached) => {
    expect(slugsOf(dependantsOf(all, [bySlug(slug).id]))).toEqual(reached)
  })
})

describe('recomputeDerived', () => {
  test('a full recompute right after the seed writes nothing', () => {
    const r = db.transaction((tx) => recomputeDerived(tx))
    expect({ inserted: r.inserted, updated: r.updated, deleted: r.deleted }).toEqual({ inserted: 0, updated: 0, deleted: 0 })
  })

  test('after a change to USA GDP 2022, recomputing its dependants gives what a full recompute gives', () => {
    const gdp = bySlug('gdp-current-usd')
    const usa = findObservation(db, gdp.id, 'USA', '2022')
    if (!usa || usa.value === null) throw new Error('missing USA 2022')
    const corrected = usa.value + 1e12
    const namBefore = findObservation(db, gdp.id, 'NAM', '2022')?.value ?? NaN
    const r = db.transaction((tx) => {
      reviseObservation(tx, usa, { value: corrected, deleted: false, flags: flagsOf(usa), sourceNote: usa.sourceNote }, {
        action: 'update',
        actor: 'test',
        reason: 'test',
      })
      return recomputeDerived(tx, { actor: 'test', reason: 'recomputed' }, { indicatorIds: [gdp.id] })
    })
    expect(slugsOf(r.recomputed)).toEqual(slugsOf(dependantsOf(all, [gdp.id])))
    expect(findObservation(db, gdp.id, 'NAM', '2022')?.value).toBeCloseTo(namBefore + 1e12, 0)
    // NAM GDP 2022 moved, so did the NAM share of world GDP, the GDP-weighted means and the weighted growth of 2022/2023.
    expect(r.updated).toBeGreaterThanOrEqual(6)
    const full = db.transaction((tx) => recomputeDerived(tx))
    expect({ inserted: full.inserted, updated: full.updated, deleted: full.deleted }).toEqual({ inserted: 0, updated: 0, deleted: 0 })
  })

  test('removing a member value deletes the NAM aggregate of that year (as a revision), and restoring it brings it back', () => {
    const ind = bySlug('container-port-traffic')
    const mex = findObservation(db, ind.id, 'MEX', '2015')
    if (!mex) throw new Error('missing')
    const namOf = () =>
      db
        .select()
        .from(observations)
        .where(and(eq(observations.indicatorId, ind.id), eq(observations.countryCode, 'NAM'), eq(observations.period, '2015')))
        .get()
    const before = namOf()
    db.transaction((tx) => {
      reviseObservation(tx, mex, { value: null, deleted: true, flags: flagsOf(mex), sourceNote: mex.sourceNote }, { action: 'delete', actor: 't', reason: 't' })
      const r = recomputeDerived(tx, { actor: 't', reason: 'r' }, { indicatorIds: [ind.id] })
      expect(r.deleted).toBe(1)
    })
    expect(namOf()).toMatchObject({ deleted: true, value: null })
    const deleted = findObservation(db, ind.id, 'MEX', '2015')
    if (!deleted) throw new Error('missing')
    db.transaction((tx) => {
      reviseObservation(tx, deleted, { value: mex.value, deleted: false, flags: flagsOf(mex), sourceNote: mex.sourceNote }, { action: 'restore', actor: 't', reason: 't' })
      recomputeDerived(tx, { actor: 't', reason: 'r' }, { indicatorIds: [ind.id] })
    })
    expect(namOf()).toMatchObject({ deleted: false, value: before?.value })
  })
})
