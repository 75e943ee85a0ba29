/**
 * SDMX-CSV, version 1.0 (`DATAFLOW,<dimensions>,TIME_PERIOD,OBS_VALUE[,<attributes>]`) and 2.0
 * (`STRUCTURE,STRUCTURE_ID[,ACTION],<dimensions>,TIME_PERIOD,OBS_VALUE[,<attributes>]`).
 * Headers and codes may carry labels ("REF_AREA: Reference area", "MEX: Mexico"): the code before
 * ": " is read. The country is REF_AREA (or LOCATION, COUNTRY); the indicator is INDICATOR (or SERIES,
 * MEASURE, SUBJECT; the World Bank writes NY_GDP_MKTP_CD for NY.GDP.MKTP.CD). OBS_STATUS gives the
 * flags (E estimated, P provisional, B break; A normal), UNIT_MULT a scale that is refused unless 0.
 * An empty OBS_VALUE or NaN (SDMX's missing value) is no observation. ACTION D (2.0) asks to delete
 * the value: kept as a row that the matcher skips, since an import never deletes.
 */
import { ImportFileError } from '../errors.ts'
import { parseFlags } from '../flags.ts'
import type { ImportLimits } from '../limits.ts'
import type { FileMeta, RawObservation } from '../types.ts'
import { checkFieldCount, Collector, isBlank, quoteHeader, type LayoutReader } from './reader.ts'

type Column = 'indicator' | 'area' | 'time' | 'value' | 'status' | 'unitMult' | 'action'

const NAMES: Record<Column, readonly string[]> = {
  indicator: ['INDICATOR', 'SERIES', 'MEASURE', 'SUBJECT'],
  area: ['REF_AREA', 'LOCATION', 'COUNTRY'],
  time: ['TIME_PERIOD'],
  value: ['OBS_VALUE'],
  status: ['OBS_STATUS'],
  unitMult: ['UNIT_MULT'],
  action: ['ACTION'],
}

export type SdmxVersion = '1.0' | '2.0'

/** The code part of "CODE: Label" (SDMX-CSV with labels), or the cell itself. */
export function codeOf(cell: string): string {
  const text = cell.trim()
  const i = text.indexOf(': ')
  return i > 0 ? text.slice(0, i).trim() : text
}

/** The SDMX-CSV version a header announces, or null. */
export function sdmxVersionOf(cells: readonly string[]): SdmxVersion | null {
  const ids = cells.map((c) => codeOf(c).toUpperCase())
  if (!ids.includes('OBS_VALUE') || !ids.includes('TIME_PERIOD')) return null
  if (ids[0] === 'DATAFLOW') return '1.0'
  if (ids[0] === 'STRUCTURE' && ids[1] === 'STRUCTURE_ID') return '2.0'
  return null
}

export function createSdmxReader(limits: ImportLimits): LayoutReader {
  const collector = new Collector(limits)
  let header: { cells: readonly string[]; line: number; at: Map<Column, number> } | undefined

  function readHeader(cells: readonly string[], line: number) {
    const version = sdmxVersionOf(cells)
    if (version === null) {
      throw new ImportFileError('layout', `the SDMX-CSV header needs DATAFLOW (1.0) or STRUCTURE,STRUCTURE_ID (2.0) first, and TIME_PERIOD and OBS_VALUE; found "${quoteHeader(cells)}"`, { line })
    }
    const ids = cells.map((c) => codeOf(c).toUpperCase())
    const at = new Map<Column, number>()
    for (const [column, names] of Object.entries(NAMES)) {
      const i = names.map((n) => ids.indexOf(n)).find((x) => x >= 0)
      if (i !== undefined && isColumn(column)) at.set(column, i)
    }
    if (!at.has('area')) throw new ImportFileError('layout', `SDMX-CSV ${version}: no country dimension (REF_AREA, LOCATION or COUNTRY) in "${quoteHeader(cells)}"`, { line })
    return { cells, line, at }
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
      const cell = (c: Column): string | undefined => {
        const i = header?.at.get(c)
        return i === undefined ? undefined : (cells[i] ?? '').trim()
      }
      const valueRaw = cell('value') ?? ''
      if (valueRaw === '' || valueRaw === 'NaN') return
      const observation: RawObservation = {
        line,
        indicatorRaw: codeOf(cell('indicator') ?? ''),
        countryRaw: codeOf(cell('area') ?? ''),
        periodRaw: cell('time') ?? '',
        valueRaw,
      }
      const status = cell('status')
      if (status !== undefined) observation.flags = parseFlags(codeOf(status))
      const mult = cell('unitMult')
      if (mult !== undefined && mult !== '') observation.unitMultiplier = codeOf(mult)
      if (codeOf(cell('action') ?? '').toUpperCase() === 'D') observation.deletion = true
      collector.add(observation)
    },
    end() {
      if (header === undefined) throw new ImportFileError('layout', 'the file has no SDMX-CSV header (DATAFLOW,… or STRUCTURE,STRUCTURE_ID,…)')
      const meta: FileMeta = {}
      return { rows: collector.rows, observations: collector.observations, meta }
    },
  }
}

function isColumn(name: string): name is Column {
  return Object.hasOwn(NAMES, name)
}
