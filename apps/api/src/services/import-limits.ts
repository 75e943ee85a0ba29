/** The size limit of an import, as the API and the command line state it (the parser's own: 20 MiB). */
import { DEFAULT_LIMITS } from '@nap/imports'

export const MAX_UPLOAD_BYTES = DEFAULT_LIMITS.maxFileBytes
export const MAX_ROWS = DEFAULT_LIMITS.maxRows

/** "20 MiB (20,971,520 bytes)". */
export const LIMIT_WORDS = `${MAX_UPLOAD_BYTES / (1024 * 1024)} MiB (${MAX_UPLOAD_BYTES.toLocaleString('en-US')} bytes)`
