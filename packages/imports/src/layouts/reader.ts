/**
 * What every layout reader shares: rows arrive one at a time (from csv-parse or from a sheet), each a
 * list of cell texts with its line; the reader finds its header, checks each row against it and
 * collects one RawObservation a non-empty value, counting rows and values against the limits.
 */
import { ImportFileError } from '../errors.ts'
import { formatCount, type ImportLimits } from '../limits.ts'
import type { FileMeta, RawObservation } from '../types.ts'

export interface LayoutReader {
  /** One record of the file (a CSV record or a sheet row), cells as written. */
  row(cells: readonly string[], line: number): void
  /** After the last row: the observations, or an error when the header never came. */
  end(): { rows: number; observations: RawObservation[]; meta: FileMeta }
}

/** How a value's column is named in a RawObservation: a sheet's letter, a wide CSV's header, or not at all. */
export type ColumnNamer = (index: number, header: string) => string | undefined

export const CSV_COLUMNS: ColumnNamer = () => undefined
export const CSV_HEADER_COLUMNS: ColumnNamer = (_index, header) => header
export const SHEET_COLUMNS: ColumnNamer = (index) => columnLetter(index)

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

export class Collector {
  readonly observations: RawObservation[] = []
  rows = 0
  private readonly limits: ImportLimits

  constructor(limits: ImportLimits) {
    this.limits = limits
  }

  /** Counts a data row, refusing the one past the limit. */
  countRow(line: number): void {
    this.rows++
    if (this.rows > this.limits.maxRows) {
      throw new ImportFileError('too-many-rows', `the file has more than ${formatCount(this.limits.maxRows)} data rows (the limit): split it`, { line })
    }
  }

  add(observation: RawObservation): void {
    this.observations.push(observation)
    if (this.observations.length > this.limits.maxValues) {
      throw new ImportFileError('too-many-values', `the file has more than ${formatCount(this.limits.maxValues)} values (the limit): split it`, { line: observation.line })
    }
  }
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '')
}

/** The check every layout makes of a data row: as many fields as the header. */
export function checkFieldCount(cells: readonly string[], header: readonly string[], headerLine: number, line: number): void {
  if (cells.length !== header.length) {
    throw new ImportFileError('layout', `${cells.length} fields where the header (line ${headerLine}) has ${header.length}`, { line })
  }
}

/** A value under a column without a name (a WDI file's trailing comma is one, always empty). */
export function checkUnnamed(cells: readonly string[], unnamed: readonly number[], namer: ColumnNamer, line: number): void {
  for (const i of unnamed) {
    const cell = cells[i]
    if (cell !== undefined && cell.trim() !== '') {
      const named = namer(i, '')
      const where = named === undefined || named === '' ? `field ${i + 1}` : `column ${named}`
      throw new ImportFileError('layout', `"${cell.trim()}" is under a column without a name (${where})`, { line })
    }
  }
}

/** Trimmed text of a header cell, for error messages. */
export function quoteHeader(cells: readonly string[]): string {
  const text = cells.map((c) => c.trim()).join(',')
  return text.length > 120 ? `${text.slice(0, 117)}…` : text
}
