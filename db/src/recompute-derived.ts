/**
 * Recomputes the North America (NAM) aggregates and derived indicators from the current
 * observations, writing only what changed (each change is a revision). Called by the seed and, in the
 * same transaction, after any change to an input observation. With `indicatorIds` it recomputes only
 * the indicators whose values depend on those (directly or through another derived value).
 */
import { and, eq } from 'drizzle-orm'
import type { AreaCode } from '@nap/domain'
import {
  difference,
  growthWeightedOfMembers,
  shareOfWorld,
  sumOfMembers,
  weightedMeanOfMembers,
  type CountrySeries,
  type YearMap,
} from './derive.ts'
import { insertObservation, reviseObservation, flagsOf, type Attribution, type Tx, type WriteTx } from './observations-store.ts'
import { indicators, observations } from './schema.ts'

export type IndicatorRow = typeof indicators.$inferSelect

export interface DerivedFormula {
  kind: 'share-of-world' | 'growth-gap'
  /** The input indicator's slug. */
  input: string
}

/** Reads `indicators.derivation`: 'share-of-world:<input slug>' or 'growth-gap:<growth slug>'. */
export function parseDerivation(derivation: string | null): DerivedFormula | null {
  const m = /^(share-of-world|growth-gap):([a-z0-9-]+)$/.exec(derivation ?? '')
  if (!m || !m[2]) return null
  return { kind: m[1] === 'growth-gap' ? 'growth-gap' : 'share-of-world', input: m[2] }
}

const MEMBERS = ['CAN', 'MEX', 'USA'] as const

/** NAM rules whose NAM value is computed from the members (in this order: weights before derivations). */
const ORDER: Record<string, number> = { sum: 0, weighted_mean: 1, growth_weighted: 2, derived: 3 }

/** True when the indicator's NAM value is computed by this module (never typed in). */
export function hasComputedNam(ind: IndicatorRow): boolean {
  return ind.namRule in ORDER && ind.countries.includes('NAM')
}

/**
 * True when the point of `country` is computed from other series: the NAM aggregate by rule, and
 * every value of a derived indicator (shares of the world, growth gaps).
 */
export function isComputedPoint(ind: IndicatorRow, country: AreaCode): boolean {
  if (ind.namRule === 'derived') return true
  return country === 'NAM' && hasComputedNam(ind)
}

/** The slugs of the series a computed indicator is formed from (itself for aggregates by rule). */
export function inputsOf(ind: IndicatorRow): string[] {
  switch (ind.namRule) {
    case 'sum':
      return [ind.slug]
    case 'weighted_mean':
    case 'growth_weighted':
      return ind.namWeightSlug ? [ind.slug, ind.namWeightSlug] : [ind.slug]
    case 'derived': {
      const f = parseDerivation(ind.derivation)
      return f ? [f.input] : []
    }
    default:
      return []
  }
}

/**
 * The indicators whose values can change when those of `changed` do: the changed ones and, until
 * nothing is added, every computed indicator with an input among them.
 */
export function dependantsOf(all: readonly IndicatorRow[], changed: Iterable<number>): Set<number> {
  const out = new Set(changed)
  const slugs = new Set(all.filter((i) => out.has(i.id)).map((i) => i.slug))
  for (let grew = true; grew; ) {
    grew = false
    for (const ind of all) {
      if (out.has(ind.id) || !hasComputedNam(ind)) continue
      if (inputsOf(ind).some((s) => slugs.has(s))) {
        out.add(ind.id)
        slugs.add(ind.slug)
        grew = true
      }
    }
  }
  return out
}

function membersOf(ind: IndicatorRow): string[] {
  const list = ind.countries.filter((c) => c !== 'NAM' && c !== 'WLD')
  return list.length > 0 ? list : [...MEMBERS]
}

function loadSeries(tx: Tx, indicatorId: number): CountrySeries {
  const rows = tx
    .select({ country: observations.countryCode, year: observations.year, value: observations.value })
    .from(observations)
    .where(and(eq(observations.indicatorId, indicatorId), eq(observations.deleted, false)))
    .all()
  const out: CountrySeries = new Map()
  for (const r of rows) {
    if (r.value === null) continue
    let m = out.get(r.country)
    if (!m) out.set(r.country, (m = new Map()))
    m.set(r.year, r.value)
  }
  return out
}

