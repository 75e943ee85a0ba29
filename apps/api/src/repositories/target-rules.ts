/**
 * What makes a target acceptable for an indicator and country (pure; the clock's year is passed in).
 * Each problem names the field of the request body (or `slug` / `country` for the path).
 */
import type { Method, IndicatorKind, AreaCode } from '@nap/domain'
import type { TargetUpdateBody } from '@nap/schemas'

export interface TargetRulesIndicator {
  kind: IndicatorKind
  method: Method
  countries: readonly AreaCode[]
  minValue: number | null
  maxValue: number | null
}

export interface FieldProblem {
  field: string
  message: string
}

const MAX_TARGET_YEAR = 2100

function boundsProblem(value: number, ind: TargetRulesIndicator): string | null {
  if (ind.minValue !== null && value < ind.minValue) return `must be at least ${String(ind.minValue)} (the indicator's lower bound)`
  if (ind.maxValue !== null && value > ind.maxValue) return `must be at most ${String(ind.maxValue)} (the indicator's upper bound)`
  return null
}

/** Every problem of `body` as the target of `ind` in `country`, in field order; empty when it is valid. */
export function targetProblems(
  body: Omit<TargetUpdateBody, 'reason' | 'version' | 'origin' | 'rationale'>,
  ind: TargetRulesIndicator,
  country: AreaCode,
  currentYear: number,
  /** Whether the target being replaced has bands (a threshold body may then leave them out). */
  currentHasBands: boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = []
  const add = (field: string, message: string) => problems.push({ field, message })
  if (ind.kind !== 'tracked') {
    add('slug', `a${ind.kind === 'input' ? 'n input' : ' context'} indicator has no targets (only tracked indicators do)`)
    return problems
  }
  if (country === 'WLD' || !ind.countries.includes(country)) {
    add('country', `the indicator is not reported for ${country} (it is for ${ind.countries.join(', ')})`)
    return problems
  }
  const threshold = ind.method === 'threshold'

  if (threshold) {
    if (body.value !== null) add('value', 'must be null: a threshold indicator is judged by its bands, not a target value')
  } else if (body.value === null) {
    add('value', `must be a number (a ${ind.method} indicator needs a target value)`)
  } else if (!Number.isFinite(body.value)) {
    add('value', 'must be a finite number')
  } else {
    const out = boundsProblem(body.value, ind)
    if (out) add('value', out)
  }

  if (body.year < currentYear) add('year', `must be ${String(currentYear)} or later (a target lies ahead)`)
  else if (body.year > MAX_TARGET_YEAR) add('year', `must be ${String(MAX_TARGET_YEAR)} or earlier`)

  if (body.baselineYear === null) {
    if (!threshold) add('baselineYear', `must be a year (a ${ind.method} indicator's required path starts there)`)
  } else if (body.baselineYear < 1900) add('baselineYear', 'must be 1900 or later')
  else if (body.baselineYear > currentYear) add('baselineYear', `must be ${String(currentYear)} or earlier (a baseline is observed)`)
  else if (body.baselineYear >= body.year) add('baselineYear', 'must be before the target year')

  const seen = new Set<number>()
  body.milestones.forEach((m, i) => {
    const lower = body.baselineYear
    if (lower !== null ? m.year <= lower || m.year >= body.year : m.year >= body.year) {
      const between = lower !== null ? `strictly between the baseline year ${String(lower)} and` : 'before'
      add(`milestones.${String(i)}.year`, `must be ${between} the target year ${String(body.year)}`)
    } else if (seen.has(m.year)) {
      add(`milestones.${String(i)}.year`, `${String(m.year)} appears twice`)
    }
    seen.add(m.year)
    if (!Number.isFinite(m.value)) add(`milestones.${String(i)}.value`, 'must be a finite number')
    else {
      const out = boundsProblem(m.value, ind)
      if (out) add(`milestones.${String(i)}.value`, out)
    }
  })

  if (body.bands !== undefined && body.bands !== null) {
    const [a, b, c] = body.bands
    if (!threshold) add('bands', `must be absent or null: only threshold indicators have bands (this one is ${ind.method})`)
    else if (!(a > b && b > c)) add('bands', 'must be decreasing: on track ≥ a > moderate ≥ b > off track ≥ c')
    else {
      const out = body.bands.map((v) => boundsProblem(v, ind)).find((p) => p !== null)
      if (out) add('bands', out)
    }
  } else if (threshold && (body.bands === null || !currentHasBands)) {
    add('bands', 'must be three band edges [a, b, c]: a threshold indicator is judged by them')
  }
  return problems
}
