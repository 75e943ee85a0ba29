/**
 * An XLSX workbook: the first sheet (or the one named), in the tidy or the wide layout. The archive is
 * checked by zip.ts first (declared and actual sizes, ratios), and only then read by read-excel-file,
 * which reads each cell's stored value: a formula's cached result, never an evaluation. Numbers are
 * kept as the text Excel stored (parseNumber is the identity), so 21917.24858366 is parsed once, by
 * values.ts, like a CSV cell.
 */
import { readSheet } from 'read-excel-file/universal'
import { ImportFileError, ImportOptionError, messageOf } from './errors.ts'
import { formatCount, type ImportLimits } from './limits.ts'
import { isBlank, quoteHeader, SHEET_COLUMNS, type LayoutReader } from './layouts/reader.ts'
import { createTidyReader, tidyHeaderOf } from './layouts/tidy.ts'
import { createWideReader, preambleOf, wideHeaderOf } from './layouts/wide.ts'
import type { ParsedFile, SheetLayout } from './types.ts'
import { listZipEntries, readZipEntries } from './zip.ts'

/** Reads the sheet (default: the first); `required` refuses a sheet in the other layout. */
export async function readXlsx(bytes: Uint8Array, sheet: string | undefined, limits: ImportLimits, required?: SheetLayout): Promise<ParsedFile> {
  const workbook = checkWorkbook(bytes, limits)
  const name = chooseSheet(workbook.sheets.map((s) => s.name), sheet)
  const part = `sheet "${name}"`
  checkGrid(workbook, name, limits, part)
  let rows: unknown[][]
  try {
    rows = await readSheet<string>(arrayBufferOf(bytes), name, { parseNumber: (text) => text, trim: false })
  } catch (error) {
    throw new ImportFileError('xlsx', `the workbook cannot be read (${messageOf(error)})`, { part, cause: error })
  }
  const cells = rows.map((row) => row.map(cellText))
  const start = cells.findIndex((row) => !isBlank(row) && preambleOf(row) === null)
  if (start < 0) throw new ImportFileError('layout', 'the sheet holds no data', { part })
  const headerCells = cells[start] ?? []
  let reader: LayoutReader
  let layout: SheetLayout
  if (tidyHeaderOf(headerCells) !== null) {
    reader = createTidyReader(limits, SHEET_COLUMNS)
    layout = 'tidy'
  } else if (typeof wideHeaderOf(headerCells) !== 'string') {
    reader = createWideReader(limits, SHEET_COLUMNS, { wdi: false })
    layout = 'wide'
  } else {
    throw new ImportFileError(
      'layout',
      `"${quoteHeader(headerCells)}" is neither the tidy header (indicator, country, period, value) nor a wide one (a country column, e.g. Country Code, and period columns such as 1990): ${String(wideHeaderOf(headerCells))}`,
      { part, line: start + 1 },
    )
  }
  if (required !== undefined && required !== layout) {
    throw new ImportFileError('layout', `the sheet is in the ${layout} layout, not the ${required} one asked for`, { part, line: start + 1 })
  }
  try {
    cells.forEach((row, i) => {
      reader.row(row, i + 1)
    })
    const { rows: count, observations, meta } = reader.end()
    return { format: 'xlsx', layout, sheet: name, countryCodes: layout === 'tidy' ? 'project' : 'iso3166', rows: count, observations, meta }
  } catch (error) {
    if (error instanceof ImportFileError) throw error.within(part)
    throw error
  }
}

interface Workbook {
  sheets: WorkbookSheet[]
  /** The XML parts, inflated (and so checked) by zip.ts. */
  parts: Map<string, Uint8Array>
}

