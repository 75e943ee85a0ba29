import type { PaceMethod } from './rates.ts'
import type { YearValue } from './types.ts'

/** Where the required path starts (b, v_b) and ends (Y, T). */
export interface PathEnds {
  baseYear: number
  baseValue: number
  targetYear: number
  targetValue: number
}

/**
 * path(y): geometric for 'pace', v_b·(T/v_b)^((y−b)/(Y−b)); straight for 'linear',
 * v_b + (T−v_b)·(y−b)/(Y−b). Null outside [b, Y] or when b ≥ Y (no path to draw).
 */
export function pathValue(method: PaceMethod, ends: PathEnds, year: number): number | null {
  const { baseYear, baseValue, targetYear, targetValue } = ends
  if (baseYear >= targetYear || year < baseYear || year > targetYear) return null
  const share = (year - baseYear) / (targetYear - baseYear)
  const value =
    method === 'pace'
      ? baseValue * Math.pow(targetValue / baseValue, share)
      : baseValue + (targetValue - baseValue) * share
  return Number.isFinite(value) ? value : null
}

/** The required path, one value per integer year from b to Y inclusive (empty when b ≥ Y). */
export function requiredPath(method: PaceMethod, ends: PathEnds): YearValue[] {
  const path: YearValue[] = []
  for (let year = Math.ceil(ends.baseYear); year <= ends.targetYear; year += 1) {
    const value = pathValue(method, ends, year)
    if (value !== null) path.push({ year, value })
  }
  return path
}
