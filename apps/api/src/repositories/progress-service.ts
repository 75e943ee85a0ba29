/**
 * Assessments for every indicator × country, computed with the pure engine from one of three sets of
 * observations:
 *
 * - the current data (cached by a fingerprint of the data, read on every call: the newest revision,
 *   targets and indicators, so a write shows at once: it adds a revision in its own transaction);
 * - the data of a transaction in progress (the observation editor assesses inside its write or
 *   preview transaction, with the pending changes applied; never cached);
 * - the data as it stood at an instant, rebuilt from the revisions (`asOf`). Targets are today's.
 */
import { asc, inArray, ne, sql, and } from 'drizzle-orm'
import { COUNTRY_CODES, type CountryCode } from '@nap/domain'
import { indicators, observations, observationsAsOf, targets, type Db } from '@nap/db'
import { assess, rollUp, toAnnual, type PeriodValue } from '@nap/progress'
import type { AssessmentDto, Progress } from '@nap/schemas'

type IndicatorRow = typeof indicators.$inferSelect
type TargetRow = typeof targets.$inferSelect
/** What the loaders read through: the database or a transaction. */
export type Reader = Pick<Db, 'select' | 'get' | 'all'>

export interface ProgressFilter {
  goal?: number | undefined
  country?: CountryCode | undefined
  indicator?: string | undefined
}

/** The inputs of the engine: the assessed indicators, their points by `indicatorId|country`, targets. */
export interface AssessmentData {
  indicators: IndicatorRow[]
  points: Map<string, PeriodValue[]>
  targets: Map<string, TargetRow>
}

/** When to assess: the assessment date and, for a past state of the data, the instant (ISO 8601 UTC). */
export interface AssessmentTime {
  date: string
  instant?: string | undefined
}

const keyOf = (indicatorId: number, country: string) => `${indicatorId}|${country}`

function loadFrame(reader: Reader, indicatorIds: readonly number[] | undefined): Omit<AssessmentData, 'points'> {
  const assessed = ne(indicators.kind, 'input')
  const inds = reader
    .select()
    .from(indicators)
    .where(indicatorIds ? and(assessed, inArray(indicators.id, [...indicatorIds])) : assessed)
    .orderBy(asc(indicators.sortOrder))
    .all()
  const ts = reader.select().from(targets).where(indicatorIds ? inArray(targets.indicatorId, [...indicatorIds]) : undefined).all()
  return { indicators: inds, targets: new Map(ts.map((t) => [keyOf(t.indicatorId, t.countryCode), t])) }
}

function groupPoints(rows: readonly { indicatorId: number; country: string; period: string; value: number | null }[]): Map<string, PeriodValue[]> {
  const points = new Map<string, PeriodValue[]>()
  for (const o of rows) {
    if (o.value === null) continue
    const key = keyOf(o.indicatorId, o.country)
    let list = points.get(key)
    if (!list) points.set(key, (list = []))
    list.push({ period: o.period, value: o.value })
  }
  return points
}

/** The current observations (of some indicators, or all) as the engine's input. */
export function loadCurrentData(reader: Reader, indicatorIds?: readonly number[]): AssessmentData {
  const frame = loadFrame(reader, indicatorIds)
  // Only the points of the indicators assessed (read by the index, as plain rows): input series are
  // never assessed, and on a large database they are most of the rows (apps/api/bench/README.md).
  const ids = frame.indicators.map((i) => i.id)
  const rows =
    ids.length === 0
      ? []
      : reader.all<{ indicatorId: number; country: string; period: string; value: number | null }>(
          sql`select ${observations.indicatorId} as indicatorId, ${observations.countryCode} as country, ${observations.period} as period, ${observations.value} as value
                from ${observations} where ${observations.deleted} = 0 and ${inArray(observations.indicatorId, ids)}`,
        )
  return { ...frame, points: groupPoints(rows) }
}

/** The observations as they stood at `instant`, rebuilt from the revisions (empty before the seed). */
export function loadDataAsOf(reader: Reader, instant: string, indicatorIds?: readonly number[]): AssessmentData {
  const rows = observationsAsOf(reader, instant, indicatorIds).map((p) => ({ indicatorId: p.indicatorId, country: p.countryCode, period: p.period, value: p.value }))
  return { ...loadFrame(reader, indicatorIds), points: groupPoints(rows) }
}

