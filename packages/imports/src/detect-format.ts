/**
 * Which layout a file is, from its content (a file name only breaks ties and sharpens messages):
 * - a ZIP archive: an XLSX workbook (it holds xl/workbook.xml) or a World Bank download (it holds
 *   one API_….csv data file, besides its Metadata_….csv files);
 * - text: the first record decides: the WDI preamble or header, an SDMX-CSV header (DATAFLOW or
 *   STRUCTURE,STRUCTURE_ID with TIME_PERIOD and OBS_VALUE), an OECD export (LOCATION, TIME, Value),
 *   or the tidy header (indicator, country, period, value).
 * Anything else is refused with the reason.
 */
import { forEachCsvRecord } from './csv-records.ts'
import { decodeText } from './decode-text.ts'
import { ImportFileError } from './errors.ts'
import { resolveLimits, type ImportLimits } from './limits.ts'
import { isBlank, quoteHeader } from './layouts/reader.ts'
import { oecdHeaderOf } from './layouts/oecd.ts'
import { sdmxVersionOf } from './layouts/sdmx.ts'
import { tidyHeaderOf } from './layouts/tidy.ts'
import { preambleOf, WDI_HEADER } from './layouts/wide.ts'
import type { ImportFormat } from './types.ts'
import { isZip, listZipEntries, type ZipEntry } from './zip.ts'

export type TextFormat = 'tidy' | 'wdi' | 'oecd' | 'sdmx'

export function detectFormat(bytes: Uint8Array, fileName?: string, limits?: Partial<ImportLimits>): ImportFormat {
  if (bytes.length === 0) throw new ImportFileError('empty', 'the file is empty')
  if (isZip(bytes)) return detectZipFormat(listZipEntries(bytes, resolveLimits(limits)))
  refuseKnownBinary(bytes, fileName)
  return detectTextFormat(decodeText(bytes).text)
}

export function detectZipFormat(entries: readonly ZipEntry[]): 'xlsx' | 'wdi-zip' {
  if (entries.some((e) => e.name === 'xl/workbook.xml')) return 'xlsx'
  if (wdiDataEntry(entries) !== undefined) return 'wdi-zip'
  const names = entries.slice(0, 8).map((e) => e.name).join(', ')
  throw new ImportFileError('unknown-format', `a ZIP archive that is neither an XLSX workbook nor a World Bank download (API_….csv); it holds ${names === '' ? 'nothing' : names}`)
}

/** The data CSV of a World Bank download (API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv), if exactly one. */
export function wdiDataEntry(entries: readonly ZipEntry[]): ZipEntry | undefined {
  const data = entries.filter((e) => /^API_.+\.csv$/i.test(baseName(e.name)))
  return data.length === 1 ? data[0] : undefined
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Refuses by signature the binary files people upload by mistake, and an .xlsx that is no ZIP. */
export function refuseKnownBinary(bytes: Uint8Array, fileName: string | undefined): void {
  if (OLE2.every((b, i) => bytes[i] === b)) {
    throw new ImportFileError('binary', 'an Excel 97–2003 workbook (.xls) is not read: save it as .xlsx or as CSV (UTF-8)')
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new ImportFileError('binary', 'a PDF file is not read: download the data as CSV or XLSX')
  }
  if (fileName !== undefined && /\.xls[xm]$/i.test(fileName)) {
    throw new ImportFileError('xlsx', `"${fileName}" is not an XLSX workbook (an XLSX file is a ZIP archive)`)
  }
}

class Found extends Error {
  readonly cells: string[]
  readonly line: number
  constructor(cells: string[], line: number) {
    super('found')
    this.cells = cells
    this.line = line
  }
}

/** The layout of a CSV text, from its first non-blank record. */
export function detectTextFormat(text: string): TextFormat {
  let first: Found | undefined
  try {
    forEachCsvRecord(text, (cells, line) => {
      if (!isBlank(cells)) throw new Found(cells, line)
    })
  } catch (error) {
    if (!(error instanceof Found)) throw error
    first = error
  }
  if (first === undefined) throw new ImportFileError('empty', 'the file holds no data (only blank lines)')
  const cells = first.cells
  if (preambleOf(cells) !== null) return 'wdi'
  if (WDI_HEADER.every((name, i) => (cells[i] ?? '').trim().toLowerCase() === name.toLowerCase())) return 'wdi'
  if (sdmxVersionOf(cells) !== null) return 'sdmx'
  if (oecdHeaderOf(cells) !== null) return 'oecd'
  if (tidyHeaderOf(cells) !== null) return 'tidy'
  const only = cells.length === 1 ? (cells[0] ?? '') : ''
  const separator = only.includes(';') ? ';' : only.includes('\t') ? 'tab' : null
  if (separator !== null) {
    throw new ImportFileError('unknown-format', `fields are separated by ${separator === ';' ? '";"' : 'tabs'}: save the file as comma-separated CSV`, { line: first.line })
  }
  throw new ImportFileError(
    'unknown-format',
    `"${quoteHeader(cells)}" is not the header of a layout read here: tidy (indicator,country,period,value), World Bank WDI ("Country Name","Country Code","Indicator Name","Indicator Code",years…), OECD ("LOCATION","TIME","Value"…) or SDMX-CSV (DATAFLOW,… or STRUCTURE,STRUCTURE_ID,…)`,
    { line: first.line },
  )
}
