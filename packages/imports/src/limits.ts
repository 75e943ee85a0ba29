/** How much a file may hold before it is refused (every limit is named in the refusal). */
export interface ImportLimits {
  /** Bytes of the file as uploaded (the API refuses larger uploads itself, with 413). */
  maxFileBytes: number
  /** Data rows (lines after the header, rows of a sheet). */
  maxRows: number
  /** Values read (cells of a wide file). */
  maxValues: number
  /** Bytes a ZIP (a WDI download, an XLSX workbook) may inflate to, all entries together. */
  maxInflatedBytes: number
  /** Inflated size ÷ compressed size of any ZIP entry (text compresses ~5–20×; a bomb ~1000×). */
  maxCompressionRatio: number
  /** Entries of a ZIP archive. */
  maxZipEntries: number
  /** Rows × columns of the grid a sheet spans (a sheet with one cell at XFD1048576 spans 17 billion). */
  maxSheetCells: number
}

const MiB = 1024 * 1024

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 20 * MiB,
  maxRows: 200_000,
  maxValues: 1_000_000,
  maxInflatedBytes: 100 * MiB,
  maxCompressionRatio: 200,
  maxZipEntries: 1_000,
  maxSheetCells: 20_000_000,
}

/** The default limits with the caller's changes. */
export function resolveLimits(limits: Partial<ImportLimits> | undefined): ImportLimits {
  return { ...DEFAULT_LIMITS, ...limits }
}

/** 1234567 → "1,234,567" (limits are written the same way in every message). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

/** Bytes in words: "20 MiB", "512 KiB", "37 bytes". */
export function formatBytes(n: number): string {
  if (n >= MiB && n % MiB === 0) return `${formatCount(n / MiB)} MiB`
  if (n >= MiB) return `${(n / MiB).toFixed(1)} MiB`
  if (n >= 1024 && n % 1024 === 0) return `${formatCount(n / 1024)} KiB`
  return `${formatCount(n)} bytes`
}
