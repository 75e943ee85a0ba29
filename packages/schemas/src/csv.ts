/**
 * CSV, the API's other wire format: a minimal RFC 4180 writer shared by the API exports and the web
 * downloads. The first line is always the header (no comment lines: pandas, R and DuckDB read the
 * file as it is). Quotes a field only when it holds a comma, quote, CR or LF.
 */
export type CsvCell = string | number | boolean | null | undefined

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  const s = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : String(cell)
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

/** The header line then one line per row, LF-terminated (as most tools expect). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))]
  return `${lines.join('\n')}\n`
}
