/**
 * A World Bank download, end to end: the WDI CSV of FDI net inflows and the WDI ZIP of GDP per
 * capita (PPP) as the World Bank serves them, built from the seed's values. Dry run counts, paged
 * verdicts, commit (the dashboard moves, North America recomputed), re-import, revert, and every
 * refusal that must leave the data as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, signIn, type SignedIn } from '../auth-helper.ts'
import { BX_CSV, GDP_ZIP, dataCounts, dryRun, editWdiZip, fixture, fixtureText, post, setWdiCell, upload, valueOf, type ImportBody, type Verdict } from './fixtures.ts'

let t: TestApp
let editor: SignedIn
let admin: SignedIn

beforeAll(async () => {
  t = await buildTestApp()
  editor = await signIn(t.app, 'editor')
  admin = await signIn(t.app, 'admin')
})
afterAll(() => t.app.close())

/** Seed values of FDI net inflows (% of GDP). */
const MEX_2023 = 1.70739186154278
const CAN_2023 = 2.01979850018061
const USA_2023 = 1.32618252590589

/** The BX download with MEX 2023 corrected and a CAN 2025 value added. */
const bxEdited = () => setWdiCell(setWdiCell(fixtureText(BX_CSV), 'MEX', 2023, '1.9'), 'CAN', 2025, '2.6')

async function verdicts(id: number, query = ''): Promise<{ items: Verdict[]; nextCursor: string | null }> {
  const res = await t.app.inject({ method: 'GET', url: `/api/admin/imports/${id}${query}`, headers: authHeaders(editor) })
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}

/** The GDP-weighted mean of the members' FDI inflows in 2023, from the public series. */
async function weightedNam2023(): Promise<number> {
  let sum = 0
  let weights = 0
  for (const c of ['CAN', 'MEX', 'USA']) {
    const v = await valueOf(t.app, 'fdi-inflows', c, '2023')
    const w = await valueOf(t.app, 'gdp-current-usd', c, '2023')
    if (v === undefined || w === undefined) throw new Error(`no 2023 value for ${c}`)
    sum += v * w
    weights += w
  }
  return sum / weights
}

