/**
 * Domain vocabulary shared by every layer (db, api, web, progress engine).
 * No dependencies: only constants, types and the type guards that check a value against them.
 */
export const LOCALES = ['en', 'es', 'fr'] as const
export type Locale = (typeof LOCALES)[number]
export type Localized = Record<Locale, string>

export const COUNTRY_CODES = ['CAN', 'MEX', 'USA', 'NAM'] as const
export type CountryCode = (typeof COUNTRY_CODES)[number]
/** The three member countries (NAM is the region formed from them). */
export const MEMBER_CODES = ['CAN', 'MEX', 'USA'] as const
export type MemberCode = (typeof MEMBER_CODES)[number]
/** Every code that can hold rows (observations, countries): the assessed codes and WLD, the world reference. */
export const AREA_CODES = [...COUNTRY_CODES, 'WLD'] as const
export type AreaCode = (typeof AREA_CODES)[number]

/** What a row of `countries` is: a member country, the North America region or the world. */
export const COUNTRY_KINDS = ['country', 'region', 'world'] as const
export type CountryKind = (typeof COUNTRY_KINDS)[number]

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
export const DIRECTIONS = [1, -1] as const
export type Direction = (typeof DIRECTIONS)[number]

/** tracked: has targets; context: shown without a target; input: feeds derived values, not listed. */
export const INDICATOR_KINDS = ['tracked', 'context', 'input'] as const
export type IndicatorKind = (typeof INDICATOR_KINDS)[number]

/** How values are formatted: 'number', 'percent' (value already in %), 'currency' (US$), 'pp' (points). */
export const VALUE_FORMATS = ['number', 'percent', 'currency', 'pp'] as const
export type ValueFormat = (typeof VALUE_FORMATS)[number]

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

/** editor: observations and imports; admin: also targets and users. Reading needs no account. */
export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

/** Why an observation changed (one row of `revisions`). */
export const REVISION_ACTIONS = ['seed', 'create', 'update', 'delete', 'restore', 'derive', 'import'] as const
export type RevisionAction = (typeof REVISION_ACTIONS)[number]

/**
 * Where a data import stands: previewed (dry run stored, nothing changed), committed (its rows
 * applied), reverted (undone by new revisions), failed (kept for the record; never applied).
 */
export const IMPORT_STATUSES = ['previewed', 'committed', 'reverted', 'failed'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

/** The year all of the project's targets point to. */
export const TARGET_YEAR = 2050
/** Default assessment window in years (METHODOLOGY.md). */
export const DEFAULT_WINDOW_YEARS = 10
/** The short-term trend window in years. */
export const TREND_WINDOW_YEARS = 5

/** True when `value` is one of `list` (narrows a string read from outside to the list's union). */
export function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value)
}

/** CAN, MEX, USA or NAM. */
export function isCountryCode(value: unknown): value is CountryCode {
  return isOneOf(COUNTRY_CODES, value)
}

/** CAN, MEX, USA, NAM or WLD. */
export function isAreaCode(value: unknown): value is AreaCode {
  return isOneOf(AREA_CODES, value)
}
