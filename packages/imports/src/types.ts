import type { TextEncoding } from './decode-text.ts'

/** The layouts read, as `detectFormat` names them (and as a caller may force them). */
export const IMPORT_FORMATS = ['tidy', 'wdi', 'wdi-zip', 'oecd', 'sdmx', 'xlsx'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** How the rows of a sheet are laid out: one value a row, or one row a series with a column a period. */
export type SheetLayout = 'tidy' | 'wide'

/**
 * Whose codes the file's country column holds. Statistical offices' files use ISO 3166 alpha-3, where
 * NAM is Namibia; this project's own tidy layout uses its area codes, where NAM is North America.
 */
export type CountryCodeSystem = 'iso3166' | 'project'

/** The normalised flag names (any other code a file uses is kept as written). */
export const FLAG_NAMES = ['estimate', 'provisional', 'breakInSeries'] as const
export type FlagName = (typeof FLAG_NAMES)[number]

/** The project's three flags, as an import sets them. */
export type ImportFlags = Record<FlagName, boolean>

/**
 * One value of the file, as written: nothing is interpreted yet except where the layout says what
 * a cell is. An empty cell is no observation.
 */
export interface RawObservation {
  /** The 1-based line of the CSV file (where the record ends) or row of the sheet. */
  line: number
  /** The value's column: the header of a wide CSV's column (e.g. "2023"), or a sheet's column letter. */
  column?: string
  /** The indicator as written (a slug or a source code); '' when the file has none. */
  indicatorRaw: string
  /** The indicator's name when the file gives one (WDI "Indicator Name", OECD "Indicator"). */
  indicatorLabel?: string
  /** The country as written: a code or a name. */
  countryRaw: string
  /** The country's name when the file gives it next to the code. */
  countryLabel?: string
  periodRaw: string
  valueRaw: string
  /**
   * The flags the file gives, normalised to `FlagName`s where known (E/P/B, estimate/provisional/
   * break), other codes as written. Undefined when the file has no flag column at all.
   */
  flags?: string[]
  /** The tidy layout's `source` column. */
  source?: string
  /** A unit multiplier the file declares for the value (OECD "PowerCode Code", SDMX UNIT_MULT), as written. */
  unitMultiplier?: string
  /** SDMX-CSV 2.0 ACTION "D": the row asks to delete the value. */
  deletion?: boolean
}

export interface FileMeta {
  /** The ZIP entry the data was read from (a WDI download). */
  entry?: string
  /** WDI preamble "Data Source". */
  dataSource?: string
  /** WDI preamble "Last Updated Date". */
  lastUpdated?: string
}

export interface ParsedFile {
  format: ImportFormat
  /** For XLSX: the layout found on the sheet. */
  layout?: SheetLayout
  /** For XLSX: the sheet read. */
  sheet?: string
  /** For text files: the encoding decided (see decodeText). */
  encoding?: TextEncoding
  countryCodes: CountryCodeSystem
  /** Data rows read (not counting a header or preamble). */
  rows: number
  observations: RawObservation[]
  meta: FileMeta
}
