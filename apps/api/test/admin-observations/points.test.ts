import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { eq, sql } from 'drizzle-orm'
import { auditLog, indicators, revisions } from '@nap/db'
import type { Progress, Series } from '@nap/schemas'
import { checksum, editorApp, json, pointRow, pointUrl, send, type EditorApp } from './setup.ts'

let t: EditorApp
let name: string
beforeAll(async () => {
  t = await editorApp()
  name = t.editor.user.name
})
afterAll(() => t.app.close())

/** Moves the clock one second on and returns the time the next change gets. */
const tick = () => {
  t.clock.advance(1000)
  return t.clock.now().toISOString()
}
const flags = { estimate: false, provisional: false, breakInSeries: false }
const url = pointUrl('unemployment-rate', 'MEX', '2026')
const mexLatest = async () =>
  json<Progress>(await t.app.inject({ method: 'GET', url: '/api/indicators/unemployment-rate/progress' })).assessments.find((a) => a.country === 'MEX')?.latest

describe('PUT /api/admin/indicators/:slug/observations/:country/:period', () => {
  test('an outlier is answered 422 with the numbers behind it, writing nothing; confirm: true saves it', async () => {
    const before = checksum(t.db)
    const res = await send(t.app, 'PUT', url, t.headers, { value: 6, reason: 'typo test' })
    expect(res.statusCode).toBe(422)
    const body = json(res)
    expect(body).toMatchObject({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'outlier',
      warning: 'outlier',
      country: 'MEX',
      period: '2026',
      value: 6,
      reasons: ['change'],
      previous: { period: '2025', value: 2.673 },
      historicalMin: 2.598,
      historicalMax: 7.095,
    })
    expect(body['change']).toBeCloseTo(3.327, 9)
    expect(body['medianChange']).toBeCloseTo(0.3775, 9)
    expect(body['limit']).toBeCloseTo(1.51, 9)
    expect(body['allowedMin']).toBeCloseTo(1.088, 9)
    expect(body['allowedMax']).toBeCloseTo(8.605, 9)
    expect(body['message']).toMatch(/^MEX 2026: 6 changes by 3\.327\d* from the previous period \(more than 1\.51\d*\); send confirm: true to save it$/)
    expect(checksum(t.db)).toBe(before)

    const at = tick()
    const confirmed = await send(t.app, 'PUT', pointUrl('unemployment-rate', 'USA', '2026'), t.headers, { value: 9, reason: 'confirmed outlier', confirm: true })
    expect(confirmed.statusCode).toBe(201)
    expect(json(confirmed)).toMatchObject({ result: 'created', observation: { value: 9, version: 1, updatedAt: at } })
  })

  test('creates an absent point: 201, version 1, one revision and one audit row in the same transaction', async () => {
    const at = tick()
    const res = await send(t.app, 'PUT', url, t.headers, { value: 2.7, reason: 'INEGI ENOE, first release', sourceNote: 'INEGI ENOE 2026' })
    expect(res.statusCode).toBe(201)
    expect(json(res)).toEqual({
      result: 'created',
      observation: {
        indicator: 'unemployment-rate',
        country: 'MEX',
        period: '2026',
        value: 2.7,
        version: 1,
        flags,
        sourceNote: 'INEGI ENOE 2026',
        deleted: false,
        derived: false,
        updatedAt: at,
        updatedBy: name,
      },
      statusFlips: [],
    })
    const row = pointRow(t.db, 'unemployment-rate', 'MEX', '2026')
    const history = t.db.select().from(revisions).where(eq(revisions.observationId, row?.id ?? 0)).all()
    expect(history).toEqual([
      expect.objectContaining({
        action: 'create',
        oldValue: null,
        newValue: 2.7,
        state: { deleted: false, ...flags, sourceNote: 'INEGI ENOE 2026' },
        userId: t.editor.user.id,
        actor: t.editor.user.email,
        reason: 'INEGI ENOE, first release',
        createdAt: at,
      }),
    ])
    const audit = t.db.select().from(auditLog).where(eq(auditLog.createdAt, at)).all()
    expect(audit).toEqual([
      expect.objectContaining({
        userId: t.editor.user.id,
        action: 'observation.create',
        entity: 'observations',
        entityId: String(row?.id),
        before: null,
        reason: 'INEGI ENOE, first release',
      }),
    ])
    expect(await mexLatest()).toEqual({ year: 2026, value: 2.7 })
  })

  test('the same value and flags answer 200 unchanged and write no revision', async () => {
    const count = t.db.select({ n: sql<number>`count(*)` }).from(revisions).get()?.n
    const res = await send(t.app, 'PUT', url, t.headers, { value: 2.7, version: 1, reason: 'again', flags: { estimate: false } })
    expect(res.statusCode).toBe(200)
    expect(json(res)).toMatchObject({ result: 'unchanged', observation: { value: 2.7, version: 1, updatedBy: name }, statusFlips: [] })
    expect(t.db.select({ n: sql<number>`count(*)` }).from(revisions).get()?.n).toBe(count)
  })

  test('corrects the point from its current version: 200, version + 1, old → new and the flags in the revision', async () => {
    const at = tick()
    const res = await send(t.app, 'PUT', url, t.headers, { value: 2.8, version: 1, reason: 'INEGI revision', flags: { provisional: true } })
    expect(res.statusCode).toBe(200)
    expect(json(res)).toEqual({
      result: 'corrected',
      observation: expect.objectContaining({ value: 2.8, version: 2, flags: { ...flags, provisional: true }, sourceNote: 'INEGI ENOE 2026', updatedAt: at }),
      statusFlips: [],
    })
    const last = t.db.select().from(revisions).orderBy(sql`id desc`).limit(1).get()
    expect(last).toMatchObject({ action: 'update', oldValue: 2.7, newValue: 2.8, state: { provisional: true }, reason: 'INEGI revision' })
  })

  test('a stale version is answered 409 with the current value, version, time and author, changing nothing', async () => {
    const before = checksum(t.db)
    const res = await send(t.app, 'PUT', url, t.headers, { value: 2.9, version: 1, reason: 'from an old screen' })
    expect(res.statusCode).toBe(409)
    const at = pointRow(t.db, 'unemployment-rate', 'MEX', '2026')?.updatedAt
    expect(json(res)).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'version_conflict',
      message: `MEX 2026 changed since you read it: version 2 by ${name} at ${at}, not 1`,
      current: { value: 2.8, version: 2, deleted: false, flags: { ...flags, provisional: true }, sourceNote: 'INEGI ENOE 2026', updatedAt: at, author: name },
    })
    const noVersion = await send(t.app, 'PUT', url, t.headers, { value: 2.9, reason: 'create it again' })
    expect(noVersion.statusCode).toBe(409)
    expect(json(noVersion)).toMatchObject({ code: 'version_conflict', current: { version: 2 } })
    expect(checksum(t.db)).toBe(before)
  })

  test('a version for a point that does not exist is answered 409 with current null', async () => {
    const before = checksum(t.db)
    const res = await send(t.app, 'PUT', pointUrl('unemployment-rate', 'CAN', '2026'), t.headers, { value: 6.5, version: 3, reason: 'x' })
    expect(res.statusCode).toBe(409)
    expect(json(res)).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'version_conflict',
      message: 'CAN 2026 does not exist: send no version to create it',
      current: null,
    })
    expect(checksum(t.db)).toBe(before)
  })
})

