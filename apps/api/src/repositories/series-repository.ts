/** Observation series, current or as they stood at a past instant (rebuilt from the revisions). */
import { and, asc, eq, sql } from 'drizzle-orm'
import { isAreaCode, type AreaCode } from '@nap/domain'
import { observations, revisions, type Db } from '@nap/db'
import { seriesJson, toSeries, type NotedPoint, type Series, type SeriesDetail } from '@nap/schemas'
import { stateFlags } from './revision-state.ts'

export interface SeriesQuery {
  indicatorId: number
  slug: string
  countries: readonly AreaCode[]
  from?: number | undefined
  to?: number | undefined
  /** An instant as `Date#toISOString` writes it (the route turns a bare date into the end of its day). */
  asOf?: string | undefined
  /** `full` also writes each point's source note out (default: sources named once, by id). */
  detail?: SeriesDetail | undefined
}

export interface SeriesIndicator {
  id: number
  /** Shared between requests: never changed in place. */
  countries: readonly AreaCode[]
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

/** A row of the current-data statement, in its column order (raw mode: arrays, not objects). */
type CurrentRow = [country: AreaCode, period: string, year: number, value: number | null, flags: number, sourceNote: string | null]
/**
 * The bits of the row's `flags`: the five 0/1 columns in one value (one column less to read and convert
 * per flag). In SQLite `|` and `<<` bind alike, left to right: the statement needs its parentheses.
 */
const DELETED = 1
const ESTIMATE = 2
const PROVISIONAL = 4
const BREAK_IN_SERIES = 8
const DERIVED = 16

export function createSeriesRepository(db: Db) {
  // The hot path: prepared better-sqlite3 statements in raw mode (rows as arrays, no ORM mapping:
  // the profile in bench/README.md), one per number of countries asked for, read in the order of
  // the (indicator, country, period) index; the years are filtered in memory.
  // `cast(? as integer)`, not a bare `?`: a statement with ORDER BY whose indexed column is compared
  // with a bare parameter costs SQLite a fixed 20–50 µs more on every call (as if planned again each
  // time the parameter is bound; with LIMIT 1: 26 against 7 µs), for the same plan and rows
  // (measured on the seed's 140-point series: apps/api/bench/README.md).
  const prepareCurrent = (n: number) =>
    db.$client
      .prepare<[number, ...string[]], CurrentRow>(
        `select country_code, period, year, value,
                deleted | (estimate << 1) | (provisional << 2) | (break_in_series << 3) | (derived << 4), source_note
           from observations where indicator_id = cast(? as integer) and country_code in (${Array.from({ length: n }, () => '?').join(', ')})
          order by country_code, period`,
      )
      .raw(true)
  const byCount = new Map<number, ReturnType<typeof prepareCurrent>>()
  const indicatorBySlug = db.$client.prepare<[string], [id: number, countries: string]>('select id, countries from indicators where slug = ?').raw(true)
  const currentStatement = (n: number) => {
    let stmt = byCount.get(n)
    if (stmt === undefined) byCount.set(n, (stmt = prepareCurrent(n)))
    return stmt
  }

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

  // The countries column as a list, parsed once per distinct text (there are a handful): the JSON
  // parse was 2.4 % of a series request's CPU in the profile.
  const countryLists = new Map<string, readonly AreaCode[]>()
  const countriesOf = (text: string): readonly AreaCode[] => {
    let list = countryLists.get(text)
    if (list === undefined) {
      const codes: unknown = JSON.parse(text)
      countryLists.set(text, (list = Array.isArray(codes) ? codes.filter(isAreaCode) : []))
    }
    return list
  }

  const inQuery = (q: SeriesQuery) => {
    const countries = new Set(q.countries)
    return (r: { country: AreaCode; year: number }) =>
      countries.has(r.country) && (q.from === undefined || r.year >= q.from) && (q.to === undefined || r.year <= q.to)
  }

  /** The current points of the query's countries, in country then period order. */
  function currentPoints(q: SeriesQuery, byCountry: Map<AreaCode, NotedPoint[]>): void {
    if (q.countries.length === 0) return
    const from = q.from ?? Number.NEGATIVE_INFINITY
    const to = q.to ?? Number.POSITIVE_INFINITY
    // Runs of points share a note: each run gets one string (SQLite gives every row its own copy),
    // so that numbering the notes and finding each country's common note compare one string with
    // itself instead of 100-odd characters per point (35–40 µs of a 140-point series, measured).
    let lastNote: string | null = null
    for (const [country, period, year, value, flags, note] of currentStatement(q.countries.length).all(q.indicatorId, ...q.countries)) {
      if ((flags & DELETED) !== 0 || value === null || year < from || year > to) continue
      const sourceNote = note === lastNote ? lastNote : (lastNote = note)
      byCountry.get(country)?.push({
        period,
        year,
        value,
        estimate: (flags & ESTIMATE) !== 0,
        provisional: (flags & PROVISIONAL) !== 0,
        breakInSeries: (flags & BREAK_IN_SERIES) !== 0,
        derived: (flags & DERIVED) !== 0,
        sourceNote,
      })
    }
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

  /** Each asked-for country with its points (none deleted, none without a value), in the asked order. */
  function pointsOf(q: SeriesQuery): { country: AreaCode; points: NotedPoint[] }[] {
    const byCountry = new Map<AreaCode, NotedPoint[]>(q.countries.map((c) => [c, []]))
    if (q.asOf === undefined) currentPoints(q, byCountry)
    else {
      for (const r of rowsAsOf(q, q.asOf)) {
        if (r.deleted || r.value === null) continue
        byCountry.get(r.country)?.push({ period: r.period, year: r.year, value: r.value, estimate: r.estimate, provisional: r.provisional, breakInSeries: r.breakInSeries, derived: r.derived, sourceNote: r.sourceNote })
      }
    }
    return [...byCountry].map(([country, points]) => ({ country, points }))
  }

  return {
    /** The id and reporting countries of an indicator (what a series request needs), or undefined. */
    findIndicator(slug: string): SeriesIndicator | undefined {
      const row = indicatorBySlug.get(slug)
      if (row === undefined) return undefined
      return { id: row[0], countries: countriesOf(row[1]) }
    },

    findSeries(q: SeriesQuery): Series {
      return toSeries(q.slug, q.asOf ?? null, pointsOf(q), q.detail)
    },

    /** `findSeries`' answer as JSON text, written straight from the points (the series route's hot path). */
    findSeriesJson(q: SeriesQuery): string {
      return seriesJson(q.slug, q.asOf ?? null, pointsOf(q), q.detail)
    },
  }
}
export type SeriesRepository = ReturnType<typeof createSeriesRepository>
