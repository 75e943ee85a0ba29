/**
 * A strict CSV reader for the export tests: csv-parse (the parser the seed uses) with its defaults,
 * which reject comment lines, unbalanced quotes and rows whose length differs from the header's.
 * csv-parse is a dependency of @nap/db, not of @nap/api, so it is loaded from there.
 */
import { createRequire } from 'node:module'
import { z } from 'zod'

interface CsvParseSync {
  parse: (input: string, options: { columns: false; bom: false; skip_empty_lines: false }) => unknown
}
const requireFromDb = createRequire(new URL('../../../db/package.json', import.meta.url))
const { parse }: CsvParseSync = requireFromDb('csv-parse/sync')

const Records = z.array(z.array(z.string()))

/** The header (first line) and the rows as objects keyed by it; throws on anything but a plain table. */
export function parseCsvStrict(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...records] = Records.parse(parse(text, { columns: false, bom: false, skip_empty_lines: false }))
  if (!header) throw new Error('empty CSV')
  const rows = records.map((r, i) => {
    if (r.length !== header.length) throw new Error(`row ${i + 2} has ${r.length} fields, the header ${header.length}`)
    return Object.fromEntries(header.map((name, j) => [name, r[j] ?? '']))
  })
  return { header, rows }
}
