import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { and, eq, sql } from 'drizzle-orm'
import { auditLog, indicators, targetRevisions, targets } from '@nap/db'
import type { AssessmentDto, Progress, TargetHistory } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../helper.ts'
import { authHeaders, signIn, type SignedIn } from '../auth-helper.ts'
import { indicatorIdOf } from './fixtures.ts'

let t: TestApp
let admin: SignedIn
let editor: SignedIn
const YEAR = new Date().getUTCFullYear()

const URL = '/api/admin/indicators/unemployment-rate/targets/MEX'
const RATIONALE = {
  en: 'Mexico returns to its pre-pandemic low.',
  es: 'México vuelve a su mínimo previo a la pandemia.',
  fr: 'Le Mexique retrouve son minimum d’avant la pandémie.',
}
const body = (patch: Record<string, unknown> = {}) => ({
  value: 3.5,
  year: 2050,
  baselineYear: 2023,
  milestones: [{ year: 2040, value: 3.2 }],
  origin: 'proposed',
  rationale: RATIONALE,
  reason: 'INEGI changed its survey method',
  version: 1,
  ...patch,
})

const put = (url: string, payload: unknown, who: SignedIn | null = admin) =>
  t.app.inject({ method: 'PUT', url, payload: JSON.stringify(payload), headers: { 'content-type': 'application/json', ...(who ? authHeaders(who) : {}) } })

/** A fingerprint of every table a target write touches: a refused request must leave it as it was. */
const writeState = () =>
  JSON.stringify([
    t.db.select().from(targets).all(),
    t.db.get(sql`select count(*) as n from target_revisions`),
    t.db.get(sql`select count(*) as n from audit_log where action = 'target.update'`),
  ])

const assessment = async (slug: string, country: string): Promise<AssessmentDto | undefined> =>
  (await getJson<Progress>(t.app, `/api/indicators/${slug}/progress`)).body.assessments.find((a) => a.country === country)

beforeAll(async () => {
  t = await buildTestApp()
  admin = await signIn(t.app, 'admin')
  editor = await signIn(t.app, 'editor')
})
afterAll(() => t.app.close())

