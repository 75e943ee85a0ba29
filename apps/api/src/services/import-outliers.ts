/**
 * Outlier warnings of an import (the observation editor's rule, packages/progress `checkOutlier`):
 * each new or changed value is checked against its series as the import would leave it, without the
 * value itself. A warning, listed per row in the dry run; never a refusal. Pure.
 */
import { checkOutlier, type OutlierCheck, type PeriodValue } from '@nap/progress'

export interface OutlierCandidate {
  seq: number
  indicatorId: number
  country: string
  period: string
  value: number
}

/** The numbers of an outlier check (without the boolean: only outliers are kept). */
export type OutlierWarning = Omit<OutlierCheck, 'outlier'>

const seriesKey = (indicatorId: number, country: string) => `${indicatorId}|${country}`

/**
 * The warnings by row (seq), for the candidates that look like outliers. `live` gives each series'
 * current live values (period → value).
 */
export function findOutliers(candidates: readonly OutlierCandidate[], live: (indicatorId: number, country: string) => ReadonlyMap<string, number>): Map<number, OutlierWarning> {
  const bySeries = new Map<string, OutlierCandidate[]>()
  for (const c of candidates) {
    const key = seriesKey(c.indicatorId, c.country)
    const list = bySeries.get(key)
    if (list === undefined) bySeries.set(key, [c])
    else list.push(c)
  }
  const out = new Map<number, OutlierWarning>()
  for (const cells of bySeries.values()) {
    const first = cells[0]
    if (first === undefined) continue
    // The series after the import.
    const after = new Map(live(first.indicatorId, first.country))
    for (const c of cells) after.set(c.period, c.value)
    const history: PeriodValue[] = [...after].map(([period, value]) => ({ period, value }))
    for (const c of cells) {
      // checkOutlier leaves the checked period out of the history itself.
      const check = checkOutlier(history, c.period, c.value)
      if (check?.outlier) {
        const { outlier: _, ...numbers } = check
        out.set(c.seq, numbers)
      }
    }
  }
  return out
}
