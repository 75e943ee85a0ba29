import { z } from 'zod'
import { SeriesCountryCodeSchema } from './common.ts'

const SourceIdSchema = z.number().int().min(0)

export const SeriesSourceSchema = z
  .object({
    id: SourceIdSchema.describe('Referenced by `sourceId` in the country series and the points'),
    note: z.string().describe("The source's note on the values (publisher, dataset, release, licence)"),
  })
  .describe('One source note, named once for the whole response')
export type SeriesSource = z.infer<typeof SeriesSourceSchema>

export const SeriesPointSchema = z.object({
  period: z.string().describe("'YYYY', 'YYYY-Qn' or 'YYYY-MM'"),
  year: z.number().int(),
  value: z.number(),
  estimate: z.boolean(),
  provisional: z.boolean(),
  breakInSeries: z.boolean(),
  derived: z.boolean().describe('Computed from other series (North America aggregates, shares)'),
  sourceId: SourceIdSchema.nullable()
    .optional()
    .describe("Only on a point whose source differs from its country series' `sourceId`: the id in `sources`, or null for a point without a note"),
  sourceNote: z
    .string()
    .nullable()
    .optional()
    .describe('Only with `detail=full`: the source note of this point, written out (null: none)'),
})
export type SeriesPoint = z.infer<typeof SeriesPointSchema>

export const CountrySeriesSchema = z.object({
  country: SeriesCountryCodeSchema,
  sourceId: SourceIdSchema.nullable().describe(
    'The source of the points (the id in `sources`): that of every point without a `sourceId` of its own; null when they have no note',
  ),
  points: z.array(SeriesPointSchema),
})
export type CountrySeries = z.infer<typeof CountrySeriesSchema>

export const SeriesSchema = z.object({
  indicator: z.string(),
  asOf: z.string().nullable().describe('The values as they stood at this time (ISO 8601), or null for current'),
  sources: z
    .array(SeriesSourceSchema)
    .describe('Every source note of the points, each once; a point names its note by id (its own `sourceId`, else its country series\')'),
  series: z.array(CountrySeriesSchema),
})
export type Series = z.infer<typeof SeriesSchema>

/** How much of each point to write: `compact` names sources by id; `full` also writes each point's note. */
export const SERIES_DETAILS = ['compact', 'full'] as const
export type SeriesDetail = (typeof SERIES_DETAILS)[number]

/** A point as stored: its flags and its own source note. */
export interface NotedPoint {
  period: string
  year: number
  value: number
  estimate: boolean
  provisional: boolean
  breakInSeries: boolean
  derived: boolean
  sourceNote: string | null
}

/** The note most points carry (the first of equals, in point order); null for no points. */
export function commonNote(points: readonly NotedPoint[]): string | null {
  // Runs of one note are the rule (a series rarely changes source): count runs, not points.
  const counts = new Map<string | null, number>()
  let best: string | null = null
  let bestCount = 0
  for (let i = 0; i < points.length; ) {
    const note = points[i]?.sourceNote ?? null
    let j = i + 1
    while (j < points.length && points[j]?.sourceNote === note) j++
    const n = (counts.get(note) ?? 0) + j - i
    counts.set(note, n)
    if (n > bestCount) {
      best = note
      bestCount = n
    }
    i = j
  }
  return best
}

/**
 * A numbering of source notes in order of first use (0, 1, …; null for no note): `added` is told of
 * each note the first time it is numbered. Shared by `toSeries` and `seriesJson`.
 */
export function noteIds(added: (id: number, note: string) => void): (note: string | null) => number | null {
  const ids = new Map<string, number>()
  return (note) => {
    if (note === null) return null
    let id = ids.get(note)
    if (id === undefined) {
      id = ids.size
      ids.set(note, id)
      added(id, note)
    }
    return id
  }
}

/**
 * The wire form of a series: every distinct note once in `sources` (ids in order of first use,
 * country by country), each country series naming the note most of its points carry, and a point
 * naming its own only where it differs. `full` detail also writes every point's note out.
 */
export function toSeries(
  indicator: string,
  asOf: string | null,
  countries: readonly { country: CountrySeries['country']; points: readonly NotedPoint[] }[],
  detail: SeriesDetail = 'compact',
): Series {
  const sources: SeriesSource[] = []
  const idOf = noteIds((id, note) => sources.push({ id, note }))
  const full = detail === 'full'
  const series = countries.map(({ country, points }): CountrySeries => {
    const common = commonNote(points)
    const out: SeriesPoint[] = []
    for (const p of points) {
      // Ids in order of first use: each point's note is numbered as it comes.
      const id = idOf(p.sourceNote)
      const point: SeriesPoint = {
        period: p.period,
        year: p.year,
        value: p.value,
        estimate: p.estimate,
        provisional: p.provisional,
        breakInSeries: p.breakInSeries,
        derived: p.derived,
      }
      if (p.sourceNote !== common) point.sourceId = id
      if (full) point.sourceNote = p.sourceNote
      out.push(point)
    }
    return { country, sourceId: idOf(common), points: out }
  })
  return { indicator, asOf, sources, series }
}

/** The source note of a point of `series` (null: none), whichever detail it was read with. */
export function pointSourceNote(series: Pick<Series, 'sources'>, countrySeries: Pick<CountrySeries, 'sourceId'>, point: SeriesPoint): string | null {
  if (point.sourceNote !== undefined) return point.sourceNote
  const id = point.sourceId !== undefined ? point.sourceId : countrySeries.sourceId
  if (id === null) return null
  return series.sources.find((s) => s.id === id)?.note ?? null
}
