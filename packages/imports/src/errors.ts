/**
 * The two errors the package throws on purpose. Every failure of a file (or of a library reading it)
 * becomes an `ImportFileError` naming the line or the part that broke; a caller's option that cannot
 * apply becomes an `ImportOptionError`. Both extend `ImportError`, so a caller can answer 400 for one
 * type and let anything else surface as the bug it is.
 */

/** What went wrong with a file, for callers that branch on it (the message says it in words). */
export type ImportFileErrorCode =
  | 'empty' // no bytes at all
  | 'too-large' // more bytes than the limit
  | 'binary' // not text and not a ZIP we read
  | 'encoding' // a byte-order mark the bytes do not honour
  | 'unknown-format' // text, but not the header of a layout we know
  | 'csv' // broken quoting or another CSV syntax error
  | 'layout' // a header or a row that does not fit the layout (missing column, wrong field count)
  | 'zip' // not a ZIP archive, or a damaged one
  | 'zip-bomb' // declared or actual inflated sizes beyond the limits
  | 'xlsx' // a ZIP that is not a readable workbook
  | 'too-many-rows'
  | 'too-many-values'

export interface ErrorLocation {
  /** The 1-based line of a CSV file or row of a sheet. */
  line?: number
  /** The part of the file: a ZIP entry, a sheet, a cell. */
  part?: string
  cause?: unknown
}

export class ImportError extends Error {
  override name = 'ImportError'
}

export class ImportFileError extends ImportError {
  override name = 'ImportFileError'
  readonly code: ImportFileErrorCode
  readonly line: number | undefined
  readonly part: string | undefined
  /** The message without its location. */
  readonly detail: string

  /** `detail` says what is wrong; the location, when given, is put in front of it ("line 7: …"). */
  constructor(code: ImportFileErrorCode, detail: string, where: ErrorLocation = {}) {
    super(prefix(where) + detail, where.cause === undefined ? undefined : { cause: where.cause })
    this.code = code
    this.line = where.line
    this.part = where.part
    this.detail = detail
  }

  /** The same error located in `part` (a sheet, a ZIP entry) as well. */
  within(part: string): ImportFileError {
    return new ImportFileError(this.code, this.detail, { ...(this.line === undefined ? {} : { line: this.line }), part, cause: this })
  }
}

/** The option a caller passed (`format`, `indicator`, `sheet`) that cannot apply. */
export type ImportOption = 'format' | 'indicator' | 'sheet'

export class ImportOptionError extends ImportError {
  override name = 'ImportOptionError'
  readonly option: ImportOption

  constructor(option: ImportOption, message: string) {
    super(message)
    this.option = option
  }
}

function prefix(where: ErrorLocation): string {
  const parts: string[] = []
  if (where.part !== undefined) parts.push(where.part)
  if (where.line !== undefined) parts.push(`line ${where.line}`)
  return parts.length === 0 ? '' : `${parts.join(', ')}: `
}

/** The message of anything thrown, for wrapping a library's error. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
