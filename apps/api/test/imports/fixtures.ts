/**
 * Import fixtures for the API tests: the files of packages/imports/test/fixtures (built from the
 * seed's real values in the publishers' exact layouts), and edits of them that keep the layout
 * byte for byte except for the cells changed (BOM, preamble, CRLF, quoting, trailing comma).
 */
import { readFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import type { FastifyInstance } from 'fastify'
import { authHeaders, type SignedIn } from '../auth-helper.ts'
import { multipart, type MultipartInput } from './multipart.ts'

export const BX_CSV = 'API_BX.KLT.DINV.WD.GD.ZS_DS2_en_csv_v2_397.csv'
export const GDP_ZIP = 'API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.zip'

export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../../../packages/imports/test/fixtures/${name}`, import.meta.url))
}

export function fixtureText(name: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(fixture(name))
}

/**
 * A WDI CSV with the cell of `country` × `year` set to `value` ('' empties it), as the World Bank
 * writes it: every cell quoted, a trailing comma.
 */
export function setWdiCell(csv: string, country: string, year: number, value: string): string {
  const lines = csv.split('\r\n')
  const i = lines.findIndex((l) => new RegExp(`^"(?:[^"]|"")*","${country}",`).test(l))
  const line = lines[i]
  if (line === undefined) throw new Error(`no ${country} row`)
  const cells = line.match(/"(?:[^"]|"")*"/g) ?? []
  const at = 4 + year - 1960
  if (cells[at] === undefined) throw new Error(`no ${year} column`)
  cells[at] = `"${value}"`
  lines[i] = `${cells.join(',')},`
  return lines.join('\r\n')
}

/** The WDI ZIP with its data CSV edited (the metadata entries kept as they are). */
export function editWdiZip(zip: Uint8Array, edit: (csv: string) => string): Uint8Array {
  const entries = unzipSync(zip)
  const out: Zippable = {}
  for (const [name, bytes] of Object.entries(entries)) {
    out[name] = name.startsWith('API_') ? strToU8(edit(strFromU8(bytes))) : bytes
  }
  return zipSync(out, { level: 6 })
}

export interface Summary {
  new: number
  changed: number
  unchanged: number
  rejected: number
  skipped: number
}

export interface ImportBody {
  id: number
  format: string
  fileName: string
  sha256: string
  encoding: string | null
  rows: number
  summary: Summary
  warnings: { outliers: number }
  state: string
  createdBy: string | null
  committedBy: string | null
  commitReason: string | null
  revertedBy: string | null
  preview: { asOf: string; assessments: { indicator: string; country: string; before: { status: string }; after: { status: string } }[]; goals: unknown[]; countries: unknown[] } | null
}

export interface Verdict {
  row: number
  line: number
  column: string | null
  indicator: string
  country: string
  period: string
  value: string
  verdict: string
  code: string | null
  reason: string
  old: { value: number | null; version: number } | null
  new: { value: number } | null
  outlier: { reasons: string[] } | null
}

export async function upload(app: FastifyInstance, s: SignedIn, name: string, content: Uint8Array | string, extra: Omit<MultipartInput, 'file'> & { query?: string } = {}) {
  const { payload, headers } = multipart({ ...extra, file: { name, content } })
  return app.inject({ method: 'POST', url: `/api/admin/imports${extra.query ?? ''}`, headers: { ...authHeaders(s), ...headers }, payload })
}

export async function dryRun(app: FastifyInstance, s: SignedIn, name: string, content: Uint8Array | string): Promise<ImportBody> {
  const res = await upload(app, s, name, content)
  if (res.statusCode !== 201) throw new Error(`dry run of ${name} answered ${res.statusCode}: ${res.body}`)
  return res.json<ImportBody>()
}

export function post(app: FastifyInstance, s: SignedIn, url: string, payload: Record<string, unknown>) {
  return app.inject({ method: 'POST', url, headers: authHeaders(s), payload })
}

/** One point of the public series (undefined when it has no value). */
export async function valueOf(app: FastifyInstance, slug: string, country: string, period: string): Promise<number | undefined> {
  const res = await app.inject({ method: 'GET', url: `/api/indicators/${slug}/series?countries=${country}&from=${period}&to=${period}` })
  const body = res.json<{ series: { country: string; points: { period: string; value: number }[] }[] }>()
  return body.series.find((c) => c.country === country)?.points.find((p) => p.period === period)?.value
}

/** Rows of the database that no dry run may touch. */
export function dataCounts(app: FastifyInstance): { observations: number; revisions: number; live: number } {
  return app.db.$client
    .prepare<[], { observations: number; revisions: number; live: number }>(
      'select (select count(*) from observations) as observations, (select count(*) from revisions) as revisions, (select count(*) from observations where deleted = 0) as live',
    )
    .get() ?? { observations: -1, revisions: -1, live: -1 }
}
