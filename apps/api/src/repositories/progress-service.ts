/**
 * Assessments for every indicator × country, computed from the database with the pure engine.
 * Results are cached by a fingerprint of the data (newest revision, targets, indicators), which is
 * read on every call, so a change to data or targets shows at once.
 */
import { asc, ne, sql } from 'drizzle-orm'
import { COUNTRY_CODES, type CountryCode } from '@nap/domain'
import { indicators, observations, targets, type Db } from '@nap/db'
import { assess, rollUp, toAnnual, type Assessment, type PeriodValue } from '@nap/progress'
import type { AssessmentDto, Progress } from '@nap/schemas'

type IndicatorRow = typeof indicators.$inferSelect
type TargetRow = typeof targets.$inferSelect

export interface ProgressFilter {
  goal?: number | undefined
  country?: CountryCode | undefined
  indicator?: string | undefined
}

function toDto(ind: IndicatorRow, country: CountryCode, a: Assessment): AssessmentDto {
  return { indicator: ind.slug, goalId: ind.goalId, country, ...a }
}

export function createProgressService(db: Db) {
  let cache: { key: string; asOf: string; all: AssessmentDto[] } | null = null

  function fingerprint(): string {
    const row = db.get<{ rev: number | null; tv: number | null; tu: string | null; iu: string | null; n: number }>(
      sql`select (select max(id) from revisions) as rev, (select sum(version) from targets) as tv,
                 (select max(updated_at) from targets) as tu, (select max(updated_at) from indicators) as iu,
                 (select count(*) from targets) as n`,
    )
    return `${row.rev}|${row.tv}|${row.tu}|${row.iu}|${row.n}`
  }

  function computeAll(asOf: string): AssessmentDto[] {
    const inds = db.select().from(indicators).where(ne(indicators.kind, 'input')).orderBy(asc(indicators.sortOrder)).all()
    const obs = db
      .select({
        indicatorId: observations.indicatorId,
        country: observations.countryCode,
        period: observations.period,
        value: observations.value,
      })
      .from(observations)
      .where(sql`${observations.deleted} = 0`)
      .all()
    const points = new Map<string, PeriodValue[]>()
    for (const o of obs) {
      if (o.value === null) continue
      const key = `${o.indicatorId}|${o.country}`
      let list = points.get(key)
      if (!list) points.set(key, (list = []))
      list.push({ period: o.period, value: o.value })
    }
    const targetsByKey = new Map<string, TargetRow>(
      db.select().from(targets).all().map((t) => [`${t.indicatorId}|${t.countryCode}`, t]),
    )
    const out: AssessmentDto[] = []
    for (const ind of inds) {
      for (const country of COUNTRY_CODES) {
        if (!ind.countries.includes(country)) continue
        const key = `${ind.id}|${country}`
        const t = targetsByKey.get(key)
        const series = toAnnual(points.get(key) ?? [], ind.frequency, ind.annualAggregation)
        const a = assess({
          method: ind.method,
          direction: ind.direction,
          series,
          windowYears: ind.windowYears,
          asOf,
          target: t
            ? { value: t.value, year: t.year, baselineYear: t.baselineYear, milestones: t.milestones, bands: t.bands ?? null }
            : null,
        })
        out.push(toDto(ind, country, a))
      }
    }
    return out
  }

  function all(asOf: string): AssessmentDto[] {
    const key = fingerprint()
    if (cache && cache.key === key && cache.asOf === asOf) return cache.all
    const computed = computeAll(asOf)
    cache = { key, asOf, all: computed }
    return computed
  }

  return {
    /** `asOf` is the assessment date (ISO date); the caller owns the clock. */
    progress(asOf: string, filter: ProgressFilter = {}): Progress {
      const everything = all(asOf)
      const assessments = everything.filter(
        (a) =>
          (filter.goal === undefined || a.goalId === filter.goal) &&
          (filter.country === undefined || a.country === filter.country) &&
          (filter.indicator === undefined || a.indicator === filter.indicator),
      )
      const withTarget = assessments.filter((a) => a.status !== 'no_target')
      const goalIds = [...new Set(everything.map((a) => a.goalId))].sort((x, y) => x - y)
      const countries = COUNTRY_CODES.filter((c) => filter.country === undefined || c === filter.country)
      const goals = goalIds
        .filter((g) => filter.goal === undefined || g === filter.goal)
        .flatMap((goalId) =>
          countries.map((country) => ({
            goalId,
            country,
            ...rollUp(withTarget.filter((a) => a.goalId === goalId && a.country === country)),
          })),
        )
      return {
        asOf,
        assessments,
        goals,
        countries: countries.map((country) => ({
          country,
          ...rollUp(withTarget.filter((a) => a.country === country)),
        })),
      }
    },
  }
}
export type ProgressService = ReturnType<typeof createProgressService>
