import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { eq } from 'drizzle-orm'
import { auditLog, revisions, statusFlips } from '@nap/db'
import type { Progress } from '@nap/schemas'
import { batchUrl, checksum, editorApp, json, pointRow, previewUrl, send, type EditorApp } from './setup.ts'

let t: EditorApp
beforeAll(async () => {
  t = await editorApp()
})
afterAll(() => t.app.close())

const progressOf = async (slug: string) => json<Progress>(await t.app.inject({ method: 'GET', url: `/api/indicators/${slug}/progress` })).assessments
const today = () => new Date().toISOString().slice(0, 10)
/** The current value and version of a point. */
const cell = (slug: string, country: 'CAN' | 'MEX' | 'USA', period: string) => {
  const row = pointRow(t.db, slug, country, period)
  if (!row || row.value === null) throw new Error(`no ${slug} ${country} ${period}`)
  return { value: row.value, version: row.version }
}

describe('POST /api/admin/indicators/:slug/observations/preview', () => {
  test("Mexico's 2026 unemployment rate: Mexico achieved → achieved; North America does not move (no 2026 aggregate without Canada and the United States)", async () => {
    const before = checksum(t.db)
    const res = await send(t.app, 'POST', previewUrl('unemployment-rate'), t.headers, { changes: [{ country: 'MEX', period: '2026', value: 2.7 }] })
    expect(res.statusCode).toBe(200)
    const body = json(res)
    expect(body).toEqual({
      asOf: today(),
      cells: [{ country: 'MEX', period: '2026', result: 'created', from: null, to: 2.7 }],
      assessments: [{ indicator: 'unemployment-rate', country: 'MEX', before: { status: 'achieved', score: 5 }, after: { status: 'achieved', score: 5 } }],
      goals: [{ goalId: 1, country: 'MEX', before: { status: 'on_track', score: expect.closeTo(3.26292, 5) }, after: { status: 'on_track', score: expect.closeTo(3.26292, 5) } }],
      countries: [{ country: 'MEX', before: { status: 'moderate', score: expect.closeTo(2.05296, 5) }, after: { status: 'moderate', score: expect.closeTo(2.05296, 5) } }],
      conflicts: [],
      outliers: [],
    })
    expect(checksum(t.db)).toBe(before)
  })

  test('United States high-tech exports 2024 10 % lower: USA and North America on track → must accelerate, goal 3 roll-ups move; nothing is written and progress is unchanged', async () => {
    const usa = cell('high-tech-exports', 'USA', '2024')
    const before = checksum(t.db)
    const res = await send(t.app, 'POST', previewUrl('high-tech-exports'), t.headers, { changes: [{ country: 'USA', period: '2024', value: usa.value * 0.9, version: usa.version }] })
    expect(res.statusCode).toBe(200)
    const body = json<{ assessments: unknown[]; goals: { goalId: number; country: string; before: { status: string }; after: { status: string } }[]; cells: unknown[]; outliers: unknown[] }>(res)
    expect(body.cells).toEqual([{ country: 'USA', period: '2024', result: 'corrected', from: 232906639404, to: usa.value * 0.9 }])
    expect(body.assessments).toEqual([
      { indicator: 'high-tech-exports', country: 'USA', before: { status: 'on_track', score: expect.closeTo(4.6657, 4) }, after: { status: 'moderate', score: expect.closeTo(0.4076, 4) } },
      { indicator: 'high-tech-exports', country: 'NAM', before: { status: 'on_track', score: 5 }, after: { status: 'moderate', score: expect.closeTo(2.4334, 4) } },
    ])
    expect(body.goals.map((g) => [g.goalId, g.country])).toEqual([
      [3, 'USA'],
      [3, 'NAM'],
    ])
    expect(body.outliers).toEqual([])
    expect(checksum(t.db)).toBe(before)
    const after = await progressOf('high-tech-exports')
    expect(after.map((a) => [a.country, a.status])).toEqual([
      ['CAN', expect.any(String)],
      ['MEX', expect.any(String)],
      ['USA', 'on_track'],
      ['NAM', 'on_track'],
    ])
  })

  test('a correction of USA GDP shows the derived share of world GDP moving, with the outlier and stale warnings a save would give', async () => {
    const usa = cell('gdp-current-usd', 'USA', '2025')
    const res = await send(t.app, 'POST', previewUrl('gdp-current-usd'), t.headers, { changes: [{ country: 'USA', period: '2025', value: usa.value * 0.5, version: usa.version + 1 }] })
    expect(res.statusCode).toBe(200)
    const body = json<{ assessments: { indicator: string; country: string; before: { status: string }; after: { status: string } }[]; conflicts: unknown[]; outliers: { reasons: string[] }[] }>(res)
    expect(body.assessments.find((a) => a.indicator === 'na-share-world-gdp')).toMatchObject({ country: 'NAM', before: { status: 'on_track' }, after: { status: 'regressing' } })
    expect(body.conflicts).toEqual([{ country: 'USA', period: '2025', version: usa.version + 1, current: expect.objectContaining({ value: usa.value, version: usa.version, author: 'seed' }) }])
    expect(body.outliers).toEqual([expect.objectContaining({ country: 'USA', period: '2025', reasons: ['change'] })])
  })

  test.each([
    ['an unknown indicator', previewUrl('nope'), { changes: [{ country: 'MEX', period: '2026', value: 1 }] }, 404, 'not_found'],
    ['a derived value', previewUrl('unemployment-rate'), { changes: [{ country: 'NAM', period: '2025', value: 1 }] }, 400, 'derived_value'],
    ['no changes', previewUrl('unemployment-rate'), { changes: [] }, 400, 'validation_error'],
  ])('refuses %s (%d %s)', async (_what, url, body, status, code) => {
    const res = await send(t.app, 'POST', url, t.headers, body)
    expect(res.statusCode).toBe(status)
    expect(json(res)).toMatchObject({ code })
  })
})

