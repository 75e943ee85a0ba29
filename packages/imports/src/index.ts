/**
 * Parsing and matching of the files statistical offices publish (issue 9): pure, no I/O, no clock.
 *
 *   const file = await parseImportFile(bytes, { fileName, format, sheet })   // ImportFileError | ImportOptionError
 *   const { verdicts, summary } = matchObservations(file, { catalog, areas, currentYear, indicator })
 *
 * See README.md for the layouts, the encodings, the limits and every verdict.
 */
export { parseImportFile, type ParseOptions } from './parse-file.ts'
export { detectFormat, detectTextFormat, type TextFormat } from './detect-format.ts'
export { decodeText, type DecodedText, type TextEncoding } from './decode-text.ts'
export {
  matchObservations,
  locate,
  type MatchedVerdict,
  type MatchInput,
  type MatchOptions,
  type MatchResult,
  type MatchSummary,
  type RejectedVerdict,
  type RejectionCode,
  type SkipCode,
  type SkippedVerdict,
  type Verdict,
} from './match.ts'
export { codeKey, type CatalogIndicatorRef } from './catalog.ts'
export { COUNTRY_NAME_VARIANTS, createCountryMatcher, nameKey, type AreaNames, type CountryMatch } from './countries.ts'
export { parseValue, MAX_SIGNIFICANT_DIGITS, type ValueResult } from './values.ts'
export { FIRST_YEAR, parsePeriod, type Period, type PeriodResult } from './periods.ts'
export { parseFlags } from './flags.ts'
export { ImportError, ImportFileError, ImportOptionError, type ImportFileErrorCode, type ImportOption } from './errors.ts'
export { DEFAULT_LIMITS, type ImportLimits } from './limits.ts'
export {
  FLAG_NAMES,
  IMPORT_FORMATS,
  type CountryCodeSystem,
  type FileMeta,
  type FlagName,
  type ImportFlags,
  type ImportFormat,
  type ParsedFile,
  type RawObservation,
  type SheetLayout,
} from './types.ts'
