import type { Method } from '@nap/domain'

/** The two methods that measure a pace: a growth rate ('pace') or a difference ('linear'). */
export type PaceMethod = Extract<Method, 'pace' | 'linear'>

/** CAGR(x1, x0, n) = (x1 / x0)^(1/n) − 1. Throws RangeError when undefined (x0 ≤ 0, x1 < 0, n ≤ 0). */
export function cagr(x1: number, x0: number, years: number): number {
  if (!Number.isFinite(x1) || !Number.isFinite(x0) || !Number.isFinite(years)) {
    throw new RangeError(`cagr: non-finite argument (x1=${x1}, x0=${x0}, years=${years})`)
  }
  if (x0 <= 0 || x1 < 0) throw new RangeError(`cagr: needs x0 > 0 and x1 ≥ 0 (x1=${x1}, x0=${x0})`)
  if (years <= 0) throw new RangeError(`cagr: needs years > 0 (years=${years})`)
  return Math.pow(x1 / x0, 1 / years) - 1
}

/** Pace from `from` to `to` over `years`: CAGR for 'pace', difference per year for 'linear'. */
export function paceBetween(method: PaceMethod, to: number, from: number, years: number): number {
  if (method === 'pace') return cagr(to, from, years)
  if (years <= 0) throw new RangeError(`paceBetween: needs years > 0 (years=${years})`)
  return (to - from) / years
}

/** The value reached after `years` at `pace` starting from `value`. */
export function project(method: PaceMethod, value: number, pace: number, years: number): number {
  return method === 'pace' ? value * Math.pow(1 + pace, years) : value + pace * years
}

/**
 * Years needed to go from `value` to `target` at `pace`; null when the pace never gets there
 * (zero pace, or moving away from the target).
 */
export function yearsToReach(
  method: PaceMethod,
  value: number,
  target: number,
  pace: number,
): number | null {
  const years =
    method === 'pace' ? Math.log(target / value) / Math.log(1 + pace) : (target - value) / pace
  return Number.isFinite(years) && years >= 0 ? years : null
}
