/**
 * An XLSX workbook: the first sheet (or the one named), in the tidy or the wide layout. The archive is
 * checked by zip.ts first (declared and actual sizes, ratios), and only then read by read-excel-file,
 * which reads each cell's stored value: a formula's cached result, never an evaluation. Numbers are
 * kept as the text Excel stored (parseNumber is the identity), so 21917.24858366 is parsed once, by
 * values.ts, like a CSV cell.
 */
import { readSheet } from 'read-excel-file/universal'
import { ImportFileError, ImportOptionError, messageOf } from './errors.ts'
import type { ImportLimits } from './limits.ts'
import { isBlank, quoteHeader, SHEET_COLUMNS, type LayoutReader } from './layouts/reader.ts'
import { createTidyReader, tidyHeaderOf } from './layouts/tidy.ts'
import { createWideReader, preambleOf, wideHeaderOf } from './layouts/wide.ts'
import type { ParsedFile } from './types.ts'
import { listZipEntries, readZipEntries } from './zip.ts'

export async function readXlsx(bytes: Uint8Array, sheet: string | undefined, limits: ImportLimits): Promise<ParsedFile> {
  const sheets = checkWorkbook(bytes, limits)
  const name = chooseSheet(sheets, sheet)
  const part = `sheet "${name}"`
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
  let layout: 'tidy' | 'wide'
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

/** The workbook's sheet names, after the archive passed the ZIP checks (sizes inflated for real). */
function checkWorkbook(bytes: Uint8Array, limits: ImportLimits): string[] {
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
  const workbook = new TextDecoder().decode(inflated.get('xl/workbook.xml'))
  return sheetNames(workbook)
}

/** The names of `<sheet name="…">` in xl/workbook.xml, in order. */
export function sheetNames(workbookXml: string): string[] {
  const names: string[] = []
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)) names.push(unescapeXml(m[1] ?? ''))
  return names
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
