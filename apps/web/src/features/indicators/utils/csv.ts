/**
 * CSV downloads of the indicator page: the same table as the API's export (@nap/schemas
 * SERIES_CSV_COLUMNS): the first line is the header, every row carries its source and licence, and
 * values keep the API's full precision (no locale formatting: the file is for machines).
 */
import { seriesCsv, type IndicatorDetail, type Series, type SeriesCsvFilter } from '@nap/schemas'

/** The CSV of a series, optionally limited to some countries and years (the view on screen). */
export function seriesToCsv(indicator: IndicatorDetail, series: Series, filter: SeriesCsvFilter = {}): string {
  return seriesCsv([{ indicator, series, filter }])
}
