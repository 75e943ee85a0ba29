/** Reads the committed copy of the published series (db/seed/data/observations.csv). */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'

export interface SourceRow {
  code: string
  country: string
  year: number
  value: number
  source: string
  licence: string
}

export const OBSERVATIONS_CSV = join(dirname(fileURLToPath(import.meta.url)), 'data', 'observations.csv')

const HEADER = [
  'indicator_code',
  'indicator_name',
  'unit',
  'country_iso3',
  'year',
  'value',
  'source',
  'source_url_or_repo',
  'license',
]

/** Parses the CSV strictly: the exact header, integer years and finite numbers, or it throws. */
export function parseObservationsCsv(text: string): SourceRow[] {
  const records = parse(text, { columns: false, skip_empty_lines: true }) as string[][]
  const [header, ...rows] = records
  if (!header || header.join(',') !== HEADER.join(',')) {
    throw new Error(`observations.csv: unexpected header "${header?.join(',') ?? ''}"`)
  }
  return rows.map((r, i) => {
    const [code = '', , , country = '', year = '', value = '', source = '', , licence = ''] = r
    const y = Number(year)
    const v = Number(value)
    if (!Number.isInteger(y) || value.trim() === '' || !Number.isFinite(v)) {
      throw new Error(`observations.csv line ${i + 2}: bad year "${year}" or value "${value}"`)
    }
    return { code, country, year: y, value: v, source, licence }
  })
}

export function loadObservations(path = OBSERVATIONS_CSV): SourceRow[] {
  return parseObservationsCsv(readFileSync(path, 'utf8'))
}
