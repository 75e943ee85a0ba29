/**
 * The observation table that every CSV download writes (the API's exports and the dashboard's
 * downloads): one header line, then one row per point with the API's full-precision value, and the
 * source and licence in every row, so a file keeps its attribution however it is cut.
 */
import type { IndicatorDetail } from './catalog.ts'
import { toCsv, type CsvCell } from './csv.ts'
import { pointSourceNote, type Series } from './series.ts'

/** Frictionless Table Schema field types used by the table. */
export type CsvFieldType = 'string' | 'number' | 'year' | 'boolean'

export interface CsvColumn {
  name: string
  type: CsvFieldType
  description: string
}

/** The columns, in order, with their Table Schema type and meaning (datapackage.json repeats them). */
export const SERIES_CSV_COLUMNS = [
  { name: 'indicator', type: 'string', description: 'Indicator slug, e.g. gdp-per-capita-ppp' },
  { name: 'country', type: 'string', description: 'CAN, MEX, USA, NAM (North America) or WLD (world)' },
  { name: 'period', type: 'string', description: "Observation period: 'YYYY', 'YYYY-Qn' or 'YYYY-MM'" },
  { name: 'year', type: 'year', description: 'Calendar year of the period' },
  { name: 'value', type: 'number', description: 'The value in `unit`, at the precision the source publishes' },
  { name: 'unit', type: 'string', description: 'Unit of `value`' },
  { name: 'estimate', type: 'boolean', description: 'The source marks the value as an estimate' },
  { name: 'provisional', type: 'boolean', description: 'The source marks the value as provisional' },
  { name: 'break_in_series', type: 'boolean', description: 'The method changed at this point: do not compare across it' },
  { name: 'derived', type: 'boolean', description: 'Computed by the Goal Monitor from other series (North America aggregates, shares)' },
  { name: 'source_note', type: 'string', description: 'Note of the source on this value (empty when none)' },
  { name: 'source', type: 'string', description: 'Publisher and dataset the value comes from' },
  { name: 'source_url', type: 'string', description: 'Where the publisher serves the series' },
  { name: 'licence', type: 'string', description: 'Terms under which the value may be reused' },
] as const satisfies readonly CsvColumn[]

export const SERIES_CSV_HEADER: readonly string[] = SERIES_CSV_COLUMNS.map((c) => c.name)

/** What the table needs to know about an indicator (an `IndicatorDetail` has it all). */
export interface SeriesCsvIndicator {
  slug: IndicatorDetail['slug']
  unit: Pick<IndicatorDetail['unit'], 'en'>
  sourceUrl: IndicatorDetail['sourceUrl']
  source: IndicatorDetail['source']
}

/** The `source` column: publisher and dataset, e.g. "World Bank, World Development Indicators". */
export function sourceTitle(source: SeriesCsvIndicator['source']): string {
  return `${source.publisher}, ${source.name.en}`
}

export interface SeriesCsvFilter {
  countries?: readonly string[] | undefined
  from?: number | undefined
  to?: number | undefined
}

/** The rows of a series (in SERIES_CSV_COLUMNS order), optionally limited to some countries and years. */
export function seriesCsvRows(indicator: SeriesCsvIndicator, series: Series, filter: SeriesCsvFilter = {}): CsvCell[][] {
  const { countries, from, to } = filter
  const source = sourceTitle(indicator.source)
  const url = indicator.sourceUrl || indicator.source.url
  return series.series
    .filter((s) => countries === undefined || countries.includes(s.country))
    .flatMap((s) =>
      s.points
        .filter((p) => (from === undefined || p.year >= from) && (to === undefined || p.year <= to))
        .map((p): CsvCell[] => [
          indicator.slug,
          s.country,
          p.period,
          p.year,
          p.value,
          indicator.unit.en,
          p.estimate,
          p.provisional,
          p.breakInSeries,
          p.derived,
          pointSourceNote(series, s, p),
          source,
          url,
          indicator.source.licence,
        ]),
    )
}

/** The CSV text of one or more series: the header line, then their rows. */
export function seriesCsv(parts: readonly { indicator: SeriesCsvIndicator; series: Series; filter?: SeriesCsvFilter }[]): string {
  return toCsv(
    SERIES_CSV_HEADER,
    parts.flatMap((p) => seriesCsvRows(p.indicator, p.series, p.filter)),
  )
}
