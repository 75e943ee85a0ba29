/**
 * Each layout through the API, from the fixtures built from the seed's values: the verdict counts
 * of a dry run (the values are the seed's, so nothing is new; what changes is what the fixtures set
 * on purpose: flags, source notes), the encodings read the same, the sheet option, and a commit of a
 * tidy file with flags.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, signIn, type SignedIn } from '../auth-helper.ts'
import { fixture, post, upload, type ImportBody, type Verdict } from './fixtures.ts'

let t: TestApp
let editor: SignedIn
beforeAll(async () => {
  t = await buildTestApp()
  editor = await signIn(t.app, 'editor')
})
afterAll(() => t.app.close())

describe('POST /api/admin/imports, every layout', () => {
  test.each([
    ['tidy.csv', {}, 'tidy', 'utf-8', { new: 0, changed: 5, unchanged: 2, rejected: 0, skipped: 1 }],
    ['tidy-utf16le.csv', {}, 'tidy', 'utf-16le', { new: 0, changed: 5, unchanged: 2, rejected: 0, skipped: 1 }],
    ['tidy-windows-1252.csv', {}, 'tidy', 'windows-1252', { new: 0, changed: 5, unchanged: 2, rejected: 0, skipped: 1 }],
    ['wide.xlsx', {}, 'xlsx', null, { new: 0, changed: 0, unchanged: 16, rejected: 0, skipped: 0 }],
    ['sdmx-1.0-fdi-inflows.csv', {}, 'sdmx', 'utf-8', { new: 0, changed: 3, unchanged: 21, rejected: 0, skipped: 6 }],
    ['sdmx-2.0-real-gdp-growth.csv', {}, 'sdmx', 'utf-8', { new: 0, changed: 4, unchanged: 20, rejected: 0, skipped: 1 }],
    ['oecd-gerd.csv', { indicator: 'rd-expenditure' }, 'oecd', 'utf-8', { new: 0, changed: 3, unchanged: 21, rejected: 0, skipped: 0 }],
  ])('%s %j → %s (%s): %j', async (name, fields, format, encoding, summary) => {
    const res = await upload(t.app, editor, name, fixture(name), { fields })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({ format, encoding, summary, state: 'previewed' })
  })

  test('an SDMX file maps OBS_STATUS to flags: a value flagged B changes only its break flag', async () => {
    const { id } = (await upload(t.app, editor, 'sdmx.csv', fixture('sdmx-1.0-fdi-inflows.csv'))).json<ImportBody>()
    const res = await t.app.inject({ method: 'GET', url: `/api/admin/imports/${id}?verdict=changed&country=CAN`, headers: authHeaders(editor) })
    const changed = res.json<{ items: Verdict[] }>().items
    expect(changed.map((v) => [v.period, v.reason])).toContainEqual(['2020', 'fdi-inflows CAN 2020: flags none → break in series'])
  })

  test('a workbook whose first sheet is not data: 400 naming the sheet; with sheet= its tidy sheet is read', async () => {
    const first = await upload(t.app, editor, 'tidy.xlsx', fixture('tidy.xlsx'))
    expect(first.statusCode).toBe(400)
    expect(first.json<{ message: string }>().message).toMatch(/^The file cannot be imported: sheet "About", line 1: /)
    const chosen = await upload(t.app, editor, 'tidy.xlsx', fixture('tidy.xlsx'), { fields: { sheet: 'Observations' } })
    expect(chosen.statusCode, chosen.body).toBe(201)
    expect(chosen.json()).toMatchObject({ format: 'xlsx', meta: { sheet: 'Observations', layout: 'tidy' }, summary: { new: 0, rejected: 0, skipped: 0 } })
    expect(chosen.json<ImportBody>().summary.changed + chosen.json<ImportBody>().summary.unchanged).toBe(6)
  })

  test('a tidy file commits its flags: the point keeps its value (2.678 in the seed) and becomes an estimate', async () => {
    const csv = 'indicator,country,period,value,flags\nunemployment-rate,MEX,2024,2.678,E\n'
    const dry = (await upload(t.app, editor, 'flags.csv', csv)).json<ImportBody>()
    expect(dry.summary).toEqual({ new: 0, changed: 1, unchanged: 0, rejected: 0, skipped: 0 })
    const page = await t.app.inject({ method: 'GET', url: `/api/admin/imports/${dry.id}`, headers: authHeaders(editor) })
    expect(page.json<{ items: Verdict[] }>().items[0]?.reason).toBe('unemployment-rate MEX 2024: flags none → estimate')
    const res = await post(t.app, editor, `/api/admin/imports/${dry.id}/commit`, { reason: 'INEGI flags 2024 as an estimate' })
    expect(res.statusCode, res.body).toBe(200)
    const series = await t.app.inject({ method: 'GET', url: '/api/indicators/unemployment-rate/series?countries=MEX&from=2024&to=2024' })
    expect(series.json<{ series: { points: { value: number; estimate: boolean }[] }[] }>().series[0]?.points[0]).toMatchObject({ value: 2.678, estimate: true })
  })
})
