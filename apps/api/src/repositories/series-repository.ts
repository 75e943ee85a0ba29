/** Observation series, current or as they stood at a past instant (rebuilt from the revisions). */
import { and, asc, eq, sql } from 'drizzle-orm'
import type { AreaCode } from '@nap/domain'
import { observations, revisions, type Db } from '@nap/db'
import type { Series, SeriesPoint } from '@nap/schemas'
import { stateFlags } from './revision-state.ts'

export interface SeriesQuery {
  indicatorId: number
  slug: string
  countries: readonly AreaCode[]
  from?: number | undefined
  to?: number | undefined
  /** An instant as `Date#toISOString` writes it (the route turns a bare date into the end of its day). */
  asOf?: string | undefined
}

interface Row {
  country: AreaCode
  period: string
  year: number
  value: number | null
  deleted: boolean
  estimate: boolean
  provisional: boolean
  breakInSeries: boolean
  derived: boolean
  sourceNote: string | null
}

/**
 * A stored time as an instant in the one text form `Date#toISOString` writes
 * (`YYYY-MM-DDTHH:MM:SS.sssZ`), so that text order is time order whatever form the row was written
 * in (`…T12:00Z`, `… 12:00:00`, an offset): SQLite parses it and writes it back normalised.
 */
export const instantOf = (column: typeof revisions.createdAt) => sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${column})`

export function createSeriesRepository(db: Db) {
  // One prepared statement per indicator read; country and year filters are applied in memory
  // (a series is at most a few hundred rows), which keeps the hot path free of query building.
  const byIndicator = db
    .select({
      country: observations.countryCode,
      period: observations.period,
      year: observations.year,
      value: observations.value,
      deleted: observations.deleted,
      estimate: observations.estimate,
      provisional: observations.provisional,
      breakInSeries: observations.breakInSeries,
      derived: observations.derived,
      sourceNote: observations.sourceNote,
    })
    .from(observations)
    .where(eq(observations.indicatorId, sql.placeholder('indicatorId')))
    .orderBy(asc(observations.countryCode), asc(observations.period))
    .prepare()

  // Every revision of the indicator's points made at or before the instant, oldest first within a
  // point (time, then id for revisions of the same millisecond): the last one per point is its state.
  const revisionsUpTo = db
    .select({
      observationId: revisions.observationId,
      country: observations.countryCode,
      period: observations.period,
      year: observations.year,
      derived: observations.derived,
      value: revisions.newValue,
      state: revisions.state,
    })
    .from(revisions)
    .innerJoin(observations, eq(observations.id, revisions.observationId))
    .where(
      and(
        eq(observations.indicatorId, sql.placeholder('indicatorId')),
        sql`${instantOf(revisions.createdAt)} <= ${sql.placeholder('asOf')}`,
      ),
    )
    .orderBy(asc(observations.countryCode), asc(observations.period), asc(instantOf(revisions.createdAt)), asc(revisions.id))
    .prepare()

  const inQuery = (q: SeriesQuery) => {
    const countries = new Set(q.countries)
    return (r: { country: AreaCode; year: number }) =>
      countries.has(r.country) && (q.from === undefined || r.year >= q.from) && (q.to === undefined || r.year <= q.to)
  }

  function currentRows(q: SeriesQuery): Row[] {
    return byIndicator.all({ indicatorId: q.indicatorId }).filter(inQuery(q))
  }

  /** Each point as its newest revision at or before `asOf` left it (absent if it did not exist yet). */
  function rowsAsOf(q: SeriesQuery, asOf: string): Row[] {
    const latest = new Map<number, Row>()
    for (const r of revisionsUpTo.all({ indicatorId: q.indicatorId, asOf }).filter(inQuery(q))) {
      const flags = stateFlags(r.state)
      latest.set(r.observationId, {
        country: r.country,
        period: r.period,
        year: r.year,
        value: r.value,
        derived: r.derived,
        ...flags,
      })
    }
    return [...latest.values()]
  }

  return {
    findSeries(q: SeriesQuery): Series {
      const rows = q.asOf === undefined ? currentRows(q) : rowsAsOf(q, q.asOf)
      const byCountry = new Map<AreaCode, SeriesPoint[]>(q.countries.map((c) => [c, []]))
      for (const r of rows) {
        if (r.deleted || r.value === null) continue
        byCountry.get(r.country)?.push({
          period: r.period,
          year: r.year,
          value: r.value,
          estimate: r.estimate,
          provisional: r.provisional,
          breakInSeries: r.breakInSeries,
          derived: r.derived,
          sourceNote: r.sourceNote,
        })
      }
      return {
        indicator: q.slug,
        asOf: q.asOf ?? null,
        series: [...byCountry].map(([country, points]) => ({ country, points })),
      }
    },
  }
}
export type SeriesRepository = ReturnType<typeof createSeriesRepository>
