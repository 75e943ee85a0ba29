import { describe, expect, test } from 'vitest'
import { currentCursor, FIRST_PAGE, nextPage, pageIndex, pageRange, previousPage } from './cursor-pages.ts'

describe('cursor pages', () => {
  test('starts on the first page, without a cursor', () => {
    expect(currentCursor(FIRST_PAGE)).toBeNull()
    expect(pageIndex(FIRST_PAGE)).toBe(0)
  })

  test('goes forward with the server’s cursor and back without one', () => {
    const second = nextPage(FIRST_PAGE, 'c50')
    const third = nextPage(second, 'c100')
    expect(currentCursor(third)).toBe('c100')
    expect(pageIndex(third)).toBe(2)
    expect(previousPage(third)).toEqual(second)
    expect(currentCursor(previousPage(second))).toBeNull()
  })

  test('stays put at either end', () => {
    expect(previousPage(FIRST_PAGE)).toBe(FIRST_PAGE)
    expect(nextPage(FIRST_PAGE, null)).toBe(FIRST_PAGE)
  })

  test.each([
    [FIRST_PAGE, 50, 50, { from: 1, to: 50 }],
    [nextPage(FIRST_PAGE, 'c50'), 50, 12, { from: 51, to: 62 }],
    [FIRST_PAGE, 50, 0, { from: 0, to: 0 }],
  ])('numbers the rows of the page shown (%#)', (pages, size, rows, range) => {
    expect(pageRange(pages, size, rows)).toEqual(range)
  })
})
