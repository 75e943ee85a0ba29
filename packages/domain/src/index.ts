/**
 * Domain vocabulary shared by every layer (db, api, web, progress engine).
 * No dependencies: only constants and types.
 */
export const LOCALES = ['en', 'es', 'fr'] as const
export type Locale = (typeof LOCALES)[number]
export type Localized = Record<Locale, string>

export const COUNTRY_CODES = ['CAN', 'MEX', 'USA', 'NAM'] as const
export type CountryCode = (typeof COUNTRY_CODES)[number]
/** The three member countries (NAM is the region formed from them). */
export const MEMBER_CODES = ['CAN', 'MEX', 'USA'] as const
export type MemberCode = (typeof MEMBER_CODES)[number]

export const GOAL_IDS = [1, 2, 3, 4] as const
export type GoalId = (typeof GOAL_IDS)[number]

export const STATUSES = [
  'achieved',
  'on_track',
  'moderate',
  'off_track',
  'regressing',
  'insufficient_data',
  'no_target',
] as const
export type Status = (typeof STATUSES)[number]

export const METHODS = ['pace', 'linear', 'threshold'] as const
export type Method = (typeof METHODS)[number]

/** +1: higher is better; -1: lower is better. */
export type Direction = 1 | -1

export const FREQUENCIES = ['annual', 'quarterly', 'monthly'] as const
export type Frequency = (typeof FREQUENCIES)[number]

/** How sub-annual values are turned into an annual value. */
export const ANNUAL_AGGREGATIONS = ['mean', 'sum'] as const
export type AnnualAggregation = (typeof ANNUAL_AGGREGATIONS)[number]

/** How the North America (NAM) value of an indicator is formed. */
export const NAM_RULES = ['sum', 'weighted_mean', 'given', 'derived', 'none', 'growth_weighted'] as const
export type NamRule = (typeof NAM_RULES)[number]

export const TARGET_ORIGINS = ['NAP', 'MCV', 'proposed'] as const
export type TargetOrigin = (typeof TARGET_ORIGINS)[number]

export const TREND_DIRECTIONS = ['improving', 'stable', 'worsening'] as const
export type TrendDirection = (typeof TREND_DIRECTIONS)[number]

export const ROLES = ['admin', 'analyst'] as const
export type Role = (typeof ROLES)[number]

/** The year all of the project's targets point to. */
export const TARGET_YEAR = 2050
/** Default assessment window in years (METHODOLOGY.md). */
export const DEFAULT_WINDOW_YEARS = 10
/** The short-term trend window in years. */
export const TREND_WINDOW_YEARS = 5
