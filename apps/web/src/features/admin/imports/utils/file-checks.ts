/**
 * What the page can tell about a chosen file before sending it: nothing to send (empty), or more than
 * the server takes (it would answer 413 after the whole upload). The server stays the judge of the
 * content; these only spare a pointless upload.
 */
import type { Locale } from '@nap/domain'
import { INTL_LOCALES } from '@/lib/format.ts'

/** The API's limit per file (20 MiB; @nap/imports DEFAULT_LIMITS.maxFileBytes, 413 beyond). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

/** The extensions the file chooser offers first (any file can still be chosen or dropped). */
export const ACCEPTED_FILES = '.csv,.txt,.zip,.xlsx,text/csv,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export type FileProblem = 'empty' | 'tooLarge'

export function fileProblem(file: { size: number }, limit = MAX_FILE_BYTES): FileProblem | null {
  if (file.size === 0) return 'empty'
  if (file.size > limit) return 'tooLarge'
  return null
}

const KiB = 1024
const MiB = 1024 * 1024

/** A size in the reader's words: 812 bytes, 4.2 kB, 19.5 MB (fr: ko, Mo). */
export function formatFileSize(bytes: number, lang: Locale): string {
  const locale = INTL_LOCALES[lang]
  if (bytes < KiB) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes)
  const [value, unit] = bytes < MiB ? [bytes / KiB, 'kilobyte'] : [bytes / MiB, 'megabyte']
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)
}

/** Upload progress as a whole percentage (0–100), or null when the total is unknown. */
export function progressPercent(loaded: number, total: number | null): number | null {
  if (total === null || total <= 0) return null
  return Math.min(100, Math.max(0, Math.floor((loaded / total) * 100)))
}