describe('POST /api/admin/imports (dry run)', () => {
  test('the WDI CSV as downloaded: every CAN, MEX, USA and World value is unchanged, other countries are skipped, nothing changes', async () => {
    const before = dataCounts(t.app)
    const body = await dryRun(t.app, editor, BX_CSV, fixture(BX_CSV))
    // 55 years (1970–2024) × CAN, MEX, USA and WLD (the seed keeps World values of this series); DEU, DZA, KOR, NAC, NAM (Namibia) skipped.
    expect(body.summary).toEqual({ new: 0, changed: 0, unchanged: 220, rejected: 0, skipped: 259 })
    expect(body).toMatchObject({ format: 'wdi', fileName: BX_CSV, encoding: 'utf-8', rows: 9, state: 'previewed', warnings: { outliers: 0 }, preview: null })
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(dataCounts(t.app)).toEqual(before)
    const skipped = await verdicts(body.id, '?verdict=skipped&country=DEU&limit=2')
    expect(skipped.items.map((v) => [v.country, v.period, v.code, v.reason])).toEqual([
      // Germany's first value in the download is 1971's.
      ['DEU', '1971', 'untracked-country', 'country DEU (Germany) is not tracked'],
      ['DEU', '1972', 'untracked-country', 'country DEU (Germany) is not tracked'],
    ])
    const namibia = await verdicts(body.id, '?country=NAM&limit=1')
    expect(namibia.items[0]?.reason).toContain('NAM is Namibia, not North America')
  })

  test('an edited download: one changed, one new, with the old value, version and the reason in words', async () => {
    const before = dataCounts(t.app)
    const body = await dryRun(t.app, editor, BX_CSV, bxEdited())
    expect(body.summary).toEqual({ new: 1, changed: 1, unchanged: 219, rejected: 0, skipped: 259 })
    expect(dataCounts(t.app)).toEqual(before)
    const changed = await verdicts(body.id, '?verdict=changed')
    expect(changed.items).toHaveLength(1)
    expect(changed.items[0]).toMatchObject({
      indicator: 'fdi-inflows',
      country: 'MEX',
      period: '2023',
      value: '1.9',
      column: '2023',
      verdict: 'changed',
      reason: `fdi-inflows MEX 2023: value ${MEX_2023} → 1.9`,
      old: { value: MEX_2023, version: 1 },
      new: { value: 1.9 },
    })
    const added = await verdicts(body.id, '?verdict=new')
    expect(added.items.map((v) => [v.country, v.period, v.old, v.new?.value, v.reason])).toEqual([['CAN', '2025', null, 2.6, 'fdi-inflows CAN 2025 has no value yet: 2.6 is added']])
    // The impact of the whole import: North America's FDI assessment is recomputed with the MEX change.
    expect(body.preview?.assessments.map((a) => `${a.indicator} ${a.country}`)).toEqual(expect.arrayContaining(['fdi-inflows MEX', 'fdi-inflows CAN', 'fdi-inflows NAM']))
  })

  test('the WDI ZIP as served (data CSV plus two metadata CSVs) is read in memory: 35 years × 4 areas unchanged', async () => {
    const body = await dryRun(t.app, editor, GDP_ZIP, fixture(GDP_ZIP))
    expect(body.summary).toEqual({ new: 0, changed: 0, unchanged: 140, rejected: 0, skipped: 0 })
    expect(body).toMatchObject({ format: 'wdi-zip', rows: 4 })
  })

  test('verdicts page in file order with a cursor, and filters combine', async () => {
    const { id } = await dryRun(t.app, editor, BX_CSV, fixture(BX_CSV))
    const first = await verdicts(id, '?limit=100')
    expect(first.items).toHaveLength(100)
    expect(first.items[0]).toMatchObject({ row: 1, country: 'CAN', period: '1970', verdict: 'unchanged', line: 6 })
    expect(first.nextCursor).not.toBeNull()
    const second = await verdicts(id, `?limit=100&cursor=${first.nextCursor ?? ''}`)
    expect(second.items[0]?.row).toBe(101)
    const mex = await verdicts(id, '?indicator=fdi-inflows&country=mex&verdict=unchanged&limit=500')
    expect(mex.items).toHaveLength(55)
    expect(mex.nextCursor).toBeNull()
    expect(mex.items.every((v) => v.country === 'MEX')).toBe(true)
    const bad = await t.app.inject({ method: 'GET', url: `/api/admin/imports/${id}?cursor=nope`, headers: authHeaders(editor) })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'validation_error', issues: [{ field: 'cursor', message: 'is not a cursor this API gave out' }] })
    const wrongVerdict = await t.app.inject({ method: 'GET', url: `/api/admin/imports/${id}?verdict=maybe`, headers: authHeaders(editor) })
    expect(wrongVerdict.statusCode).toBe(400)
    const missing = await t.app.inject({ method: 'GET', url: '/api/admin/imports/999999', headers: authHeaders(editor) })
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual({ statusCode: 404, error: 'Not Found', code: 'not_found', message: 'Import #999999 not found' })
  })
})

