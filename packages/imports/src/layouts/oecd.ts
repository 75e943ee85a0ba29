/**
 * The OECD.Stat / .Stat Suite CSV export: code and label pairs, e.g.
 * "INDICATOR","Indicator","LOCATION","Country","TIME","Time","Value","Flag Codes","Flags".
 * Column names are case-sensitive (INDICATOR is the code, Indicator its label). LOCATION holds ISO
 * 3166 alpha-3 codes; TIME the period; Value the number (unquoted); Flag Codes the flags (often
 * empty). Other columns of an export (SUBJECT, MEASURE, FREQUENCY, Unit Code…) are allowed: when
 * they split the data into several series, the same point appears twice and is refused as a duplicate.
 * "PowerCode Code" (the unit multiplier, 6 = millions) is kept so that a scaled value is refused.
 */
import { ImportFileError } from '../errors.ts'
import { parseFlags } from '../flags.ts'
import type { ImportLimits } from '../limits.ts'
import type { FileMeta, RawObservation } from '../types.ts'
import { checkFieldCount, Collector, isBlank, quoteHeader, type LayoutReader } from './reader.ts'

type Column = 'indicator' | 'indicatorLabel' | 'location' | 'country' | 'time' | 'value' | 'flagCodes' | 'powerCode'

/** The first name present wins (INDICATOR over SUBJECT). */
const NAMES: Record<Column, readonly string[]> = {
  indicator: ['INDICATOR', 'SUBJECT'],
  indicatorLabel: ['Indicator', 'Subject'],
  location: ['LOCATION', 'COU'],
  country: ['Country'],
  time: ['TIME'],
  value: ['Value'],
  flagCodes: ['Flag Codes'],
  powerCode: ['PowerCode Code'],
}

/** Where each column is in `cells`, or null when LOCATION, TIME and Value are not all there. */
export function oecdHeaderOf(cells: readonly string[]): Map<Column, number> | null {
  const names = cells.map((c) => c.trim())
  const at = new Map<Column, number>()
  for (const [column, candidates] of Object.entries(NAMES)) {
    for (const name of candidates) {
      const i = names.indexOf(name)
      if (i >= 0 && isColumn(column)) {
        at.set(column, i)
        break
      }
    }
  }
  return at.has('location') && at.has('time') && at.has('value') ? at : null
}

function isColumn(name: string): name is Column {
  return Object.hasOwn(NAMES, name)
}

export function createOecdReader(limits: ImportLimits): LayoutReader {
  const collector = new Collector(limits)
  let header: { cells: readonly string[]; line: number; at: Map<Column, number> } | undefined

  return {
    row(cells, line) {
      if (header === undefined) {
        if (isBlank(cells)) return
        const at = oecdHeaderOf(cells)
        if (at === null) {
          throw new ImportFileError('layout', `the OECD header needs LOCATION, TIME and Value; found "${quoteHeader(cells)}"`, { line })
        }
        header = { cells, line, at }
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
      if (valueRaw === '') return
      const observation: RawObservation = {
        line,
        indicatorRaw: cell('indicator') ?? '',
        countryRaw: cell('location') ?? '',
        periodRaw: cell('time') ?? '',
        valueRaw,
      }
      const indicatorLabel = cell('indicatorLabel')
      if (indicatorLabel !== undefined && indicatorLabel !== '') observation.indicatorLabel = indicatorLabel
      const country = cell('country')
      if (country !== undefined && country !== '') observation.countryLabel = country
      const flags = cell('flagCodes')
      if (flags !== undefined) observation.flags = parseFlags(flags)
      const power = cell('powerCode')
      if (power !== undefined && power !== '') observation.unitMultiplier = power
      collector.add(observation)
    },
    end() {
      if (header === undefined) throw new ImportFileError('layout', 'the file has no OECD header ("LOCATION","Country","TIME",…,"Value")')
      const meta: FileMeta = {}
      return { rows: collector.rows, observations: collector.observations, meta }
    },
  }
}
