/**
 * The indicator catalog (../shared/CATALOG.md) as data: countries, goals, sources, the indicators of
 * each goal with their targets (goal-N-*.ts), and chart events. Names, definitions, units and
 * rationales in EN/ES/FR. The seed validates it (validate.ts), then turns it into rows; targets given
 * as "factor × value of a year" are computed then.
 */
import { boundsBySlug } from './bounds.ts'
import { COUNTRIES } from './countries.ts'
import { EVENTS } from './events.ts'
import { GOAL_1_INDICATORS, GOAL_1_INPUTS } from './goal-1-shared-prosperity.ts'
import { GOAL_2_INDICATORS } from './goal-2-economic-growth.ts'
import { GOAL_3_INDICATORS, GOAL_3_INPUTS } from './goal-3-trade.ts'
import { GOAL_4_INDICATORS } from './goal-4-investment.ts'
import { GOALS } from './goals.ts'
import { SOURCES } from './sources.ts'
import type { Catalog, CatalogIndicator, IndicatorBounds } from './types.ts'

export { COUNTRIES, EVENTS, GOALS, SOURCES }
export type {
  Catalog,
  CatalogCountry,
  CatalogData,
  CatalogEvent,
  CatalogGoal,
  CatalogIndicator,
  CatalogMilestone,
  CatalogPoint,
  CatalogSource,
  CatalogTarget,
  IndicatorBounds,
} from './types.ts'
export { boundsProblem, isWithinBounds } from './bounds.ts'
export { catalogIssues, validateCatalog } from './validate.ts'

/**
 * Every indicator in seeding order, which is their `sort_order` and id: the goals' indicators
 * goal by goal, then the input series (not listed) that weights and world shares are formed from.
 */
export const INDICATORS: CatalogIndicator[] = [
  ...GOAL_1_INDICATORS,
  ...GOAL_2_INDICATORS,
  ...GOAL_3_INDICATORS,
  ...GOAL_4_INDICATORS,
  ...GOAL_1_INPUTS,
  ...GOAL_3_INPUTS,
]

/** The declared min/max of every indicator by slug ({} when its unit has none). */
export const INDICATOR_BOUNDS: Record<string, IndicatorBounds> = boundsBySlug(INDICATORS)

/** The whole catalog in one value: what the seed validates and writes. */
export const CATALOG: Catalog = { countries: COUNTRIES, goals: GOALS, sources: SOURCES, indicators: INDICATORS, events: EVENTS }
