/**
 * Page-by-page reading of a cursor-paged list with "previous" and "next": the cursors of the pages
 * visited are kept, so going back needs no cursor from the server. The first page has no cursor.
 */
export interface CursorPages {
  /** The cursor of every page visited, the current one last (null: the first page). */
  readonly cursors: readonly (string | null)[]
}

export const FIRST_PAGE: CursorPages = { cursors: [null] }

export function currentCursor(pages: CursorPages): string | null {
  return pages.cursors[pages.cursors.length - 1] ?? null
}

/** The 0-based number of the current page. */
export function pageIndex(pages: CursorPages): number {
  return pages.cursors.length - 1
}

export function nextPage(pages: CursorPages, nextCursor: string | null): CursorPages {
  if (nextCursor === null) return pages
  return { cursors: [...pages.cursors, nextCursor] }
}

export function previousPage(pages: CursorPages): CursorPages {
  if (pages.cursors.length <= 1) return pages
  return { cursors: pages.cursors.slice(0, -1) }
}

/** The 1-based numbers of the first and last rows of the current page. */
export function pageRange(pages: CursorPages, pageSize: number, rowsOnPage: number): { from: number; to: number } {
  const from = pageIndex(pages) * pageSize + 1
  return { from: rowsOnPage === 0 ? 0 : from, to: rowsOnPage === 0 ? 0 : from + rowsOnPage - 1 }
}
