/**
 * The shapes the catalog repeats, written once: source links, country lists, units, and the target
 * blocks ("1.25 × the 2023 value", one value a country with a shared rationale, a project goal with
 * its 2040 milestone).
 */
import { isCountryCode, type CountryCode, type Localized, type TargetOrigin } from '@nap/domain'
import type { CatalogData, CatalogIndicator, CatalogPoint, CatalogTarget } from './types.ts'

// ── Links ────────────────────────────────────────────────────────────────────────────────
/** The World Bank's page of a WDI series, e.g. wdiUrl('SP.POP.TOTL'). */
export function wdiUrl(code: string): string {
  return `https://data.worldbank.org/indicator/${code}`
}
export const NAP_URL = 'https://thenorthamericanproject.com'
export const CSIS_URL = 'https://www.csis.org/analysis/cost-leaving-canada-behind'

// ── Country lists ────────────────────────────────────────────────────────────────────────
/** The three member countries. */
export const MEMBERS: CountryCode[] = ['CAN', 'MEX', 'USA']
/** The members and North America. */
export const ALL: CountryCode[] = ['CAN', 'MEX', 'USA', 'NAM']
/** North America only (project figures, derived shares). */
export const NAM_ONLY: CountryCode[] = ['NAM']

// ── Units used by more than one indicator ────────────────────────────────────────────────
export const PERCENT_OF_GDP: Localized = { en: '% of GDP', es: '% del PIB', fr: '% du PIB' }
export const CURRENT_USD: Localized = { en: 'current US$', es: 'dólares corrientes', fr: 'dollars courants' }
export const BILLION_USD: Localized = { en: 'billion US$', es: 'miles de millones de dólares', fr: 'milliards de dollars US' }
export const PERSONS: Localized = { en: 'persons', es: 'personas', fr: 'personnes' }

// ── Where the data comes from ────────────────────────────────────────────────────────────
type Origin = Pick<CatalogIndicator, 'source' | 'sourceUrl' | 'data'>

/** A WDI series read from observations.csv: the source, its link and the file code in one. */
export function wdiSeries(code: string): Origin {
  return { source: 'wdi', sourceUrl: wdiUrl(code), data: { kind: 'file', code } }
}

/** Figures published by The North American Project, given in the catalog. */
export function napFigures(points: CatalogPoint[]): Origin {
  return { source: 'nap', sourceUrl: NAP_URL, data: { kind: 'given', points } }
}

/** A North America figure of the project's Goals document, e.g. napGoalsFigure(2023, 55). */
export function napGoalsFigure(year: number, value: number): CatalogPoint {
  return { country: 'NAM', year, value, note: `The North American Project, Goals (${String(year)} figure)` }
}

/** Computed by this project from the WDI series `inputCode` (see db/src/derive.ts). */
export function derivedFromWdi(inputCode: string, data: CatalogData): Origin {
  return { source: 'derived', sourceUrl: wdiUrl(inputCode), data }
}

// ── Targets ──────────────────────────────────────────────────────────────────────────────
interface Why {
  origin: TargetOrigin
  rationale: Localized
}
interface FromBaseline extends Why {
  baselineYear: number
}

/**
 * "factor × the value of baselineYear" for each of `countries`, computed by the seed from the data:
 * timesBaseline(1.25, 2023, ALL, …) is "1.25 × 2023 value".
 */
export function timesBaseline(factor: number, baselineYear: number, countries: CountryCode[], why: Why): CatalogTarget {
  return { countries, factor, baselineYear, origin: why.origin, rationale: why.rationale }
}

/** One target a country, in the order the entries are written (that order is the order of the rows). */
function byCountry<T>(perCountry: Partial<Record<CountryCode, T>>, make: (v: T, country: CountryCode) => CatalogTarget): CatalogTarget[] {
  const out: CatalogTarget[] = []
  for (const [code, v] of Object.entries(perCountry)) {
    if (isCountryCode(code) && v !== undefined) out.push(make(v, code))
  }
  return out
}

/** A 2050 value per country with one baseline year, origin and rationale: valuesByCountry({ CAN: 5, MEX: 3 }, …). */
export function valuesByCountry(values: Partial<Record<CountryCode, number>>, shared: FromBaseline): CatalogTarget[] {
  return byCountry(values, (value, c) => ({ countries: [c], value, baselineYear: shared.baselineYear, origin: shared.origin, rationale: shared.rationale }))
}

/** "factor × the baseline-year value" with a factor per country: factorsByCountry({ CAN: 1.4, MEX: 1.6 }, …). */
export function factorsByCountry(factors: Partial<Record<CountryCode, number>>, shared: FromBaseline): CatalogTarget[] {
  return byCountry(factors, (factor, c) => timesBaseline(factor, shared.baselineYear, [c], shared))
}

/** Threshold bands (on track, must accelerate, off track) per country: bandsByCountry({ MEX: [3, 2, 1] }, …). */
export function bandsByCountry(bands: Partial<Record<CountryCode, [number, number, number]>>, why: Why): CatalogTarget[] {
  return byCountry(bands, (b, c) => ({ countries: [c], bands: b, origin: why.origin, rationale: why.rationale }))
}

/**
 * A goal of The North American Project for North America: `value` in 2050 and `in2040` in 2040,
 * measured from the figure of `baselineYear`.
 */
export function napGoal(value: number, in2040: number, baselineYear: number, rationale: Localized): CatalogTarget {
  return { countries: NAM_ONLY, value, baselineYear, milestones: [{ year: 2040, value: in2040 }], origin: 'NAP', rationale }
}