describe('commit, re-import and revert', () => {
  test('commit applies exactly the new and changed values in one go: the series move, North America is recomputed, revisions refer to the import', async () => {
    const namBefore = await valueOf(t.app, 'fdi-inflows', 'NAM', '2023')
    const { id } = await dryRun(t.app, editor, BX_CSV, bxEdited())
    const res = await post(t.app, admin, `/api/admin/imports/${id}/commit`, { reason: 'WDI update of February 2026' })
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json<{ import: ImportBody; applied: number; derived: number }>()
    expect(body.applied).toBe(2)
    expect(body.derived).toBeGreaterThanOrEqual(1)
    expect(body.import).toMatchObject({ id, state: 'committed', commitReason: 'WDI update of February 2026', committedBy: admin.user.name, createdBy: editor.user.name })

    expect(await valueOf(t.app, 'fdi-inflows', 'MEX', '2023')).toBe(1.9)
    expect(await valueOf(t.app, 'fdi-inflows', 'CAN', '2025')).toBe(2.6)
    expect(await valueOf(t.app, 'fdi-inflows', 'CAN', '2023')).toBe(CAN_2023)
    const namAfter = await valueOf(t.app, 'fdi-inflows', 'NAM', '2023')
    expect(namAfter).not.toBe(namBefore)
    expect(namAfter).toBeCloseTo(await weightedNam2023(), 10)
    // North America 2025 needs every member's value: only Canada has one.
    expect(await valueOf(t.app, 'fdi-inflows', 'NAM', '2025')).toBeUndefined()

    const revisions = t.app.db.$client
      .prepare<[number], { action: string; country: string; period: string; old: number | null; new: number | null; reason: string }>(
        `select r.action, o.country_code as country, o.period, r.old_value as old, r.new_value as new, r.reason from revisions r
         join observations o on o.id = r.observation_id where r.import_id = ? and r.action = 'import' order by r.id`,
      )
      .all(id)
    // In file order: Canada's row comes first.
    expect(revisions).toEqual([
      { action: 'import', country: 'CAN', period: '2025', old: null, new: 2.6, reason: 'WDI update of February 2026' },
      { action: 'import', country: 'MEX', period: '2023', old: MEX_2023, new: 1.9, reason: 'WDI update of February 2026' },
    ])
    const derived = t.app.db.$client.prepare<[number], { n: number }>(`select count(*) as n from revisions where import_id = ? and action = 'derive'`).get(id)
    expect(derived?.n).toBe(body.derived)
    const audit = t.app.db.$client.prepare<[string], { action: string; reason: string; actor: string }>(`select action, reason, actor from audit_log where entity = 'imports' and entity_id = ? order by id`).all(String(id))
    expect(audit).toEqual([
      { action: 'import.dry_run', reason: `dry run of ${BX_CSV}`, actor: editor.user.email },
      { action: 'import.commit', reason: 'WDI update of February 2026', actor: admin.user.email },
    ])

    // The same file again: only unchanged values (and the same skipped ones).
    const again = await dryRun(t.app, editor, BX_CSV, bxEdited())
    expect(again.summary).toEqual({ new: 0, changed: 0, unchanged: 221, rejected: 0, skipped: 259 })

    // A second commit of the first dry run: 409, nothing applied again.
    const second = await post(t.app, editor, `/api/admin/imports/${id}/commit`, { reason: 'again' })
    expect(second.statusCode).toBe(409)
    expect(second.json()).toMatchObject({ code: 'already_committed', state: 'committed' })

    // The history lists it with who and what.
    const list = await t.app.inject({ method: 'GET', url: '/api/admin/imports?limit=3', headers: authHeaders(editor) })
    const listed = list.json<{ items: ImportBody[] }>().items.find((i) => i.id === id)
    expect(listed).toMatchObject({ state: 'committed', fileName: BX_CSV, format: 'wdi', createdBy: editor.user.name, summary: { new: 1, changed: 1 } })

    // Revert: every point back as it was (CAN 2025 deleted again), North America too.
    const revert = await post(t.app, editor, `/api/admin/imports/${id}/revert`, { reason: 'wrong vintage' })
    expect(revert.statusCode, revert.body).toBe(200)
    expect(revert.json()).toMatchObject({ reverted: 2, import: { state: 'reverted', revertedBy: editor.user.name } })
    expect(await valueOf(t.app, 'fdi-inflows', 'MEX', '2023')).toBe(MEX_2023)
    expect(await valueOf(t.app, 'fdi-inflows', 'CAN', '2025')).toBeUndefined()
    expect(await valueOf(t.app, 'fdi-inflows', 'NAM', '2023')).toBe(namBefore)
    expect(await valueOf(t.app, 'fdi-inflows', 'USA', '2023')).toBe(USA_2023)
    const again2 = await post(t.app, editor, `/api/admin/imports/${id}/revert`, { reason: 'again' })
    expect(again2.statusCode).toBe(409)
    expect(again2.json()).toMatchObject({ code: 'already_reverted', state: 'reverted' })
    const recommit = await post(t.app, editor, `/api/admin/imports/${id}/commit`, { reason: 'again' })
    expect(recommit.json()).toMatchObject({ code: 'already_reverted' })

    // After the revert the file would change the same two points again.
    const third = await dryRun(t.app, editor, BX_CSV, bxEdited())
    expect(third.summary).toMatchObject({ new: 1, changed: 1, unchanged: 219 })
  })

  test('a point changed after the dry run: 409 listing it with its current state, nothing applied', async () => {
    const { id } = await dryRun(t.app, editor, BX_CSV, bxEdited())
    const version = t.app.db.$client
      .prepare<[], { version: number }>(`select o.version from observations o join indicators i on i.id = o.indicator_id where i.slug = 'fdi-inflows' and o.country_code = 'MEX' and o.period = '2023'`)
      .get()?.version
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/indicators/fdi-inflows/observations/MEX/2023',
      headers: authHeaders(admin),
      payload: { value: 1.8, version, reason: 'INEGI figure', confirm: true },
    })
    expect(put.statusCode, put.body).toBe(200)
    const before = dataCounts(t.app)
    const res = await post(t.app, editor, `/api/admin/imports/${id}/commit`, { reason: 'WDI update' })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({
      code: 'version_conflict',
      total: 1,
      conflicts: [{ indicator: 'fdi-inflows', country: 'MEX', period: '2023', version, current: { value: 1.8, version: (version ?? 0) + 1, author: admin.user.name } }],
    })
    expect(res.json<{ message: string }>().message).toBe('1 point(s) changed since the dry run, nothing was applied: fdi-inflows MEX 2023; upload the file again')
    expect(dataCounts(t.app)).toEqual(before)
    expect(await valueOf(t.app, 'fdi-inflows', 'CAN', '2025')).toBeUndefined()
    const stored = await t.app.inject({ method: 'GET', url: `/api/admin/imports/${id}?limit=1`, headers: authHeaders(editor) })
    expect(stored.json()).toMatchObject({ state: 'previewed' })
  })

  test('revert refuses when someone changed an imported point since: 409 listing it, nothing changed', async () => {
    const csv = setWdiCell(fixtureText(BX_CSV), 'USA', 2022, '1.7')
    const { id } = await dryRun(t.app, editor, BX_CSV, csv)
    expect((await post(t.app, editor, `/api/admin/imports/${id}/commit`, { reason: 'WDI' })).statusCode).toBe(200)
    const version = t.app.db.$client
      .prepare<[], { version: number }>(`select o.version from observations o join indicators i on i.id = o.indicator_id where i.slug = 'fdi-inflows' and o.country_code = 'USA' and o.period = '2022'`)
      .get()?.version
    const put = await t.app.inject({ method: 'PUT', url: '/api/admin/indicators/fdi-inflows/observations/USA/2022', headers: authHeaders(admin), payload: { value: 1.65, version, reason: 'BEA figure', confirm: true } })
    expect(put.statusCode, put.body).toBe(200)
    const before = dataCounts(t.app)
    const res = await post(t.app, editor, `/api/admin/imports/${id}/revert`, { reason: 'undo' })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({ code: 'version_conflict', total: 1, conflicts: [{ country: 'USA', period: '2022', current: { value: 1.65, author: admin.user.name } }] })
    expect(dataCounts(t.app)).toEqual(before)
    expect(await valueOf(t.app, 'fdi-inflows', 'USA', '2022')).toBe(1.65)
  })

  test('a dry run that was never committed cannot be reverted; an unknown import is 404; a reason is required', async () => {
    const { id } = await dryRun(t.app, editor, GDP_ZIP, fixture(GDP_ZIP))
    const revert = await post(t.app, editor, `/api/admin/imports/${id}/revert`, { reason: 'undo' })
    expect(revert.statusCode).toBe(409)
    expect(revert.json()).toMatchObject({ code: 'not_committed', state: 'previewed' })
    expect((await post(t.app, editor, '/api/admin/imports/424242/commit', { reason: 'x' })).statusCode).toBe(404)
    const noReason = await post(t.app, editor, `/api/admin/imports/${id}/commit`, { reason: '  ' })
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json()).toMatchObject({ code: 'validation_error', issues: [{ field: 'reason' }] })
  })

  test('the WDI ZIP with an edited value: commit moves the point, outliers are warned of per row and still applied', async () => {
    // GDP per capita (PPP) of Mexico, 2024 in the seed: 22,360. 45,000 doubles it: a level and a jump far outside the series.
    const zip = editWdiZip(fixture(GDP_ZIP), (csv) => setWdiCell(csv, 'MEX', 2024, '45000'))
    const body = await dryRun(t.app, editor, GDP_ZIP, zip)
    expect(body.summary).toEqual({ new: 0, changed: 1, unchanged: 139, rejected: 0, skipped: 0 })
    expect(body.warnings).toEqual({ outliers: 1 })
    const [row] = (await verdicts(body.id, '?verdict=changed')).items
    expect(row).toMatchObject({ country: 'MEX', period: '2024', new: { value: 45000 }, outlier: { reasons: ['change', 'level'] } })
    const res = await post(t.app, editor, `/api/admin/imports/${body.id}/commit`, { reason: 'test of an outlier' })
    expect(res.statusCode, res.body).toBe(200)
    expect(await valueOf(t.app, 'gdp-per-capita-ppp', 'MEX', '2024')).toBe(45000)
  })
})

