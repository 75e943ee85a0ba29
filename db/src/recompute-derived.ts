/**
 * Recomputes every North America (NAM) aggregate and derived indicator from the current
 * observations, writing only what changed (each change is a revision). Called by the seed and,
 * in the same transaction, after any change to an input observation.
 */
import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from './client.ts'
import {
  difference,
  growthWeightedOfMembers,
  shareOfWorld,
  sumOfMembers,
  weightedMeanOfMembers,
  type CountrySeries,
  type YearMap,
} from './derive.ts'
import { deleteObservation, upsertObservation, type Attribution } from './observations-store.ts'
import { indicators, observations } from './schema.ts'

type Tx = Pick<Db, 'select' | 'insert' | 'update'>
type IndicatorRow = typeof indicators.$inferSelect

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

function membersOf(ind: IndicatorRow): string[] {
  const list = ind.countries.filter((c) => c !== 'NAM' && c !== 'WLD')
  return list.length > 0 ? list : ['CAN', 'MEX', 'USA']
}

function computeNam(tx: Tx, ind: IndicatorRow, bySlug: Map<string, IndicatorRow>): YearMap | null {
  const weightOf = (): CountrySeries => {
    const w = ind.namWeightSlug ? bySlug.get(ind.namWeightSlug) : undefined
    if (!w) throw new Error(`indicator ${ind.slug}: weight "${ind.namWeightSlug ?? ''}" not found`)
    return loadSeries(tx, w.id)
  }
  switch (ind.namRule) {
    case 'sum':
      return sumOfMembers(loadSeries(tx, ind.id), membersOf(ind))
    case 'weighted_mean':
      return weightedMeanOfMembers(loadSeries(tx, ind.id), weightOf(), membersOf(ind))
    case 'growth_weighted':
      return growthWeightedOfMembers(loadSeries(tx, ind.id), weightOf(), membersOf(ind))
    case 'derived': {
      const f = parseDerivation(ind.derivation)
      const input = f ? bySlug.get(f.input) : undefined
      if (!f || !input) throw new Error(`indicator ${ind.slug}: bad derivation "${ind.derivation ?? ''}"`)
      const s = loadSeries(tx, input.id)
      if (f.kind === 'share-of-world') return shareOfWorld(s, ['CAN', 'MEX', 'USA'])
      return difference(s.get('NAM') ?? new Map(), s.get('WLD') ?? new Map())
    }
    default:
      return null
  }
}

const ORDER: Record<string, number> = { sum: 0, weighted_mean: 1, growth_weighted: 2, derived: 3 }

export interface RecomputeResult {
  inserted: number
  updated: number
  deleted: number
}

export function recomputeDerived(tx: Tx, by: Omit<Attribution, 'action'> = { actor: 'system', reason: 'recomputed from inputs' }): RecomputeResult {
  const all = tx.select().from(indicators).all()
  const bySlug = new Map(all.map((i) => [i.slug, i]))
  const result: RecomputeResult = { inserted: 0, updated: 0, deleted: 0 }
  const targets = all
    .filter((i) => i.namRule in ORDER && i.countries.includes('NAM'))
    .sort((a, b) => (ORDER[a.namRule] ?? 0) - (ORDER[b.namRule] ?? 0))
  for (const ind of targets) {
    const values = computeNam(tx, ind, bySlug)
    if (!values) continue
    const note = `Computed by the Goal Monitor: ${describeRule(ind)}`
    for (const [year, value] of values) {
      const r = upsertObservation(
        tx,
        { indicatorId: ind.id, countryCode: 'NAM', period: String(year), value, derived: true, sourceNote: note },
        { ...by, action: 'derive' },
      )
      if (r === 'inserted') result.inserted++
      if (r === 'updated') result.updated++
    }
    const stale = tx
      .select({ id: observations.id, year: observations.year })
      .from(observations)
      .where(
        and(
          eq(observations.indicatorId, ind.id),
          inArray(observations.countryCode, ['NAM']),
          eq(observations.derived, true),
          eq(observations.deleted, false),
        ),
      )
      .all()
      .filter((o) => !values.has(o.year))
    for (const o of stale) {
      deleteObservation(tx, o.id, { ...by, action: 'derive', reason: `${by.reason}: an input value is missing` })
      result.deleted++
    }
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
