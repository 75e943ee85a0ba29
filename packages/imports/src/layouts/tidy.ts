/**
 * The tidy layout (this project's own): `indicator,country,period,value[,flags][,source]`, one value a
 * row, columns in any order, names case-insensitive. indicator = a slug or a source code of the
 * catalog; country = an area code (NAM is North America here) or a name. Any other named column is
 * refused (a misspelt "flgas" must not be dropped silently).
 */
import { ImportFileError } from '../errors.ts'
import { parseFlags } from '../flags.ts'
import type { FileMeta, RawObservation } from '../types.ts'
import { checkFieldCount, checkUnnamed, Collector, isBlank, quoteHeader, type ColumnNamer, type LayoutReader } from './reader.ts'
import type { ImportLimits } from '../limits.ts'

export const TIDY_COLUMNS = ['indicator', 'country', 'period', 'value', 'flags', 'source'] as const
type TidyColumn = (typeof TIDY_COLUMNS)[number]
const REQUIRED: readonly TidyColumn[] = ['indicator', 'country', 'period', 'value']
const ALIASES = new Map<string, TidyColumn>([
  ['indicator', 'indicator'],
  ['country', 'country'],
  ['period', 'period'],
  ['value', 'value'],
  ['flags', 'flags'],
  ['flag', 'flags'],
  ['source', 'source'],
])

interface TidyHeader {
  cells: readonly string[]
  line: number
  at: Map<TidyColumn, number>
  unnamed: number[]
}

/** The tidy header of `cells`, or null when the four required columns are not all there. */
export function tidyHeaderOf(cells: readonly string[]): Map<TidyColumn, number> | null {
  const at = new Map<TidyColumn, number>()
  cells.forEach((cell, i) => {
    const column = ALIASES.get(cell.trim().toLowerCase())
    if (column !== undefined && !at.has(column)) at.set(column, i)
  })
  return REQUIRED.every((c) => at.has(c)) ? at : null
}

export function createTidyReader(limits: ImportLimits, namer: ColumnNamer): LayoutReader {
  const collector = new Collector(limits)
  let header: TidyHeader | undefined

  function readHeader(cells: readonly string[], line: number): TidyHeader {
    const at = new Map<TidyColumn, number>()
    const unnamed: number[] = []
    cells.forEach((cell, i) => {
      const name = cell.trim()
      if (name === '') {
        unnamed.push(i)
        return
      }
      const column = ALIASES.get(name.toLowerCase())
      if (column === undefined) {
        throw new ImportFileError('layout', `column "${name}" is not one of ${TIDY_COLUMNS.join(', ')} (the tidy layout)`, { line })
      }
      if (at.has(column)) throw new ImportFileError('layout', `column "${column}" appears twice`, { line })
      at.set(column, i)
    })
    const missing = REQUIRED.filter((c) => !at.has(c))
    if (missing.length > 0) {
      throw new ImportFileError('layout', `the tidy header needs ${REQUIRED.join(', ')}; "${quoteHeader(cells)}" lacks ${missing.join(', ')}`, { line })
    }
    return { cells, line, at, unnamed }
  }

  return {
    row(cells, line) {
      if (header === undefined) {
        if (isBlank(cells)) return
        header = readHeader(cells, line)
        return
      }
      if (isBlank(cells)) return
      checkFieldCount(cells, header.cells, header.line, line)
      collector.countRow(line)
      checkUnnamed(cells, header.unnamed, namer, line)
      const cell = (c: TidyColumn): string | undefined => {
        const i = header?.at.get(c)
        return i === undefined ? undefined : (cells[i] ?? '').trim()
      }
      const valueRaw = cell('value') ?? ''
      if (valueRaw === '') return
      const valueAt = header.at.get('value') ?? 0
      const observation: RawObservation = {
        line,
        indicatorRaw: cell('indicator') ?? '',
        countryRaw: cell('country') ?? '',
        periodRaw: cell('period') ?? '',
        valueRaw,
      }
      const column = namer(valueAt, header.cells[valueAt] ?? '')
      if (column !== undefined) observation.column = column
      const flags = cell('flags')
      if (flags !== undefined) observation.flags = parseFlags(flags)
      const source = cell('source')
      if (source !== undefined && source !== '') observation.source = source
      collector.add(observation)
    },
    end() {
      if (header === undefined) throw new ImportFileError('layout', 'the file has no header row (indicator,country,period,value)')
      const meta: FileMeta = {}
      return { rows: collector.rows, observations: collector.observations, meta }
    },
  }
}
