/** Observation series, current or as they stood at a past time (rebuilt from revisions). */
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm'
import type { AreaCode } from '@nap/domain'
import { observations, revisions, type Db } from '@nap/db'
import type { Series, SeriesPoint } from '@nap/schemas'

export interface SeriesQuery {
  indicatorId: number
  slug: string
  countries: readonly AreaCode[]
  from?: number | undefined
  to?: number | undefined
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

  function currentRows(q: SeriesQuery): Row[] {
    const countries = new Set(q.countries)
    return byIndicator
      .all({ indicatorId: q.indicatorId })
      .filter(
        (r) =>
          countries.has(r.country) &&
          (q.from === undefined || r.year >= q.from) &&
          (q.to === undefined || r.year <= q.to),
      )
  }

  /** The newest revision of each point made at or before `asOf`. */
  function rowsAsOf(q: SeriesQuery & { asOf: string }): Row[] {
    const latest = db
      .select({
        observationId: revisions.observationId,
        id: sql<number>`max(${revisions.id})`.as('rev_id'),
      })
      .from(revisions)
      .where(lte(revisions.createdAt, q.asOf))
      .groupBy(revisions.observationId)
      .as('latest')
    return db
      .select({
        country: observations.countryCode,
        period: observations.period,
        year: observations.year,
        value: revisions.newValue,
        state: revisions.state,
        derived: observations.derived,
      })
      .from(observations)
      .innerJoin(latest, eq(latest.observationId, observations.id))
      .innerJoin(revisions, eq(revisions.id, latest.id))
      .where(
        and(
          eq(observations.indicatorId, q.indicatorId),
          inArray(observations.countryCode, q.countries),
          q.from !== undefined ? gte(observations.year, q.from) : undefined,
          q.to !== undefined ? lte(observations.year, q.to) : undefined,
        ),
      )
      .orderBy(asc(observations.countryCode), asc(observations.period))
      .all()
      .map((r) => ({
        country: r.country,
        period: r.period,
        year: r.year,
        value: r.value,
        deleted: r.state['deleted'] === true,
        estimate: r.state['estimate'] === true,
        provisional: r.state['provisional'] === true,
        breakInSeries: r.state['breakInSeries'] === true,
        derived: r.derived,
        sourceNote: typeof r.state['sourceNote'] === 'string' ? r.state['sourceNote'] : null,
      }))
  }

  return {
    findSeries(q: SeriesQuery): Series {
      const rows = q.asOf ? rowsAsOf({ ...q, asOf: q.asOf }) : currentRows(q)
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
