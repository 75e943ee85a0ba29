/**
 * Keyset cursors for lists ordered newest first by (time, id): the cursor names the last item of a
 * page, and the next page starts strictly after it. Opaque to clients (base64url of `time|id`).
 */

export interface Cursor {
  /** The item's time, an instant as `Date#toISOString` writes it. */
  at: string
  id: number
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at}|${String(cursor.id)}`, 'utf8').toString('base64url')
}

/** The cursor a string encodes, or null when it is not one of ours. */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null
  const [at = '', id = '', ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|')
  if (rest.length > 0 || !INSTANT.test(at) || Number.isNaN(Date.parse(at)) || !/^[1-9]\d{0,15}$/.test(id)) return null
  const n = Number(id)
  return Number.isSafeInteger(n) ? { at, id: n } : null
}

/**
 * One page of `rows` fetched with `limit + 1` (the extra row says whether there is a next page):
 * the first `limit` rows and the cursor of the last one, or null when this is the last page.
 */
export function pageOf<T>(rows: readonly T[], limit: number, cursorOf: (row: T) => Cursor): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null }
}
