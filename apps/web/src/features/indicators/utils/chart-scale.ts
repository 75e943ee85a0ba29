/**
 * The geometry of the indicator chart, pure: linear scales, "nice" value ticks, year ticks, the SVG
 * path of a line that skips missing values, and the row nearest to a pointer. No DOM, no React.
 */
import type { ChartRow } from './to-chart-data.ts'

export interface LinearScale {
  (value: number): number
  domain: readonly [number, number]
  range: readonly [number, number]
}

/** Maps `domain` onto `range` linearly (a zero-width domain maps to the middle of the range). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0
  const scale = (value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))
  return Object.assign(scale, { domain, range })
}

const STEPS = [1, 2, 2.5, 5, 10]

/**
 * About `count` round ticks covering [min, max] (steps of 1, 2, 2.5 or 5 × 10ⁿ), the first at or
 * below min and the last at or above max: the value axis' domain and grid lines.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return []
  let lo = Math.min(min, max)
  let hi = Math.max(min, max)
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1
    lo -= pad
    hi += pad
  }
  const raw = (hi - lo) / Math.max(1, count - 1)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = (STEPS.find((s) => s * magnitude >= raw - 1e-12 * raw) ?? 10) * magnitude
  const first = Math.floor(lo / step + 1e-9)
  const last = Math.ceil(hi / step - 1e-9)
  const ticks: number[] = []
  for (let i = first; i <= last; i += 1) ticks.push(Number((i * step).toPrecision(12)))
  return ticks
}

/** Year ticks for a range of years: every 1, 2, 5, 10 or 20 years, on round years. */
export function yearTicks(from: number, to: number): number[] {
  const span = to - from
  const step = span > 60 ? 20 : span > 30 ? 10 : span > 12 ? 5 : span > 5 ? 2 : 1
  const ticks: number[] = []
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year)
  return ticks
}

/**
 * The SVG path ("M x,y L x,y …") of `key` over the rows that have a number for it, in row order:
 * a missing value is skipped and the line joins its neighbours. Null when fewer than two points.
 */
export function linePath(rows: readonly ChartRow[], key: string, x: (value: number) => number, y: (value: number) => number): string | null {
  let path = ''
  let points = 0
  for (const row of rows) {
    const value = row[key]
    if (typeof value !== 'number') continue
    path += `${points === 0 ? 'M' : 'L'}${x(row.x).toFixed(1)},${y(value).toFixed(1)}`
    points += 1
  }
  return points >= 2 ? path : null
}

/** The index of the row whose x is nearest to `x` (rows sorted by x), or -1 for no rows. */
export function nearestRow(rows: readonly ChartRow[], x: number): number {
  if (rows.length === 0) return -1
  let lo = 0
  let hi = rows.length - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if ((rows[mid]?.x ?? 0) <= x) lo = mid
    else hi = mid
  }
  const below = rows[lo]?.x ?? 0
  const above = rows[hi]?.x ?? 0
  return Math.abs(x - below) <= Math.abs(above - x) ? lo : hi
}