describe('PUT /api/admin/indicators/:slug/targets/:country', () => {
  test('an admin sets a new version: 200, the target, its history row and audit row, and /progress uses it at once', async () => {
    expect((await assessment('unemployment-rate', 'MEX'))?.targetValue).toBe(3)
    const res = await put(URL, body())
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'updated',
      target: { country: 'MEX', value: 3.5, year: 2050, baselineYear: 2023, milestones: [{ year: 2040, value: 3.2 }], origin: 'proposed', rule: null, rationale: RATIONALE, version: 2 },
    })

    const progress = await assessment('unemployment-rate', 'MEX')
    expect(progress).toMatchObject({ targetValue: 3.5, targetYear: 2050 })
    expect(progress?.milestones.map((m) => m.year)).toEqual([2040])

    const id = indicatorIdOf(t.db, 'unemployment-rate')
    const target = t.db.select().from(targets).where(and(eq(targets.indicatorId, id), eq(targets.countryCode, 'MEX'))).get()
    const history = t.db.select().from(targetRevisions).where(eq(targetRevisions.targetId, target?.id ?? -1)).all()
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ version: 2, userId: admin.user.id, reason: 'INEGI changed its survey method' })
    expect(history[0]?.before).toMatchObject({ value: 3, version: 1 })
    expect(history[0]?.after).toMatchObject({ value: 3.5, version: 2 })
    const audit = t.db.select().from(auditLog).where(eq(auditLog.action, 'target.update')).all()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ userId: admin.user.id, entity: 'targets', entityId: String(target?.id), indicatorId: id, reason: 'INEGI changed its survey method' })
    expect(audit[0]?.createdAt).toBe(history[0]?.createdAt)
  })

  test('the same body again is 200 unchanged, with no new version', async () => {
    const before = writeState()
    const res = await put(URL, body({ version: 2 }))
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'unchanged', target: { version: 2, value: 3.5 } })
    expect(writeState()).toBe(before)
  })

  test('a stale version is 409 with the current version, value and author, and changes nothing', async () => {
    const before = writeState()
    const res = await put(URL, body({ value: 2.5, version: 1 }))
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({
      statusCode: 409,
      code: 'version_conflict',
      current: { version: 2, value: 3.5, author: admin.user.name, updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    })
    expect(res.body).not.toContain(admin.user.email)
    expect(writeState()).toBe(before)
  })

  test.each([
    ['anonymous', null, 401, 'unauthenticated'],
    ['an editor', 'editor', 403, 'forbidden'],
  ])('%s is refused (401 / 403) and nothing changes', async (_name, who, status, code) => {
    const before = writeState()
    const res = await put(URL, body({ value: 9, version: 2 }), who === 'editor' ? editor : null)
    expect(res.statusCode).toBe(status)
    expect(res.json()).toMatchObject({ statusCode: status, code })
    expect(writeState()).toBe(before)
  })

  test('a wrong CSRF token is 403 and nothing changes', async () => {
    const before = writeState()
    const res = await t.app.inject({ method: 'PUT', url: URL, payload: body({ value: 9, version: 2 }), headers: { cookie: admin.cookie, 'x-csrf-token': 'wrong' } })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'csrf' })
    expect(writeState()).toBe(before)
  })

  describe('400 naming the field, nothing changed', () => {
    beforeEach(() => {
      // The catalog's declared bounds of a rate (0–100 %).
      t.db.update(indicators).set({ minValue: 0, maxValue: 100 }).where(eq(indicators.slug, 'unemployment-rate')).run()
    })
    test.each([
      ['a past target year', URL, { year: YEAR - 1, milestones: [] }, 'year'],
      ['a target year after 2100', URL, { year: 2101 }, 'year'],
      ['a future baseline', URL, { baselineYear: YEAR + 1 }, 'baselineYear'],
      ['a milestone at the baseline year', URL, { milestones: [{ year: 2023, value: 3 }] }, 'milestones.0.year'],
      ['a milestone at the target year', URL, { milestones: [{ year: 2050, value: 3 }] }, 'milestones.0.year'],
      ['a value above the bounds', URL, { value: 101 }, 'value'],
      ['a value that is not a number', URL, { value: 'three' }, 'value'],
      ['no value for a pace indicator', URL, { value: null }, 'value'],
      ['an empty reason', URL, { reason: '   ' }, 'reason'],
      ['a rationale without French', URL, { rationale: { en: 'a', es: 'b' } }, 'rationale.fr'],
      ['an unknown origin', URL, { origin: 'guess' }, 'origin'],
      ['a negative version', URL, { version: -1 }, 'version'],
      ['an unknown field (named in the message)', URL, { colour: 'red' }, 'body'],
      ['bands on a pace indicator', URL, { bands: [3, 2, 1] }, 'bands'],
      ['a country the indicator is not reported for', '/api/admin/indicators/female-labour-participation/targets/NAM', {}, 'country'],
      ['an unknown country', '/api/admin/indicators/unemployment-rate/targets/XYZ', {}, 'country'],
      ['an input indicator', '/api/admin/indicators/population/targets/MEX', {}, 'slug'],
      ['a context indicator', '/api/admin/indicators/gdp-current-usd/targets/MEX', {}, 'slug'],
      ['a value for a threshold indicator', '/api/admin/indicators/real-gdp-growth/targets/MEX', { baselineYear: null, milestones: [] }, 'value'],
    ])('%s', async (_name, url, patch, field) => {
      const before = writeState()
      const res = await put(url, body({ version: 2, ...patch }))
      expect(res.statusCode).toBe(400)
      const error = res.json<{ code: string; message: string; issues: { field: string }[] }>()
      expect(error.code).toBe('validation_error')
      expect(error.issues.map((i) => i.field)).toContain(field)
      expect(error.message).toContain(field)
      for (const key of Object.keys(patch).filter((k) => !(k in body()))) expect(error.message).toContain(key)
      expect(writeState()).toBe(before)
    })
  })

  test('404 for an unknown indicator', async () => {
    const res = await put('/api/admin/indicators/no-such-thing/targets/MEX', body())
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ code: 'not_found', message: 'Indicator "no-such-thing" not found' })
  })

  test('creates a target where there is none with version 0: 201, version 1', async () => {
    expect((await assessment('trade-openness', 'NAM'))?.status).toBe('no_target')
    const res = await put('/api/admin/indicators/trade-openness/targets/NAM', body({ value: 45, baselineYear: 2023, milestones: [], version: 0 }))
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ status: 'created', target: { country: 'NAM', value: 45, version: 1 } })
    expect((await assessment('trade-openness', 'NAM'))?.targetValue).toBe(45)
    const again = await put('/api/admin/indicators/trade-openness/targets/NAM', body({ value: 46, version: 0 }))
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ current: { version: 1, value: 45 } })
  })

  test('a threshold indicator takes new bands and keeps them when they are left out', async () => {
    const url = '/api/admin/indicators/real-gdp-growth/targets/MEX'
    const res = await put(url, body({ value: null, baselineYear: null, milestones: [], bands: [4, 3, 0], origin: 'MCV', version: 1 }))
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ target: { value: null, bands: [4, 3, 0], version: 2 } })
    const kept = await put(url, body({ value: null, baselineYear: null, milestones: [], origin: 'MCV', reason: 'rationale reworded', rationale: { ...RATIONALE, en: 'Reworded.' }, version: 2 }))
    expect(kept.json()).toMatchObject({ status: 'updated', target: { bands: [4, 3, 0], version: 3, rationale: { en: 'Reworded.' } } })
  })
})