/** One assessment per indicator × country it is reported for (engine order: indicators, then countries). */
export function assessData(data: AssessmentData, date: string): AssessmentDto[] {
  const out: AssessmentDto[] = []
  for (const ind of data.indicators) {
    for (const country of COUNTRY_CODES) {
      if (!ind.countries.includes(country)) continue
      const key = keyOf(ind.id, country)
      const t = data.targets.get(key)
      const series = toAnnual(data.points.get(key) ?? [], ind.frequency, ind.annualAggregation)
      const a = assess({
        method: ind.method,
        direction: ind.direction,
        series,
        windowYears: ind.windowYears,
        asOf: date,
        target: t ? { value: t.value, year: t.year, baselineYear: t.baselineYear, milestones: t.milestones, bands: t.bands ?? null } : null,
      })
      out.push({ indicator: ind.slug, goalId: ind.goalId, country, ...a })
    }
  }
  return out
}

/** The response: the assessments that pass the filter, and the roll-ups per goal × country and per country. */
export function summarize(everything: readonly AssessmentDto[], asOf: string, filter: ProgressFilter = {}): Progress {
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
    countries: countries.map((country) => ({ country, ...rollUp(withTarget.filter((a) => a.country === country)) })),
  }
}

/** Past states kept (each is a full assessment of the data at an instant). */
const AS_OF_CACHE_SIZE = 8

export function createProgressService(db: Db) {
  let current: { key: string; date: string; all: AssessmentDto[] } | null = null
  const past = new Map<string, AssessmentDto[]>()

  // Read on every call: prepared once (building and preparing it per request was 11 % of an uncached
  // progress request's CPU in the profile).
  const fingerprintStatement = db.$client.prepare<[], { rev: number | null; ra: string | null; tv: number | null; tu: string | null; iu: string | null; n: number }>(
    `select (select max(id) from revisions) as rev, (select max(created_at) from revisions) as ra,
            (select sum(version) from targets) as tv, (select max(updated_at) from targets) as tu,
            (select max(updated_at) from indicators) as iu, (select count(*) from targets) as n`,
  )
  function fingerprint(): { key: string; newestRevisionAt: string | null } {
    const row = fingerprintStatement.get()
    if (row === undefined) throw new Error('the data fingerprint query returned no row')
    return { key: `${row.rev}|${row.tv}|${row.tu}|${row.iu}|${row.n}`, newestRevisionAt: row.ra }
  }

  function currentAll(key: string, date: string): AssessmentDto[] {
    if (current && current.key === key && current.date === date) return current.all
    const all = assessData(loadCurrentData(db), date)
    current = { key, date, all }
    return all
  }

  /** Every assessment at `time`: of the current data, or of the data as it stood at `time.instant`. */
  function all(time: AssessmentTime): AssessmentDto[] {
    const { key, newestRevisionAt } = fingerprint()
    // An instant at or after the newest revision sees the current data.
    if (time.instant === undefined || (newestRevisionAt !== null && time.instant >= newestRevisionAt)) return currentAll(key, time.date)
    const pastKey = `${key}|${time.instant}|${time.date}`
    const cached = past.get(pastKey)
    if (cached) {
      past.delete(pastKey)
      past.set(pastKey, cached)
      return cached
    }
    const computed = assessData(loadDataAsOf(db, time.instant), time.date)
    past.set(pastKey, computed)
    for (const k of past.keys()) {
      if (past.size <= AS_OF_CACHE_SIZE) break
      past.delete(k)
    }
    return computed
  }

  return {
    /**
     * The assessments and roll-ups at `time` (a bare ISO date: the current data assessed at that
     * date). `asOf` in the answer is the date when the instant is the end of that day (or absent), else
     * the instant. The caller owns the clock.
     */
    progress(time: AssessmentTime | string, filter: ProgressFilter = {}): Progress {
      const t = typeof time === 'string' ? { date: time } : time
      const endOfDay = t.instant === undefined || t.instant === `${t.date}T23:59:59.999Z`
      return summarize(all(t), endOfDay ? t.date : (t.instant ?? t.date), filter)
    },

    /** Every assessment of the current data at `date` (cached). */
    current(date: string): AssessmentDto[] {
      return all({ date })
    },

    /**
     * The assessments of some indicators as `reader` sees the data (inside a write or preview
     * transaction: with its pending changes). Never cached.
     */
    assessIndicators(reader: Reader, indicatorIds: readonly number[], date: string): AssessmentDto[] {
      if (indicatorIds.length === 0) return []
      return assessData(loadCurrentData(reader, indicatorIds), date)
    },
  }
}
export type ProgressService = ReturnType<typeof createProgressService>
