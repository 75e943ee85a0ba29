/** The declared range of an indicator's values (min/max of the catalog), as pure functions. */
import type { CatalogIndicator, IndicatorBounds } from './types.ts'

/** Why `value` lies outside `bounds` ("120 is above max 100"), or null when it is inside. */
export function boundsProblem(value: number, bounds: IndicatorBounds): string | null {
  if (bounds.min !== undefined && value < bounds.min) return `${String(value)} is below min ${String(bounds.min)}`
  if (bounds.max !== undefined && value > bounds.max) return `${String(value)} is above max ${String(bounds.max)}`
  return null
}

/** True when `value` is within the declared bounds (an indicator without bounds accepts any value). */
export function isWithinBounds(value: number, bounds: IndicatorBounds): boolean {
  return boundsProblem(value, bounds) === null
}

/** Each indicator's declared bounds by slug; `{}` for one whose unit has none (a growth rate, a balance). */
export function boundsBySlug(indicators: readonly CatalogIndicator[]): Record<string, IndicatorBounds> {
  return Object.fromEntries(
    indicators.map((ind) => [
      ind.slug,
      { ...(ind.min === undefined ? {} : { min: ind.min }), ...(ind.max === undefined ? {} : { max: ind.max }) },
    ]),
  )
}