describe('POST /api/admin/indicators/:slug/observations (batch)', () => {
  test('saves every cell in one transaction with one audit row; the statuses it moved are recorded against the revision that moved them', async () => {
    const usa = cell('high-tech-exports', 'USA', '2024')
    const mex = cell('high-tech-exports', 'MEX', '2024')
    t.clock.advance(1000)
    const at = t.clock.now().toISOString()
    const res = await send(t.app, 'POST', batchUrl('high-tech-exports'), t.headers, {
      reason: 'Census revision of 2024 exports',
      changes: [
        { country: 'USA', period: '2024', value: usa.value * 0.9, version: usa.version },
        { country: 'MEX', period: '2024', value: mex.value, version: mex.version, flags: { provisional: true } },
      ],
    })
    expect(res.statusCode).toBe(200)
    const body = json<{ result: string; changes: { country: string; result: string; observation: { version: number; updatedAt: string } }[]; statusFlips: unknown[] }>(res)
    expect(body.result).toBe('saved')
    expect(body.changes.map((c) => [c.country, c.result, c.observation.version, c.observation.updatedAt])).toEqual([
      ['USA', 'corrected', usa.version + 1, at],
      ['MEX', 'corrected', mex.version + 1, at],
    ])
    expect(body.statusFlips).toEqual([
      { indicator: 'high-tech-exports', country: 'USA', from: 'on_track', to: 'moderate' },
      { indicator: 'high-tech-exports', country: 'NAM', from: 'on_track', to: 'moderate' },
    ])
    const usaRevision = t.db.select({ id: revisions.id }).from(revisions).where(eq(revisions.observationId, pointRow(t.db, 'high-tech-exports', 'USA', '2024')?.id ?? 0)).all().at(-1)?.id
    expect(t.db.select().from(statusFlips).where(eq(statusFlips.createdAt, at)).all().map((f) => [f.revisionId, f.countryCode, f.fromStatus, f.toStatus])).toEqual([
      [usaRevision, 'USA', 'on_track', 'moderate'],
      [usaRevision, 'NAM', 'on_track', 'moderate'],
    ])
    const audit = t.db.select().from(auditLog).where(eq(auditLog.createdAt, at)).all()
    expect(audit.map((a) => [a.action, a.entityId, a.reason, a.userId])).toEqual([['observation.batch', 'high-tech-exports', 'Census revision of 2024 exports', t.editor.user.id]])
    expect((await progressOf('high-tech-exports')).filter((a) => a.country === 'USA' || a.country === 'NAM').map((a) => a.status)).toEqual(['moderate', 'moderate'])
  })

  test('answers unchanged when every cell already holds that value and those flags', async () => {
    const usa = cell('high-tech-exports', 'USA', '2024')
    const before = checksum(t.db)
    const res = await send(t.app, 'POST', batchUrl('high-tech-exports'), t.headers, { reason: 'again', changes: [{ country: 'USA', period: '2024', value: usa.value, version: usa.version }] })
    expect(res.statusCode).toBe(200)
    expect(json(res)).toMatchObject({ result: 'unchanged', statusFlips: [] })
    expect(checksum(t.db)).toBe(before)
  })

  test('is all or nothing: one wrong cell refuses the batch, naming changes.N.field, and writes nothing', async () => {
    const before = checksum(t.db)
    const res = await send(t.app, 'POST', batchUrl('unemployment-rate'), t.headers, {
      reason: 'new year',
      changes: [
        { country: 'CAN', period: '2026', value: 6.8 },
        { country: 'MEX', period: '2026-Q1', value: 2.7 },
        { country: 'NAM', period: '2026', value: 4 },
        { country: 'CAN', period: '2026', value: 6.9 },
      ],
    })
    expect(res.statusCode).toBe(400)
    expect(json(res)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'validation_error',
      message: expect.stringContaining('Invalid request: changes.1.period: '),
      issues: [
        { field: 'changes.1.period', message: '"2026-Q1" is not a period of this annual indicator (use YYYY, e.g. 2026)' },
        { field: 'changes.2.country', message: "the North America value of unemployment-rate is computed from the members' unemployment-rate and labour-force (NAM is not typed in): edit its inputs" },
        { field: 'changes.3.period', message: 'CAN 2026 is already changed by changes.0' },
      ],
    })
    expect(checksum(t.db)).toBe(before)
  })

  test('a 409 lists every stale cell with its current state, and writes nothing', async () => {
    const can = cell('unemployment-rate', 'CAN', '2025')
    const mex = cell('unemployment-rate', 'MEX', '2025')
    const before = checksum(t.db)
    const res = await send(t.app, 'POST', batchUrl('unemployment-rate'), t.headers, {
      reason: 'revision',
      changes: [
        { country: 'CAN', period: '2025', value: 6.9, version: can.version + 1 },
        { country: 'MEX', period: '2025', value: 2.7, version: mex.version },
        { country: 'USA', period: '2024', value: 4.1 },
      ],
    })
    expect(res.statusCode).toBe(409)
    const body = json<{ code: string; message: string; conflicts: { country: string; period: string; version: number | null; current: { value: number; author: string } | null }[] }>(res)
    expect(body.code).toBe('version_conflict')
    expect(body.message).toBe('2 cell(s) changed since you read them: CAN 2025, USA 2024')
    expect(body.conflicts.map((c) => [c.country, c.period, c.version, c.current?.value, c.current?.author])).toEqual([
      ['CAN', '2025', can.version + 1, can.value, 'seed'],
      ['USA', '2024', null, 4.022, 'seed'],
    ])
    expect(checksum(t.db)).toBe(before)
  })

  test('a 422 lists every outlier; with confirm: true the batch is saved', async () => {
    const before = checksum(t.db)
    const changes = [
      { country: 'CAN', period: '2026', value: 6.8 },
      { country: 'MEX', period: '2026', value: 12 },
      { country: 'USA', period: '2026', value: 0.5 },
    ]
    const res = await send(t.app, 'POST', batchUrl('unemployment-rate'), t.headers, { reason: 'new year', changes })
    expect(res.statusCode).toBe(422)
    const body = json<{ code: string; warning: string; outliers: { country: string; reasons: string[] }[] }>(res)
    expect(body).toMatchObject({ code: 'outlier', warning: 'outlier' })
    expect(body.outliers.map((o) => [o.country, o.reasons])).toEqual([
      ['MEX', ['change', 'level']],
      ['USA', ['change', 'level']],
    ])
    expect(checksum(t.db)).toBe(before)
    const confirmed = await send(t.app, 'POST', batchUrl('unemployment-rate'), t.headers, { reason: 'new year', changes, confirm: true })
    expect(confirmed.statusCode).toBe(200)
    expect(json(confirmed)).toMatchObject({ result: 'saved', changes: [{ result: 'created' }, { result: 'created' }, { result: 'created' }] })
  })
})
