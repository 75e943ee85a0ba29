/**
 * CSV downloads. Each file starts with a comment line naming the source and licence, then one row
 * per observation with the API's full-precision value (no locale formatting: the file is for machines).
 */
import { toCsv, type CsvCell, type IndicatorDetail, type Series } from '@nap/schemas'

export const CSV_HEADER = ['indicator', 'country', 'period', 'year', 'value', 'estimate', 'provisional', 'break_in_series', 'derived', 'source_note']

/** The comment lines (written with a leading "# ") naming the source and licence. */
function sourceComments(indicator: IndicatorDetail): string[] {
  const { source } = indicator
  return [
    `Source: ${source.publisher}, ${source.name.en} (${indicator.sourceUrl || source.url}). Licence: ${source.licence}.`,
    source.attribution.en,
    `Indicator: ${indicator.name.en} (${indicator.unit.en})${indicator.sourceCode ? `, series ${indicator.sourceCode}` : ''}.`,
  ]
}

export interface CsvFilter {
  countries?: readonly string[]
  from?: number
  to?: number
}

/** The CSV of a series, optionally limited to some countries and years (the view on screen). */
export function seriesToCsv(indicator: IndicatorDetail, series: Series, filter: CsvFilter = {}): string {
  const rows: CsvCell[][] = []
  for (const s of series.series) {
    if (filter.countries && !filter.countries.includes(s.country)) continue
    for (const p of s.points) {
      if (filter.from !== undefined && p.year < filter.from) continue
      if (filter.to !== undefined && p.year > filter.to) continue
      rows.push([series.indicator, s.country, p.period, p.year, p.value, p.estimate, p.provisional, p.breakInSeries, p.derived, p.sourceNote])
    }
  }
  return toCsv(sourceComments(indicator), CSV_HEADER, rows)
}
