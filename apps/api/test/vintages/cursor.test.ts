import { describe, expect, test } from 'vitest'
import { decodeCursor, encodeCursor, pageOf } from '../../src/repositories/cursor.ts'

describe('keyset cursors', () => {
  test.each([
    [{ at: '2031-05-01T09:00:00.000Z', id: 1 }],
    [{ at: '0050-01-01T00:00:00.000Z', id: 987654321 }],
  ])('round-trips %j', (cursor) => {
    const text = encodeCursor(cursor)
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeCursor(text)).toEqual(cursor)
  })

  const b64 = (s: string) => Buffer.from(s).toString('base64url')
  test.each([
    ['not base64url', 'a+b/c='],
    ['no separator', b64('2031-05-01T09:00:00.000Z')],
    ['a time without milliseconds', b64('2031-05-01T09:00:00Z|5')],
    ['an impossible time', b64('2031-13-01T09:00:00.000Z|5')],
    ['id 0', b64('2031-05-01T09:00:00.000Z|0')],
    ['a negative id', b64('2031-05-01T09:00:00.000Z|-5')],
    ['an id with a fraction', b64('2031-05-01T09:00:00.000Z|5.5')],
    ['an extra part', b64('2031-05-01T09:00:00.000Z|5|6')],
    ['an empty string', ''],
  ])('refuses %s', (_name, text) => {
    expect(decodeCursor(text)).toBeNull()
  })

  test('pageOf keeps limit rows and points the cursor at the last one only when there is more', () => {
    const rows = [3, 2, 1].map((id) => ({ id, at: `2031-01-0${String(id)}T00:00:00.000Z` }))
    const full = pageOf(rows, 2, (r) => r)
    expect(full.items.map((r) => r.id)).toEqual([3, 2])
    expect(decodeCursor(full.nextCursor ?? '')).toEqual({ id: 2, at: '2031-01-02T00:00:00.000Z' })
    expect(pageOf(rows, 3, (r) => r).nextCursor).toBeNull()
    expect(pageOf([], 3, (r: { id: number; at: string }) => r)).toEqual({ items: [], nextCursor: null })
  })
})