/** The workbook's sheets, after the archive passed the ZIP checks (sizes inflated for real). */
function checkWorkbook(bytes: Uint8Array, limits: ImportLimits): Workbook {
  let entries
  try {
    entries = listZipEntries(bytes, limits)
  } catch (error) {
    if (error instanceof ImportFileError && error.code === 'zip') throw new ImportFileError('xlsx', `not an XLSX workbook: ${error.detail}`, { cause: error })
    throw error
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new ImportFileError('xlsx', 'not an XLSX workbook: the ZIP archive has no xl/workbook.xml')
  }
  // What read-excel-file will inflate: the XML parts.
  const parts = entries.filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.rels')).map((e) => e.name)
  const inflated = readZipEntries(bytes, entries, parts, limits)
  const text = (name: string) => new TextDecoder().decode(inflated.get(name) ?? new Uint8Array())
  return { sheets: workbookSheets(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')), parts: inflated }
}

export interface WorkbookSheet {
  name: string
  /** The part holding the sheet (xl/worksheets/sheet1.xml), when the relationships say. */
  part?: string
}

/** The sheets of xl/workbook.xml in order, with their parts from xl/_rels/workbook.xml.rels. */
export function workbookSheets(workbookXml: string, relsXml: string): WorkbookSheet[] {
  const targets = new Map<string, string>()
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id')
    const target = attribute(m[0], 'Target')
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
  }
  const sheets: WorkbookSheet[] = []
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], 'name')
    if (name === undefined) continue
    const id = /\s\w+:id="([^"]*)"/.exec(m[0])?.[1]
    const part = id === undefined ? undefined : targets.get(unescapeXml(id))
    sheets.push(part === undefined ? { name } : { name, part })
  }
  return sheets
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return m?.[1] === undefined ? undefined : unescapeXml(m[1])
}

/**
 * Refuses a sheet whose cells reach further than the limits before read-excel-file lays it out as
 * a grid (it pads every row to the widest): one cell at XFD1048576 would be 17 billion cells.
 */
function checkGrid(workbook: Workbook, name: string, limits: ImportLimits, part: string): void {
  const sheet = workbook.sheets.find((s) => s.name === name)
  const candidates = sheet?.part !== undefined && workbook.parts.has(sheet.part) ? [sheet.part] : [...workbook.parts.keys()].filter((p) => p.startsWith('xl/worksheets/') && p.endsWith('.xml'))
  for (const candidate of candidates) {
    const { rows, columns } = gridOf(new TextDecoder().decode(workbook.parts.get(candidate)))
    if (rows > limits.maxRows + HEADER_ROWS) {
      throw new ImportFileError('too-many-rows', `the sheet reaches row ${formatCount(rows)}, more than the limit of ${formatCount(limits.maxRows)} data rows: split it`, { part })
    }
    if (rows * columns > limits.maxSheetCells) {
      throw new ImportFileError('too-many-values', `the sheet spans ${formatCount(rows)} rows × ${formatCount(columns)} columns, more than the limit of ${formatCount(limits.maxSheetCells)} cells`, { part })
    }
  }
}

/** Rows a header, a preamble and blank lines may take on top of the data rows. */
const HEADER_ROWS = 100

/** The last row and column a sheet's XML refers to (cells and rows without references count in order). */
export function gridOf(xml: string): { rows: number; columns: number } {
  let rows = 0
  let columns = 0
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g)) rows = Math.max(rows, Number(m[1]))
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\sr="([A-Za-z]+)(\d+)"/g)) {
    columns = Math.max(columns, columnNumber(m[1] ?? ''))
    rows = Math.max(rows, Number(m[2]))
  }
  return { rows, columns }
}

/** A → 1, Z → 26, AA → 27, XFD → 16384. */
function columnNumber(letters: string): number {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (all, entity: string) => {
    if (entity === 'lt') return '<'
    if (entity === 'gt') return '>'
    if (entity === 'quot') return '"'
    if (entity === 'apos') return "'"
    if (entity === 'amp') return '&'
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all
  })
}

function chooseSheet(sheets: readonly string[], wanted: string | undefined): string {
  if (sheets.length === 0) throw new ImportFileError('xlsx', 'the workbook has no sheet')
  if (wanted === undefined || wanted.trim() === '') return sheets[0] ?? ''
  const exact = sheets.find((s) => s === wanted) ?? sheets.find((s) => s.trim().toLowerCase() === wanted.trim().toLowerCase())
  if (exact === undefined) throw new ImportOptionError('sheet', `sheet "${wanted}" is not in the workbook (its sheets: ${sheets.join(', ')})`)
  return exact
}

/** A cell as text: numbers as Excel stored them, booleans TRUE/FALSE, dates as ISO dates. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (typeof value === 'number') return String(value)
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  return String(value)
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  return copy.buffer
}
