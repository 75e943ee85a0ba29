import { TREND_WINDOW_YEARS, type Direction, type TrendDirection } from '@nap/domain'
import { paceBetween, type PaceMethod } from './rates.ts'
import { windowStart } from './series.ts'
import type { Trend, YearValue } from './types.ts'

/** |pace| at or below this reads "stable": 0.1 %/yr for CAGR, 0.1 % of |v_t| a year for linear. */
export const STABLE_TOLERANCE = 0.001

/**
 * The short-term trend: the pace from s5 (earliest observed year ≥ t − 5) to t.
 * 'pace' falls back to a difference when v_s5 or v_t ≤ 0. Null with fewer than 2 values in that span.
 */
export function computeTrend(
  series: readonly YearValue[],
  direction: Direction,
  method: PaceMethod,
): Trend | null {
  const latest = series.at(-1)
  if (latest === undefined) return null
  const start = windowStart(series, latest.year, TREND_WINDOW_YEARS)
  if (start === null || start.year >= latest.year) return null
  const used: PaceMethod =
    method === 'pace' && start.value > 0 && latest.value > 0 ? 'pace' : 'linear'
  const pace = paceBetween(used, latest.value, start.value, latest.year - start.year)
  if (!Number.isFinite(pace)) return null
  const tolerance = used === 'pace' ? STABLE_TOLERANCE : STABLE_TOLERANCE * Math.abs(latest.value)
  let trendDirection: TrendDirection = 'stable'
  if (Math.abs(pace) > tolerance) trendDirection = direction * pace > 0 ? 'improving' : 'worsening'
  return { direction: trendDirection, pace, fromYear: start.year, toYear: latest.year }
}
