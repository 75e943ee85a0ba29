/**
 * The wide layout: one row a series, one column a period. The World Bank's WDI download is its strict
 * form: an optional preamble ("Data Source","World Development Indicators", / "Last Updated Date",
 * "2026-02-24",), then exactly "Country Name","Country Code","Indicator Name","Indicator Code" and one
 * column a year, every line ending with a comma (an unnamed, empty last column). A sheet may use the
 * looser form: a country column (code, name or "Country"), optionally an indicator column, and
 * period columns (1990, 2026-Q1, 2026-03), in any order.
 */
import { ImportFileError } from '../errors.ts'
import type { ImportLimits } from '../limits.ts'
import { isPeriodLike } from '../periods.ts'
import type { FileMeta, RawObservation } from '../types.ts'
import { checkFieldCount, checkUnnamed, Collector, isBlank, quoteHeader, type ColumnNamer, type LayoutReader } from './reader.ts'

export const WDI_HEADER = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'] as const

type Role = 'countryName' | 'countryCode' | 'country' | 'indicatorName' | 'indicatorCode'

const ROLES = new Map<string, Role>([
  ['countryname', 'countryName'],
  ['countrycode', 'countryCode'],
  ['iso3', 'countryCode'],
  ['iso3code', 'countryCode'],
  ['countryiso3', 'countryCode'],
  ['country', 'country'],
  ['indicatorname', 'indicatorName'],
  ['seriesname', 'indicatorName'],
  ['indicatorcode', 'indicatorCode'],
  ['seriescode', 'indicatorCode'],
  ['indicator', 'indicatorCode'],
])

function keyOf(cell: string): string {
  return cell.trim().toLowerCase().replace(/[^a-z0-9]/g, '')
}

export interface WideHeader {
  roles: Map<Role, number>
  periods: { index: number; header: string }[]
  unnamed: number[]
}

/** The wide header of `cells`, or the reason it is not one. */
export function wideHeaderOf(cells: readonly string[]): WideHeader | string {
  const roles = new Map<Role, number>()
  const periods: WideHeader['periods'] = []
  const unnamed: number[] = []
  const seen = new Set<string>()
  for (const [i, cell] of cells.entries()) {
    const name = cell.trim()
    if (name === '') {
      unnamed.push(i)
      continue
    }
    if (seen.has(name)) return `column "${name}" appears twice`
    seen.add(name)
    const role = ROLES.get(keyOf(name))
    if (role !== undefined) {
      if (roles.has(role)) return `two columns name the ${role === 'country' || role === 'countryCode' || role === 'countryName' ? 'country' : 'indicator'} ("${name}")`
      roles.set(role, i)
    } else if (isPeriodLike(name)) {
      periods.push({ index: i, header: name })
    } else {
      return `column "${name}" is neither a period (1990, 2026-Q1, 2026-03) nor one of Country Code, Country Name, Indicator Code, Indicator Name`
    }
  }
  if (!roles.has('countryCode') && !roles.has('country') && !roles.has('countryName')) return 'there is no country column (Country Code, Country Name or Country)'
  if (periods.length === 0) return 'there is no period column (1990, 2026-Q1, 2026-03)'
  return { roles, periods, unnamed }
}

/** A preamble line of a WDI download: its key and value, or null. */
export function preambleOf(cells: readonly string[]): { key: 'dataSource' | 'lastUpdated'; value: string } | null {
  const key = keyOf(cells[0] ?? '')
  const value = (cells[1] ?? '').trim()
  if (key === 'datasource') return { key: 'dataSource', value }
  if (key === 'lastupdateddate') return { key: 'lastUpdated', value }
  return null
}

export interface WideOptions {
  /** The strict WDI header (the first four columns, in order) and equal field counts on every line. */
  wdi: boolean
}

export function createWideReader(limits: ImportLimits, namer: ColumnNamer, options: WideOptions): LayoutReader {
  const collector = new Collector(limits)
  const meta: FileMeta = {}
  let header: (WideHeader & { cells: readonly string[]; line: number }) | undefined

  function readHeader(cells: readonly string[], line: number) {
    if (options.wdi && !WDI_HEADER.every((name, i) => keyOf(cells[i] ?? '') === keyOf(name))) {
      throw new ImportFileError(
        'layout',
        `expected the WDI header "${WDI_HEADER.join('","')}","1960",… but found "${quoteHeader(cells)}"`,
        { line },
      )
    }
    const mapped = wideHeaderOf(cells)
    if (typeof mapped === 'string') throw new ImportFileError('layout', `not a wide header: ${mapped}`, { line })
    return { ...mapped, cells, line }
  }

  return {
    row(cells, line) {
      if (header === undefined) {
        if (isBlank(cells)) return
        const preamble = preambleOf(cells)
        if (preamble !== null) {
          meta[preamble.key] = preamble.value
          return
        }
        header = readHeader(cells, line)
        return
      }
      if (isBlank(cells)) return
      if (options.wdi) checkFieldCount(cells, header.cells, header.line, line)
      collector.countRow(line)
      checkUnnamed(cells, header.unnamed, namer, line)
      const at = (role: Role): string => {
        const i = header?.roles.get(role)
        return i === undefined ? '' : (cells[i] ?? '').trim()
      }
      const code = at('countryCode')
      const name = at('countryName')
      const countryRaw = code !== '' ? code : at('country') !== '' ? at('country') : name
      const indicatorRaw = at('indicatorCode')
      const indicatorLabel = at('indicatorName')
      for (const { index, header: period } of header.periods) {
        const valueRaw = (cells[index] ?? '').trim()
        if (valueRaw === '') continue
        const observation: RawObservation = { line, indicatorRaw, countryRaw, periodRaw: period, valueRaw }
        const column = namer(index, period)
        if (column !== undefined) observation.column = column
        if (indicatorLabel !== '') observation.indicatorLabel = indicatorLabel
        if (name !== '' && countryRaw !== name) observation.countryLabel = name
        collector.add(observation)
      }
    },
    end() {
      if (header === undefined) {
        throw new ImportFileError('layout', options.wdi ? `the file has no WDI header ("${WDI_HEADER.join('","')}",…)` : 'the sheet has no header row')
      }
      return { rows: collector.rows, observations: collector.observations, meta }
    },
  }
}
