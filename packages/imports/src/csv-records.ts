/**
 * The records of a CSV text, one at a time, through csv-parse (strict quoting, comma-separated).
 * Records are handed to `visit` as they are parsed and not kept, so a large file is never held twice.
 * Blank lines are skipped; records may have different field counts (the layouts check them and say
 * which line is wrong). A CSV syntax error becomes an ImportFileError naming its line.
 */
import { CsvError, parse } from 'csv-parse/sync'
import { ImportFileError } from './errors.ts'

export type RecordVisitor = (cells: string[], line: number) => void

/** Calls `visit` for each record (a visitor stops the reading by throwing). */
export function forEachCsvRecord(text: string, visit: RecordVisitor): void {
  // csv-parse calls on_record and turns what it throws into its own return value; the visitor's own
  // errors (a layout's ImportFileError, or a bug) are passed through unchanged.
  let visitorError: unknown = undefined
  try {
    parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        try {
          visit(record, context.lines)
        } catch (error) {
          visitorError = error
          throw error
        }
        return null
      },
    })
  } catch (error) {
    if (visitorError !== undefined && error === visitorError) throw error
    throw csvFileError(error)
  }
}

/** csv-parse's error (e.g. "Quote Not Closed: the parsing is finished with an opening quote at line 2") as ours. */
function csvFileError(error: unknown): ImportFileError {
  if (error instanceof CsvError) {
    const line = typeof error['lines'] === 'number' ? error['lines'] : undefined
    const what = CSV_PROBLEMS[error.code] ?? error.message
    return new ImportFileError('csv', `broken CSV: ${what}`, { ...(line === undefined ? {} : { line }), cause: error })
  }
  return new ImportFileError('csv', `broken CSV: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
}

/** The csv-parse errors a published file can trigger, in words. */
const CSV_PROBLEMS: Partial<Record<CsvError['code'], string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (a " without its closing ")',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by something other than a comma or the end of the line',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by something other than a comma or the end of the line',
  CSV_MAX_RECORD_SIZE: 'a record is too large',
}
