/**
 * A file's bytes → its observations as written, for one of the layouts (detected from the content, or
 * the one the caller names). Every way a file can be wrong ends in an ImportFileError naming the line
 * or part; a caller's option that does not fit ends in an ImportOptionError.
 */
import { forEachCsvRecord } from './csv-records.ts'
import { decodeText, type DecodedText } from './decode-text.ts'
import { detectTextFormat, detectZipFormat, refuseKnownBinary, wdiDataEntry, type TextFormat } from './detect-format.ts'
import { ImportFileError, ImportOptionError } from './errors.ts'
import { formatBytes, resolveLimits, type ImportLimits } from './limits.ts'
import { CSV_COLUMNS, CSV_HEADER_COLUMNS, type LayoutReader } from './layouts/reader.ts'
import { createOecdReader } from './layouts/oecd.ts'
import { createSdmxReader } from './layouts/sdmx.ts'
import { createTidyReader } from './layouts/tidy.ts'
import { createWideReader } from './layouts/wide.ts'
import { IMPORT_FORMATS, type ImportFormat, type ParsedFile } from './types.ts'
import { readXlsx } from './xlsx.ts'
import { isZip, listZipEntries, readZipEntries } from './zip.ts'

export interface ParseOptions {
  /**
   * Forces the layout; detected from the content when absent. `wdi` also reads a WDI ZIP, and `tidy`
   * or `wdi` given a workbook read it requiring that layout (wide for wdi).
   */
  format?: string
  /** The uploaded file's name (sharpens messages; never overrides the content). */
  fileName?: string
  /** XLSX only: the sheet to read (default: the first). */
  sheet?: string
  limits?: Partial<ImportLimits>
}

export async function parseImportFile(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedFile> {
  const limits = resolveLimits(options.limits)
  const requested = requestedFormat(options.format)
  if (bytes.length === 0) throw new ImportFileError('empty', 'the file is empty')
  if (bytes.length > limits.maxFileBytes) {
    throw new ImportFileError('too-large', `the file has ${formatBytes(bytes.length)}, more than the limit of ${formatBytes(limits.maxFileBytes)}`)
  }
  const sheet = options.sheet !== undefined && options.sheet.trim() !== '' ? options.sheet : undefined

  if (isZip(bytes)) {
    if (requested === 'oecd' || requested === 'sdmx') {
      throw new ImportFileError('unknown-format', `the file is a ZIP archive, not the ${requested} CSV asked for`)
    }
    const found = requested === 'xlsx' || requested === 'wdi-zip' ? requested : detectZipFormat(listZipEntries(bytes, limits))
    if (found === 'xlsx') {
      // tidy or wdi asked of a workbook: its sheet must be in that layout (tidy, or wide as the World Bank's).
      const layout = requested === 'tidy' ? 'tidy' : requested === 'wdi' ? 'wide' : undefined
      return readXlsx(bytes, sheet, limits, layout)
    }
    if (requested === 'tidy') throw new ImportFileError('unknown-format', 'the file is a World Bank ZIP download, not the tidy CSV asked for')
    noSheet(sheet)
    return readWdiZip(bytes, limits)
  }

  noSheet(sheet)
  if (requested === 'xlsx') throw new ImportFileError('xlsx', 'not an XLSX workbook (an XLSX file is a ZIP archive)')
  if (requested === 'wdi-zip') throw new ImportFileError('zip', 'not a ZIP archive (a World Bank download is one)')
  refuseKnownBinary(bytes, options.fileName)
  const decoded = decodeText(bytes)
  return readCsvText(decoded, requested ?? detectTextFormat(decoded.text), limits)
}

function requestedFormat(format: string | undefined): ImportFormat | undefined {
  if (format === undefined || format.trim() === '') return undefined
  const found = IMPORT_FORMATS.find((f) => f === format.trim().toLowerCase())
  if (found === undefined) throw new ImportOptionError('format', `format "${format}" is not one of ${IMPORT_FORMATS.join(', ')}`)
  return found
}

function noSheet(sheet: string | undefined): void {
  if (sheet !== undefined) throw new ImportOptionError('sheet', `a sheet ("${sheet}") applies to an XLSX workbook only`)
}

function readerFor(format: TextFormat, limits: ImportLimits): LayoutReader {
  switch (format) {
    case 'tidy':
      return createTidyReader(limits, CSV_COLUMNS)
    case 'wdi':
      return createWideReader(limits, CSV_HEADER_COLUMNS, { wdi: true })
    case 'oecd':
      return createOecdReader(limits)
    case 'sdmx':
      return createSdmxReader(limits)
  }
}

export function readCsvText(decoded: DecodedText, format: TextFormat, limits: ImportLimits): ParsedFile {
  const reader = readerFor(format, limits)
  forEachCsvRecord(decoded.text, (cells, line) => {
    reader.row(cells, line)
  })
  const { rows, observations, meta } = reader.end()
  return { format, encoding: decoded.encoding, countryCodes: format === 'tidy' ? 'project' : 'iso3166', rows, observations, meta }
}

function readWdiZip(bytes: Uint8Array, limits: ImportLimits): ParsedFile {
  const entries = listZipEntries(bytes, limits)
  const data = wdiDataEntry(entries)
  if (data === undefined) {
    throw new ImportFileError('layout', `a World Bank download holds one API_….csv data file; this archive holds ${entries.map((e) => e.name).join(', ') || 'nothing'}`)
  }
  const inflated = readZipEntries(bytes, entries, [data.name], limits).get(data.name) ?? new Uint8Array()
  try {
    const parsed = readCsvText(decodeText(inflated), 'wdi', limits)
    return { ...parsed, format: 'wdi-zip', meta: { ...parsed.meta, entry: data.name } }
  } catch (error) {
    if (error instanceof ImportFileError) throw error.within(data.name)
    throw error
  }
}