describe('refusals of a file', () => {
  test('more than 20 MiB: 413 with the limit in the message', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x31)
    const res = await upload(t.app, editor, 'big.csv', big)
    expect(res.statusCode).toBe(413)
    expect(res.json()).toEqual({ statusCode: 413, error: 'Payload Too Large', code: 'file_too_large', message: 'The file is larger than the limit of 20 MiB (20,971,520 bytes)' })
  })

  test('more than 200,000 rows: 413 naming the limit', async () => {
    const rows = Array.from({ length: 200_001 }, (_, i) => `fdi-inflows,MEX,${1900 + (i % 120)},1`).join('\n')
    const res = await upload(t.app, editor, 'rows.csv', `indicator,country,period,value\n${rows}\n`)
    expect(res.statusCode).toBe(413)
    expect(res.json()).toMatchObject({ code: 'too_many_rows', file: { code: 'too-many-rows', line: 200_002 } })
    expect(res.json<{ message: string }>().message).toContain('200,000')
  })

  test('broken quoting in a WDI CSV: 400 naming the line', async () => {
    const csv = fixtureText(BX_CSV).replace('"Mexico","MEX"', '"Mexico,"MEX"')
    const res = await upload(t.app, editor, BX_CSV, csv)
    expect(res.statusCode).toBe(400)
    const body = res.json<{ code: string; message: string; issues: { field: string; message: string }[] }>()
    expect(body.code).toBe('invalid_file')
    expect(body.message).toMatch(/^The file cannot be imported: line 10: /)
    expect(body.issues).toEqual([{ field: 'file', message: body.message.replace('The file cannot be imported: ', '') }])
  })

  test('an XLSX that is not a zip, a ZIP bomb and an empty file: 400 saying what broke', async () => {
    const notZip = await upload(t.app, editor, 'data.xlsx', 'indicator,country,period,value\n', { query: '?format=xlsx' })
    expect(notZip.statusCode).toBe(400)
    expect(notZip.json()).toMatchObject({ code: 'invalid_file', message: 'The file cannot be imported: not an XLSX workbook (an XLSX file is a ZIP archive)' })
    const bomb = await upload(t.app, editor, 'bomb.zip', fixture('zip-bomb-ratio.zip'))
    expect(bomb.statusCode).toBe(400)
    expect(bomb.json()).toMatchObject({ code: 'invalid_file', message: expect.stringContaining('refused as a ZIP bomb') })
    const empty = await upload(t.app, editor, 'empty.csv', '')
    expect(empty.statusCode).toBe(400)
    expect(empty.json()).toMatchObject({ code: 'invalid_file', message: 'The file cannot be imported: the file is empty' })
  })

  test('wrong options and a wrong request: 400 or 415 naming what is wrong', async () => {
    const unknown = await upload(t.app, editor, 'gerd.csv', fixture('oecd-gerd.csv'), { fields: { indicator: 'no-such-indicator' } })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json()).toMatchObject({ code: 'validation_error', issues: [{ field: 'indicator', message: 'indicator "no-such-indicator" is not in the catalog' }] })
    const format = await upload(t.app, editor, 'x.csv', fixture('tidy.csv'), { query: '?format=pdf' })
    expect(format.statusCode).toBe(400)
    const json = await t.app.inject({ method: 'POST', url: '/api/admin/imports', headers: authHeaders(editor), payload: { file: 'x' } })
    expect(json.statusCode).toBe(415)
    expect(json.json()).toMatchObject({ code: 'unsupported_media_type' })
    const noFile = await t.app.inject({
      method: 'POST',
      url: '/api/admin/imports',
      headers: { ...authHeaders(editor), 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\ncontent-disposition: form-data; name="format"\r\n\r\ntidy\r\n--x--\r\n',
    })
    expect(noFile.statusCode).toBe(400)
    expect(noFile.json()).toMatchObject({ issues: [{ field: 'file', message: 'is required' }] })
    const truncated = await t.app.inject({
      method: 'POST',
      url: '/api/admin/imports',
      headers: { ...authHeaders(editor), 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\ncontent-disposition: form-data; name="file"; filename="a.csv"\r\n\r\nindicator,coun',
    })
    expect(truncated.statusCode).toBe(400)
    expect(truncated.json()).toMatchObject({ code: 'invalid_upload' })
  })

  test('an OECD file of one series the catalog does not know, with the indicator chosen: its values are matched', async () => {
    const res = await upload(t.app, editor, 'oecd-gerd.csv', fixture('oecd-gerd.csv'), { fields: { indicator: 'rd-expenditure' } })
    expect(res.statusCode, res.body).toBe(201)
    const body = res.json<ImportBody>()
    expect(body.format).toBe('oecd')
    expect(body.summary.skipped).toBeLessThan(24)
    expect(body.summary.new + body.summary.changed + body.summary.unchanged + body.summary.rejected + body.summary.skipped).toBe(24)
  })

  test('without the CSRF header the upload is refused before it is read', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/imports', headers: { cookie: editor.cookie, 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--\r\n' })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'csrf' })
  })
})
