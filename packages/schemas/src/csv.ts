/** CSV, the API's other wire format: a minimal RFC 4180 writer shared by the API exports and the web downloads. Quotes a field only when it holds a comma, quote, CR or LF. */
export type CsvCell = string | number | boolean | null | undefined

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  const s = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : String(cell)
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

/** Comment lines (prefixed "# ") then the header and rows, CRLF-free (LF) as most tools expect. */
export function toCsv(comments: string[], header: string[], rows: CsvCell[][]): string {
  const lines = [
    ...comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`),
    header.map(csvField).join(','),
    ...rows.map((r) => r.map(csvField).join(',')),
  ]
  return `${lines.join('\n')}\n`
}