describe('DELETE and POST …/restore', () => {
  test('deletes as a revision: the point leaves the series and the progress; a second delete is unchanged; a stale one 409', async () => {
    const at = tick()
    const res = await send(t.app, 'DELETE', url, t.headers, { reason: 'published by mistake', version: 2 })
    expect(res.statusCode).toBe(200)
    expect(json(res)).toEqual({
      result: 'deleted',
      observation: expect.objectContaining({ value: null, deleted: true, version: 3, flags: { ...flags, provisional: true }, updatedAt: at, updatedBy: name }),
      statusFlips: [],
    })
    const series = json<Series>(await t.app.inject({ method: 'GET', url: '/api/indicators/unemployment-rate/series?countries=MEX&from=2024' }))
    expect(JSON.stringify(series)).not.toContain('"2026"')
    expect(await mexLatest()).toEqual({ year: 2025, value: 2.673 })
    expect(json(await send(t.app, 'DELETE', url, t.headers, { reason: 'again', version: 3 }))).toMatchObject({ result: 'unchanged' })
    const stale = await send(t.app, 'DELETE', url, t.headers, { reason: 'old', version: 2 })
    expect(stale.statusCode).toBe(409)
    expect(json(stale)).toMatchObject({ code: 'version_conflict', current: { value: null, deleted: true, version: 3 } })
  })

  test('restore brings the value back with its flags; restoring a live point is unchanged', async () => {
    const at = tick()
    const res = await send(t.app, 'POST', `${url}/restore`, t.headers, { reason: 'it was right after all' })
    expect(res.statusCode).toBe(200)
    expect(json(res)).toEqual({
      result: 'restored',
      observation: expect.objectContaining({ value: 2.8, deleted: false, version: 4, flags: { ...flags, provisional: true }, updatedAt: at }),
      statusFlips: [],
    })
    expect(await mexLatest()).toEqual({ year: 2026, value: 2.8 })
    const before = checksum(t.db)
    const again = await send(t.app, 'POST', `${url}/restore`, t.headers, { reason: 'twice' })
    expect(again.statusCode).toBe(200)
    expect(json(again)).toMatchObject({ result: 'unchanged', observation: { value: 2.8, version: 4, deleted: false } })
    expect(checksum(t.db)).toBe(before)
    const history = t.db.select({ action: revisions.action }).from(revisions).where(eq(revisions.observationId, pointRow(t.db, 'unemployment-rate', 'MEX', '2026')?.id ?? 0)).all()
    expect(history.map((h) => h.action)).toEqual(['create', 'update', 'delete', 'restore'])
  })

  test.each([
    ['DELETE', pointUrl('unemployment-rate', 'CAN', '2026'), { reason: 'x', version: 1 }],
    ['POST', `${pointUrl('unemployment-rate', 'CAN', '2026')}/restore`, { reason: 'x' }],
  ] as const)('%s of a point that never existed is 404', async (method, path, body) => {
    const before = checksum(t.db)
    const res = await send(t.app, method, path, t.headers, body)
    expect(res.statusCode).toBe(404)
    expect(json(res)).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'not_found',
      message: 'unemployment-rate has no value for CAN 2026',
      issues: [{ field: 'period', message: 'unemployment-rate has no value for CAN 2026' }],
    })
    expect(checksum(t.db)).toBe(before)
  })
})

