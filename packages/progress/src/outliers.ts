/**
 * The outlier check at data entry (DHIS2 checks a min–max range; ours takes the range from the series
 * itself). A new or corrected value is an outlier when
 *
 * - its change from the previous period is more than OUTLIER_FACTOR × the series' median absolute
 *   period-to-period change, or
 * - its level is outside the historical range [min, max] widened by that much on both sides.
 *
 * The history is the other values of the same series (the period being entered is left out); the
 * period-to-period changes are those between consecutive values in period order (a gap counts as one
 * step). With fewer than MIN_OUTLIER_HISTORY values there is nothing to judge by. Pure: no I/O.
 */
import type { PeriodValue } from './to-annual.ts'

/** How many median changes a value may move before it is questioned. */
export const OUTLIER_FACTOR = 4
/** Values a series needs (besides the one entered) before it is used to judge a value. */
export const MIN_OUTLIER_HISTORY = 3

export type OutlierReason = 'change' | 'level'

export interface OutlierCheck {
  /** True when at least one reason applies. */
  outlier: boolean
  reasons: OutlierReason[]
  /** The value of the nearest earlier period in the history, if any. */
  previous: PeriodValue | null
  /** value − previous value (null without a previous period). */
  change: number | null
  /** Median absolute change between consecutive periods of the history. */
  medianChange: number
  /** OUTLIER_FACTOR × medianChange: the largest change accepted, and how far the range is widened. */
  limit: number
  historicalMin: number
  historicalMax: number
  /** historicalMin − limit and historicalMax + limit: the accepted levels. */
  allowedMin: number
  allowedMax: number
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2
}

/**
 * Judges `value` for `period` against the rest of its series (`history`; any point of `period` in it
 * is ignored). Periods of one frequency ('2024', '2024-Q1', '2024-03') sort as text. Returns null when
 * the history is too short to judge by.
 */
export function checkOutlier(history: readonly PeriodValue[], period: string, value: number): OutlierCheck | null {
  const others = history.filter((p) => p.period !== period && Number.isFinite(p.value)).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
  if (others.length < MIN_OUTLIER_HISTORY) return null
  const changes: number[] = []
  for (let i = 1; i < others.length; i++) changes.push(Math.abs((others[i]?.value ?? 0) - (others[i - 1]?.value ?? 0)))
  const medianChange = median(changes)
  const limit = OUTLIER_FACTOR * medianChange
  const values = others.map((p) => p.value)
  const historicalMin = Math.min(...values)
  const historicalMax = Math.max(...values)
  const allowedMin = historicalMin - limit
  const allowedMax = historicalMax + limit
  const previous = others.filter((p) => p.period < period).at(-1) ?? null
  const change = previous === null ? null : value - previous.value
  const reasons: OutlierReason[] = []
  if (change !== null && Math.abs(change) > limit) reasons.push('change')
  if (value < allowedMin || value > allowedMax) reasons.push('level')
  return {
    outlier: reasons.length > 0,
    reasons,
    previous: previous === null ? null : { period: previous.period, value: previous.value },
    change,
    medianChange,
    limit,
    historicalMin,
    historicalMax,
    allowedMin,
    allowedMax,
  }
}
