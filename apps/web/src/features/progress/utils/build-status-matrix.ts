/**
 * Shapes the /api/progress roll-ups into the overview matrix: one row per goal, one cell per
 * displayed country, plus the overall row. Pure; no formatting.
 */
import type { CountryCode, Status } from '@nap/domain'
import type { Goal, Progress } from '@nap/schemas'

export interface MatrixCell {
  goalId: number
  country: CountryCode
  status: Status
  score: number | null
  assessed: number
  total: number
}

export interface MatrixRow {
  goal: Goal
  cells: (MatrixCell | null)[]
}

export interface StatusMatrixModel {
  countries: CountryCode[]
  rows: MatrixRow[]
  overall: (Omit<MatrixCell, 'goalId'> | null)[]
}

export function buildStatusMatrix(
  goals: readonly Goal[],
  progress: Pick<Progress, 'goals' | 'countries'>,
  countries: readonly CountryCode[],
): StatusMatrixModel {
  const byKey = new Map(progress.goals.map((g) => [`${g.goalId}|${g.country}`, g]))
  const overallByCountry = new Map(progress.countries.map((c) => [c.country, c]))
  const rows = [...goals]
    .sort((a, b) => a.id - b.id)
    .map((goal) => ({
      goal,
      cells: countries.map((country) => {
        const rollUp = byKey.get(`${goal.id}|${country}`)
        return rollUp
          ? { goalId: goal.id, country, status: rollUp.status, score: rollUp.score, assessed: rollUp.assessed, total: rollUp.total }
          : null
      }),
    }))
  const overall = countries.map((country) => {
    const rollUp = overallByCountry.get(country)
    return rollUp ? { country, status: rollUp.status, score: rollUp.score, assessed: rollUp.assessed, total: rollUp.total } : null
  })
  return { countries: [...countries], rows, overall }
}

/** The newest year with data per country, from the assessments' latest values. */
export function latestYearByCountry(progress: Pick<Progress, 'assessments'>): Map<CountryCode, number> {
  const out = new Map<CountryCode, number>()
  for (const a of progress.assessments) {
    if (!a.latest) continue
    const current = out.get(a.country)
    if (current === undefined || a.latest.year > current) out.set(a.country, a.latest.year)
  }
  return out
}

/** The newest year with data per source id, given each indicator's source. */
export function latestYearBySource(
  progress: Pick<Progress, 'assessments'>,
  sourceOf: ReadonlyMap<string, string>,
): Map<string, number> {
  const out = new Map<string, number>()
  for (const a of progress.assessments) {
    const source = sourceOf.get(a.indicator)
    if (!a.latest || !source) continue
    const current = out.get(source)
    if (current === undefined || a.latest.year > current) out.set(source, a.latest.year)
  }
  return out
}
