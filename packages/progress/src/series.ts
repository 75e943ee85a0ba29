import type { YearValue } from './types.ts'

/**
 * Annual values usable for an assessment: integer years ≤ lastYear with finite values, sorted by year.
 * When a year appears more than once the later entry in the input wins.
 */
export function prepareSeries(series: readonly YearValue[], lastYear: number): YearValue[] {
  const byYear = new Map<number, number>()
  for (const point of series) {
    if (!Number.isInteger(point.year) || !Number.isFinite(point.value)) continue
    if (point.year > lastYear) continue
    byYear.set(point.year, point.value)
  }
  return [...byYear.entries()]
    .map(([year, value]) => ({ year, value }))
    .sort((a, b) => a.year - b.year)
}

/** s: the earliest observation whose year is ≥ t − W (series sorted by year). */
export function windowStart(
  series: readonly YearValue[],
  latestYear: number,
  windowYears: number,
): YearValue | null {
  return series.find((point) => point.year >= latestYear - windowYears) ?? null
}

/** The observed value in `year`, or null. */
export function valueInYear(series: readonly YearValue[], year: number): number | null {
  return series.find((point) => point.year === year)?.value ?? null
}

/** The observation in `year`, or else the nearest observed year (ties → the earlier year). */
export function nearestObservation(series: readonly YearValue[], year: number): YearValue | null {
  let best: YearValue | null = null
  for (const point of series) {
    // Sorted ascending, so on a tie the earlier year is already kept (strict <).
    if (best === null || Math.abs(point.year - year) < Math.abs(best.year - year)) best = point
  }
  return best
}

/** Observations with year strictly after `year` (series sorted by year). */
export function valuesAfter(series: readonly YearValue[], year: number): YearValue[] {
  return series.filter((point) => point.year > year)
}