function computeNam(series: (indicatorId: number) => CountrySeries, ind: IndicatorRow, bySlug: Map<string, IndicatorRow>): YearMap | null {
  const weightOf = (): CountrySeries => {
    const w = ind.namWeightSlug ? bySlug.get(ind.namWeightSlug) : undefined
    if (!w) throw new Error(`indicator ${ind.slug}: weight "${ind.namWeightSlug ?? ''}" not found`)
    return series(w.id)
  }
  switch (ind.namRule) {
    case 'sum':
      return sumOfMembers(series(ind.id), membersOf(ind))
    case 'weighted_mean':
      return weightedMeanOfMembers(series(ind.id), weightOf(), membersOf(ind))
    case 'growth_weighted':
      return growthWeightedOfMembers(series(ind.id), weightOf(), membersOf(ind))
    case 'derived': {
      const f = parseDerivation(ind.derivation)
      const input = f ? bySlug.get(f.input) : undefined
      if (!f || !input) throw new Error(`indicator ${ind.slug}: bad derivation "${ind.derivation ?? ''}"`)
      const s = series(input.id)
      if (f.kind === 'share-of-world') return shareOfWorld(s, MEMBERS)
      return difference(s.get('NAM') ?? new Map(), s.get('WLD') ?? new Map())
    }
    default:
      return null
  }
}

export interface RecomputeResult {
  inserted: number
  updated: number
  deleted: number
  /** Ids of the indicators recomputed. */
  recomputed: number[]
  /** The revisions written (ids), in order. */
  revisionIds: number[]
}

export interface RecomputeOptions {
  /** Only the indicators that depend on these (the inputs that changed); default: every one. */
  indicatorIds?: readonly number[]
}

export function recomputeDerived(
  tx: WriteTx,
  by: Omit<Attribution, 'action'> = { actor: 'system', reason: 'recomputed from inputs' },
  options: RecomputeOptions = {},
): RecomputeResult {
  const all = tx.select().from(indicators).all()
  const bySlug = new Map(all.map((i) => [i.slug, i]))
  const scope = options.indicatorIds ? dependantsOf(all, options.indicatorIds) : null
  const result: RecomputeResult = { inserted: 0, updated: 0, deleted: 0, recomputed: [], revisionIds: [] }
  const at = by.at ?? new Date().toISOString()
  const attribution: Attribution = { ...by, action: 'derive', at }
  const cache = new Map<number, CountrySeries>()
  const series = (id: number): CountrySeries => {
    let s = cache.get(id)
    if (!s) cache.set(id, (s = loadSeries(tx, id)))
    return s
  }
  const computed = all
    .filter((i) => hasComputedNam(i) && (scope === null || scope.has(i.id)))
    .sort((a, b) => (ORDER[a.namRule] ?? 0) - (ORDER[b.namRule] ?? 0) || a.id - b.id)
  for (const ind of computed) {
    const values = computeNam(series, ind, bySlug)
    if (!values) continue
    result.recomputed.push(ind.id)
    const note = `Computed by the Goal Monitor: ${describeRule(ind)}`
    const existing = new Map(
      tx
        .select()
        .from(observations)
        .where(and(eq(observations.indicatorId, ind.id), eq(observations.countryCode, 'NAM')))
        .all()
        .map((o) => [o.period, o]),
    )
    let wrote = false
    for (const [year, value] of [...values].sort((a, b) => a[0] - b[0])) {
      const period = String(year)
      const row = existing.get(period)
      if (!row) {
        const r = insertObservation(tx, { indicatorId: ind.id, countryCode: 'NAM', period, value, derived: true, sourceNote: note }, attribution)
        result.revisionIds.push(r.revisionId)
        result.inserted++
        wrote = true
      } else if (row.deleted || row.value !== value || row.sourceNote !== note) {
        const r = reviseObservation(tx, row, { value, deleted: false, flags: flagsOf(row), sourceNote: note }, attribution)
        result.revisionIds.push(r.revisionId)
        result.updated++
        wrote = true
      }
    }
    for (const row of existing.values()) {
      if (!row.derived || row.deleted || values.has(row.year)) continue
      const r = reviseObservation(
        tx,
        row,
        { value: null, deleted: true, flags: flagsOf(row), sourceNote: row.sourceNote },
        { ...attribution, reason: `${by.reason}: an input value is missing` },
      )
      result.revisionIds.push(r.revisionId)
      result.deleted++
      wrote = true
    }
    if (wrote) cache.delete(ind.id)
  }
  return result
}

function describeRule(ind: IndicatorRow): string {
  const members = membersOf(ind).join(', ')
  switch (ind.namRule) {
    case 'sum':
      return `sum of ${members}`
    case 'weighted_mean':
      return `mean of ${members} weighted by ${ind.namWeightSlug ?? ''}`
    case 'growth_weighted':
      return `growth of ${members} weighted by the previous year's ${ind.namWeightSlug ?? ''}`
    default:
      return ind.formula ?? 'derived'
  }
}
