/**
 * Property-based: whatever bytes are uploaded (random, truncated or corrupted real files, the real
 * files in other encodings, random cells in each layout, any forced format, random form fields),
 * POST /api/admin/imports answers a report (201) or a 4xx in the one error shape, never a 5xx, and
 * no observation or revision changes; commit and revert of random ids and bodies never answer 5xx.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, signIn, type SignedIn } from '../auth-helper.ts'
import { BX_CSV, GDP_ZIP, dataCounts, fixture, fixtureText, upload } from './fixtures.ts'

let t: TestApp
let editor: SignedIn
beforeAll(async () => {
  t = await buildTestApp()
  editor = await signIn(t.app, 'editor')
})
afterAll(() => t.app.close())

const FILES = [BX_CSV, GDP_ZIP, 'oecd-gerd.csv', 'sdmx-1.0-fdi-inflows.csv', 'sdmx-2.0-real-gdp-growth.csv', 'tidy.csv', 'tidy.xlsx', 'wide.xlsx', 'tidy-utf16le.csv', 'tidy-windows-1252.csv']
const realFile = fc.constantFrom(...FILES).map((name) => ({ name, bytes: fixture(name) }))
const format = fc.constantFrom(undefined, 'tidy', 'wdi', 'oecd', 'sdmx', 'xlsx', 'wdi-zip', 'csv', '')
const fields = fc.record({ format, indicator: fc.constantFrom(undefined, 'rd-expenditure', 'fdi-inflows', 'nope', ''), sheet: fc.constantFrom(undefined, 'Data', 'Sheet1', '') }, { requiredKeys: [] })

/** Drops the undefined fields (a form has a field or not). */
const present = (f: Record<string, string | undefined>): Record<string, string> => Object.fromEntries(Object.entries(f).filter((e): e is [string, string] => e[1] !== undefined))

/** A real file, cut short or with some bytes changed. */
const damaged = fc.tuple(realFile, fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.boolean()).map(([f, cut, flips, truncate]) => {
  const bytes = truncate ? f.bytes.slice(0, cut % (f.bytes.length + 1)) : new Uint8Array(f.bytes)
  for (const [at, byte] of flips) if (bytes.length > 0) bytes[at % bytes.length] = byte
  return { name: f.name, bytes }
})

/** The text fixtures in other encodings (UTF-16 with and without a mark, Latin-1 bytes of non-Latin-1 text). */
const reencoded = fc.tuple(fc.constantFrom(BX_CSV, 'oecd-gerd.csv', 'tidy.csv', 'sdmx-1.0-fdi-inflows.csv'), fc.constantFrom('utf16le', 'utf16le-bom', 'utf16be-bom', 'latin1')).map(([name, enc]) => {
  const text = fixtureText(name).replace(/^\uFEFF/, '')
  if (enc === 'latin1') return { name, bytes: new Uint8Array(Buffer.from(text, 'latin1')) }
  const le = Buffer.from(text, 'utf16le')
  if (enc === 'utf16le') return { name, bytes: new Uint8Array(le) }
  if (enc === 'utf16le-bom') return { name, bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), le])) }
  const be = Buffer.from(le)
  be.swap16()
  return { name, bytes: new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be])) }
})

const cellText = fc.oneof(
  fc.constantFrom('', '1.5', '-0.25', '2.00217899331626E-06', '1,234', '..', 'n/a', 'NaN', '1e999', '12 345', '%', '"', '""', ',', '\r\n', 'MEX', 'Mexique', '2023', '2031', '1899', '2026-Q5', 'E', 'P'),
  fc.string({ maxLength: 12 }),
)
/** Random cells in each CSV layout, under the layout's real header. */
const randomCells = fc.tuple(fc.constantFrom('tidy', 'wdi', 'oecd', 'sdmx'), fc.array(fc.array(cellText, { minLength: 1, maxLength: 12 }), { maxLength: 6 })).map(([layout, rows]) => {
  const quote = (c: string) => `"${c.replace(/"/g, '""')}"`
  const lines = rows.map((r) => r.map((c) => (layout === 'wdi' || /[",\r\n]/.test(c) ? quote(c) : c)).join(',') + (layout === 'wdi' ? ',' : ''))
  const header = {
    tidy: 'indicator,country,period,value,flags,source',
    wdi: `\uFEFF"Data Source","World Development Indicators",\r\n\r\n"Last Updated Date","2026-02-24",\r\n\r\n"Country Name","Country Code","Indicator Name","Indicator Code",${Array.from({ length: 8 }, (_, i) => `"${2018 + i}"`).join(',')},`,
    oecd: '\uFEFF"INDICATOR","Indicator","LOCATION","Country","TIME","Time","Value","Flag Codes","Flags"',
    sdmx: 'DATAFLOW,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS',
  }[layout]
  return { name: `${layout}.csv`, bytes: new TextEncoder().encode([header, ...lines].join(layout === 'tidy' || layout === 'sdmx' ? '\n' : '\r\n')) }
})

const anyFile = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ name: 'random.bin', bytes })),
  damaged,
  reencoded,
  randomCells,
  realFile,
)

describe('POST /api/admin/imports with any file', () => {
  test('answers 201 or a 4xx in the one error shape, never a 5xx, and changes no observation', async () => {
    const before = dataCounts(t.app)
    await fc.assert(
      fc.asyncProperty(anyFile, fields, async (file, f) => {
        const res = await upload(t.app, editor, file.name, file.bytes, { fields: present(f) })
        expect(res.statusCode, res.body).toBeLessThan(500)
        if (res.statusCode === 201) {
          const body = res.json<{ summary: Record<string, number>; state: string }>()
          expect(body.state).toBe('previewed')
          expect(Object.values(body.summary).every((n) => Number.isInteger(n) && n >= 0)).toBe(true)
        } else {
          expect([400, 413]).toContain(res.statusCode)
          expect(res.json()).toMatchObject({ statusCode: res.statusCode, code: expect.any(String), message: expect.any(String) })
        }
      }),
      { numRuns: 120 },
    )
    expect(dataCounts(t.app)).toEqual(before)
  })
})

describe('commit and revert with any id and body', () => {
  test('never answer a 5xx', async () => {
    const id = fc.oneof(fc.integer({ min: -3, max: 5 }).map(String), fc.constantFrom('abc', '1.5', '99999999999999999999', '%00', ''))
    const body = fc.oneof(fc.jsonValue(), fc.record({ reason: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant('x'.repeat(501))) }, { requiredKeys: [] }))
    await fc.assert(
      fc.asyncProperty(id, fc.constantFrom('commit', 'revert'), body, async (i, action, payload) => {
        const res = await t.app.inject({ method: 'POST', url: `/api/admin/imports/${i}/${action}`, headers: { ...authHeaders(editor), 'content-type': 'application/json' }, payload: JSON.stringify(payload) })
        expect(res.statusCode, res.body).toBeLessThan(500)
        expect(res.statusCode).toBeGreaterThanOrEqual(200)
      }),
      { numRuns: 80 },
    )
  })
})