describe('GET /api/indicators/:slug/targets/:country/history', () => {
  test('every version newest first, down to the catalog one, with display names and no e-mail', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/indicators/unemployment-rate/targets/MEX/history' })
    expect(res.statusCode).toBe(200)
    expect(res.body).not.toContain('@')
    const h = res.json<TargetHistory>()
    expect(h.current).toMatchObject({ value: 3.5, version: 2 })
    expect(h.history.map((e) => [e.version, e.author, e.reason, e.before?.value ?? null, e.after.value])).toEqual([
      [2, admin.user.name, 'INEGI changed its survey method', 3, 3.5],
      [1, 'seed', 'Initial target from the catalog', null, 3],
    ])
    expect(h.history[1]?.after).toMatchObject({ year: 2050, baselineYear: 2023, milestones: [], origin: 'proposed', rule: null })
  })

  test('a target nobody changed has its catalog version only', async () => {
    const { status, body: h } = await getJson<TargetHistory>(t.app, '/api/indicators/gdp-per-capita-ppp/targets/MEX/history')
    expect(status).toBe(200)
    expect(h.history).toHaveLength(1)
    expect(h.history[0]).toMatchObject({ version: 1, author: 'seed', before: null, after: { rule: '1.25 × 2023 value', origin: 'NAP' } })
  })

  test('a created target starts with its creation', async () => {
    const { body: h } = await getJson<TargetHistory>(t.app, '/api/indicators/trade-openness/targets/NAM/history')
    expect(h.history.map((e) => [e.version, e.author, e.before])).toEqual([[1, admin.user.name, null]])
  })

  test.each([
    ['an unknown indicator', 404, '/api/indicators/nope/targets/MEX/history'],
    ['a country the indicator is not reported for', 404, '/api/indicators/female-labour-participation/targets/NAM/history'],
    ['an unknown country', 400, '/api/indicators/unemployment-rate/targets/XX/history'],
  ])('%s is %i', async (_name, status, url) => {
    const res = await t.app.inject({ method: 'GET', url })
    expect(res.statusCode).toBe(status)
  })
})
