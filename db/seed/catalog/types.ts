/**
 * The shapes of the catalog (../shared/CATALOG.md) before seeding. The seed turns them into rows;
 * `validate.ts` checks a catalog against the rules these types cannot express.
 */
import type {
  AnnualAggregation,
  AreaCode,
  CountryCode,
  CountryKind,
  Direction,
  Frequency,
  GoalId,
  IndicatorKind,
  Localized,
  Method,
  NamRule,
  TargetOrigin,
  ValueFormat,
} from '@nap/domain'

export interface CatalogCountry {
  code: AreaCode
  kind: CountryKind
  name: Localized
}

export interface CatalogGoal {
  id: GoalId
  slug: string
  name: Localized
  shortName: Localized
  description: Localized
}

export interface CatalogSource {
  id: string
  name: Localized
  publisher: string
  url: string
  licence: string
  attribution: Localized
}

/** A dated marker drawn on the charts (agreements, shocks). */
export interface CatalogEvent {
  slug: string
  date: string
  label: Localized
  description: Localized
}

export interface CatalogMilestone {
  year: number
  value: number
}

/**
 * A target row before seeding, for each of `countries`. Exactly one of:
 * `value` (a number for 2050), `factor` + `baselineYear` ("factor × the value of baselineYear",
 * computed by the seed from the data) or `bands` (threshold method: on track, must accelerate, off track).
 */
export interface CatalogTarget {
  countries: CountryCode[]
  value?: number
  factor?: number
  baselineYear?: number
  milestones?: CatalogMilestone[]
  bands?: [number, number, number]
  origin: TargetOrigin
  rationale: Localized
}

/** One published point given in the catalog itself (project figures). */
export interface CatalogPoint {
  country: CountryCode
  year: number
  value: number
  note: string
}

/** Where an indicator's observations come from. */
export type CatalogData =
  | { kind: 'file'; code: string } // rows of db/seed/data/observations.csv
  | { kind: 'given'; points: CatalogPoint[] }
  | { kind: 'share-of-world'; input: string } // NAM = Σ members ÷ WLD × 100, of input slug
  | { kind: 'growth-gap' } // NAM real-gdp-growth − WLD real-gdp-growth

/**
 * The range every value of an indicator can take, when its unit has one: a share or a rate is
 * 0–100, a count or a level is ≥ 0, a growth rate or a balance has none.
 */
export interface IndicatorBounds {
  min?: number
  max?: number
}

export interface CatalogIndicator extends IndicatorBounds {
  slug: string
  goal: GoalId
  kind: IndicatorKind
  name: Localized
  definition: Localized
  unit: Localized
  valueFormat: ValueFormat
  unitScale?: number
  decimals: number
  direction: Direction
  method: Method
  windowYears?: number
  /** Default 'annual' (every series of the seed is annual). */
  frequency?: Frequency
  /** How sub-annual values become an annual value; default 'mean'. */
  annualAggregation?: AnnualAggregation
  source: string
  sourceUrl: string
  namRule: NamRule
  /** The weight indicator of a weighted_mean or growth_weighted NAM rule. */
  namWeight?: string
  countries: CountryCode[]
  formula?: string
  data: CatalogData
  targets: CatalogTarget[]
}

/** Everything the seed writes, in one value (what `validateCatalog` checks). */
export interface Catalog {
  countries: CatalogCountry[]
  goals: CatalogGoal[]
  sources: CatalogSource[]
  indicators: CatalogIndicator[]
  events: CatalogEvent[]
}