describe('refusals name the field and change nothing', () => {
  const year = new Date().getUTCFullYear()
  beforeAll(() => {
    t.db.update(indicators).set({ minValue: 0, maxValue: 100 }).where(eq(indicators.slug, 'unemployment-rate')).run()
  })

  test.each([
    ['an unknown indicator', pointUrl('nope', 'MEX', '2025'), { value: 1, reason: 'x' }, 404, 'not_found', 'slug', 'Indicator "nope" not found'],
    ['an unknown country', pointUrl('unemployment-rate', 'GBR', '2025'), { value: 1, reason: 'x' }, 400, 'validation_error', 'country', 'unknown country code "GBR" (use CAN, MEX, USA, NAM, WLD)'],
    ['a member value of a North-America-only indicator', pointUrl('intra-na-goods-trade', 'CAN', '2025'), { value: 1, reason: 'x' }, 400, 'validation_error', 'country', 'intra-na-goods-trade is not reported for CAN (only NAM)'],
    ['a country the indicator is not reported for', pointUrl('gini-index', 'NAM', '2024'), { value: 40, reason: 'x' }, 400, 'validation_error', 'country', 'gini-index is not reported for NAM (only CAN, MEX, USA)'],
    [
      'a North America aggregate by rule',
      pointUrl('unemployment-rate', 'NAM', '2025'),
      { value: 4, reason: 'x' },
      400,
      'derived_value',
      'country',
      "the North America value of unemployment-rate is computed from the members' unemployment-rate and labour-force (NAM is not typed in): edit its inputs",
    ],
    [
      'a share of world GDP',
      pointUrl('na-share-world-gdp', 'NAM', '2024'),
      { value: 30, reason: 'x' },
      400,
      'derived_value',
      'country',
      'na-share-world-gdp is derived from gdp-current-usd (NAM is not typed in): edit its inputs',
    ],
    [
      'a growth gap',
      pointUrl('growth-gap-vs-world', 'NAM', '2024'),
      { value: 1, reason: 'x' },
      400,
      'derived_value',
      'country',
      'growth-gap-vs-world is derived from real-gdp-growth (NAM is not typed in): edit its inputs',
    ],
    ['a quarter for an annual indicator', pointUrl('unemployment-rate', 'MEX', '2026-Q1'), { value: 2.7, reason: 'x' }, 400, 'validation_error', 'period', '"2026-Q1" is not a period of this annual indicator (use YYYY, e.g. 2026)'],
    ['a month for an annual indicator', pointUrl('unemployment-rate', 'MEX', '2026-03'), { value: 2.7, reason: 'x' }, 400, 'validation_error', 'period', '"2026-03" is not a period of this annual indicator (use YYYY, e.g. 2026)'],
    ['a year after the current one', pointUrl('unemployment-rate', 'MEX', String(year + 1)), { value: 2.7, reason: 'x' }, 400, 'validation_error', 'period', `${year + 1} is after the current year (${year})`],
    ['a value above the declared bounds', pointUrl('unemployment-rate', 'MEX', '2024'), { value: 100.5, version: 1, reason: 'x' }, 400, 'validation_error', 'value', '100.5 is above the highest possible value, 100'],
    ['a value below the declared bounds', pointUrl('unemployment-rate', 'MEX', '2024'), { value: -1, version: 1, reason: 'x' }, 400, 'validation_error', 'value', '-1 is below the lowest possible value, 0'],
    ['a missing reason', pointUrl('unemployment-rate', 'MEX', '2024'), { value: 2.7, version: 1 }, 400, 'validation_error', 'reason', 'is required: say why the value changes (e.g. "INEGI revision of March 2026")'],
    ['a blank reason', pointUrl('unemployment-rate', 'MEX', '2024'), { value: 2.7, version: 1, reason: '   ' }, 400, 'validation_error', 'reason', 'is required: say why the value changes (e.g. "INEGI revision of March 2026")'],
    ['a value that is text', pointUrl('unemployment-rate', 'MEX', '2024'), { value: '2,7', version: 1, reason: 'x' }, 400, 'validation_error', 'value', 'must be a finite number'],
    ['a version that is not a whole number', pointUrl('unemployment-rate', 'MEX', '2024'), { value: 2.7, version: 1.5, reason: 'x' }, 400, 'validation_error', 'version', 'must be the version you edited (a whole number ≥ 1)'],
  ])('%s → %d %s naming %s', async (_what, path, body, status, code, field, message) => {
    const before = checksum(t.db)
    const res = await send(t.app, 'PUT', path, t.headers, body)
    expect(res.statusCode).toBe(status)
    expect(json(res)).toMatchObject({ statusCode: status, code, issues: [{ field, message }] })
    expect(checksum(t.db)).toBe(before)
  })

  test('a non-finite number (1e999 in the JSON) is refused naming value', async () => {
    const before = checksum(t.db)
    const res = await t.app.inject({ method: 'PUT', url: pointUrl('unemployment-rate', 'MEX', '2024'), headers: { ...t.headers, 'content-type': 'application/json' }, payload: '{"value": 1e999, "version": 1, "reason": "x"}' })
    expect(res.statusCode).toBe(400)
    expect(json(res)).toMatchObject({ code: 'validation_error', issues: [{ field: 'value', message: 'must be a finite number' }] })
    expect(checksum(t.db)).toBe(before)
  })

  test('an unknown field in the body is refused', async () => {
    const res = await send(t.app, 'PUT', pointUrl('unemployment-rate', 'MEX', '2024'), t.headers, { value: 2.7, version: 1, reason: 'x', flag: { estimate: true } })
    expect(res.statusCode).toBe(400)
    expect(json(res)).toMatchObject({ code: 'validation_error' })
  })

  test('a world reference value can be entered for an indicator with world data', async () => {
    t.clock.advance(1000)
    const res = await send(t.app, 'PUT', pointUrl('unemployment-rate', 'WLD', '2026'), t.headers, { value: 4.9, reason: 'ILO modelled estimate', confirm: true })
    expect(res.statusCode).toBe(201)
  })
})
