/**
 * The impact of an import on the statuses, as the observation preview shows it for a batch: every
 * assessment whose series move (the countries imported, North America where its aggregate moves,
 * derived indicators), the goal roll-ups and the overall scores of the countries concerned, before →
 * after. Pure: it compares two sets of the engine's inputs.
 */
import type { AssessmentDto } from '@nap/schemas'
import { assessData, summarize, type AssessmentData } from '../repositories/progress-service.ts'
import type { AssessmentChange, RollUpChange } from './observation-editor.ts'

export interface ImportImpact {
  /** The assessment date. */
  asOf: string
  assessments: AssessmentChange[]
  goals: RollUpChange[]
  countries: Omit<RollUpChange, 'goalId'>[]
}

export interface StatusFlipOf {
  indicator: string
  country: AssessmentChange['country']
  from: AssessmentChange['before']['status']
  to: AssessmentChange['after']['status']
}

const byPeriod = (a: { period: string }, b: { period: string }) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)

/** The assessments of `after` whose series differ from `before`, before → after. */
export function changedAssessments(before: AssessmentData, after: AssessmentData, date: string): { changes: AssessmentChange[]; afterAssessments: AssessmentDto[] } {
  const seriesOf = (data: AssessmentData, key: string) => JSON.stringify([...(data.points.get(key) ?? [])].sort(byPeriod))
  const moved = new Set<string>()
  for (const ind of after.indicators) {
    for (const country of ind.countries) {
      const key = `${ind.id}|${country}`
      if (seriesOf(before, key) !== seriesOf(after, key)) moved.add(`${ind.slug}|${country}`)
    }
  }
  const afterAssessments = assessData(after, date)
  if (moved.size === 0) return { changes: [], afterAssessments }
  const beforeByKey = new Map(assessData(before, date).map((a) => [`${a.indicator}|${a.country}`, a]))
  const changes: AssessmentChange[] = []
  for (const a of afterAssessments) {
    const key = `${a.indicator}|${a.country}`
    const b = beforeByKey.get(key)
    if (!moved.has(key) || b === undefined) continue
    changes.push({ indicator: a.indicator, country: a.country, before: { status: b.status, score: b.score }, after: { status: a.status, score: a.score } })
  }
  return { changes, afterAssessments }
}

/** The statuses that moved. */
export function flipsOf(changes: readonly AssessmentChange[]): StatusFlipOf[] {
  return changes.filter((c) => c.before.status !== c.after.status).map((c) => ({ indicator: c.indicator, country: c.country, from: c.before.status, to: c.after.status }))
}

/**
 * The whole impact: `beforeAll` is every assessment of the current data (the progress service's),
 * `afterAssessments` those of the indicators concerned after the import.
 */
export function impactOf(date: string, changes: readonly AssessmentChange[], afterAssessments: readonly AssessmentDto[], beforeAll: readonly AssessmentDto[]): ImportImpact {
  const afterByKey = new Map(afterAssessments.map((a) => [`${a.indicator}|${a.country}`, a]))
  const afterAll = beforeAll.map((a) => afterByKey.get(`${a.indicator}|${a.country}`) ?? a)
  const before = summarize(beforeAll, date)
  const after = summarize(afterAll, date)
  const goalOf = new Map(beforeAll.map((a) => [a.indicator, a.goalId]))
  const concerned = new Set(changes.map((a) => `${goalOf.get(a.indicator) ?? 0}|${a.country}`))
  const countries = new Set(changes.map((a) => a.country))
  const goals: RollUpChange[] = []
  before.goals.forEach((g, i) => {
    const a = after.goals[i]
    if (a && concerned.has(`${g.goalId}|${g.country}`)) goals.push({ goalId: g.goalId, country: g.country, before: { status: g.status, score: g.score }, after: { status: a.status, score: a.score } })
  })
  const overall: ImportImpact['countries'] = []
  before.countries.forEach((c, i) => {
    const a = after.countries[i]
    if (a && countries.has(c.country)) overall.push({ country: c.country, before: { status: c.status, score: c.score }, after: { status: a.status, score: a.score } })
  })
  return { asOf: date, assessments: [...changes], goals, countries: overall }
}
