import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildTestApp, type TestApp } from '../helper.ts'
import { createUser, signIn, type SignedIn, type TestUser } from '../auth-helper.ts'

interface Entry {
  id: number
  at: string
  user: { id: number; name: string; email: string } | null
  actor: string
  action: string
  indicator: string | null
  before: unknown
  after: unknown
  reason: string
  ip: string | null
}
interface Page {
  items: Entry[]
  nextCursor: string | null
}

let t: TestApp
let admin: SignedIn
let editor: TestUser
beforeAll(async () => {
  t = await buildTestApp()
  admin = await signIn(t.app, 'admin')
  editor = await createUser(t, 'editor', { name: 'Eva Editor' })
  const unemployment = t.app.catalog.findIndicatorRow('unemployment-rate')?.id
  const gdp = t.app.catalog.findIndicatorRow('gdp-per-capita-ppp')?.id
  const rows = [
    { at: '2020-03-01T10:00:00.000Z', action: 'observation.update', indicatorId: unemployment, entity: 'observations', reason: 'INEGI revision' },
    { at: '2020-03-02T09:00:00.000Z', action: 'target.update', indicatorId: gdp, entity: 'targets', reason: 'new baseline' },
    { at: '2020-03-02T23:59:59.999Z', action: 'observation.delete', indicatorId: unemployment, entity: 'observations', reason: 'duplicate' },
    { at: '2020-03-03T08:00:00.000Z', action: 'observation.update', indicatorId: gdp, entity: 'observations', reason: 'typo' },
  ] as const
  for (const [i, r] of rows.entries()) {
    t.app.audit.record({ userId: editor.id, actor: editor.email, entityId: i + 1, ip: '10.0.0.9', ...r })
  }
})
afterAll(() => t.app.close())

const get = async (query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/admin/audit${query}`, headers: { cookie: admin.cookie } })
  return { status: res.statusCode, body: res.json<Page>() }
}

describe('GET /api/admin/audit', () => {
  test('newest first, with the user, the indicator slug and the reason', async () => {
    const { status, body } = await get('')
    expect(status).toBe(200)
    const ats = body.items.map((e) => e.at)
    expect(ats).toEqual([...ats].sort().reverse())
    expect(body.items[0]).toMatchObject({ action: 'auth.login', user: { id: admin.user.id, email: admin.user.email }, actor: admin.user.email })
    expect(body.items.at(-1)).toEqual({
      id: expect.any(Number),
      at: '2020-03-01T10:00:00.000Z',
      user: { id: editor.id, name: 'Eva Editor', email: editor.email },
      actor: editor.email,
      action: 'observation.update',
      entity: 'observations',
      entityId: '1',
      indicator: 'unemployment-rate',
      before: null,
      after: null,
      reason: 'INEGI revision',
      ip: '10.0.0.9',
    })
    expect(body.nextCursor).toBeNull()
  })

  test.each([
    ['action', '?action=observation.update', ['typo', 'INEGI revision']],
    ['action family', '?action=observation.*', ['typo', 'duplicate', 'INEGI revision']],
    ['indicator', '?indicator=unemployment-rate', ['duplicate', 'INEGI revision']],
    ['a date range: to is the whole day', '?from=2020-03-02&to=2020-03-02', ['duplicate', 'new baseline']],
    ['from a time', '?from=2020-03-02T12:00:00Z&to=2020-03-31', ['typo', 'duplicate']],
    ['combined', '?action=observation.*&indicator=gdp-per-capita-ppp&to=2020-12-31', ['typo']],
  ])('filters by %s', async (_case, query, reasons) => {
    const { status, body } = await get(query)
    expect(status).toBe(200)
    expect(body.items.map((e) => e.reason)).toEqual(reasons)
  })

  test('filters by user', async () => {
    const { body } = await get(`?user=${editor.id}`)
    expect(body.items.map((e) => e.reason)).toEqual(['typo', 'duplicate', 'new baseline', 'INEGI revision'])
  })

  test('auth.* lists sign-ins, failed ones too, with the e-mail typed', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.77.0.1', payload: { email: 'Wrong@Example.org', password: 'no such user here' } })
    const { body } = await get('?action=auth.*&limit=1')
    expect(body.items).toEqual([
      expect.objectContaining({ action: 'auth.login_failed', user: null, actor: 'wrong@example.org', ip: '10.77.0.1', after: { email: 'wrong@example.org', outcome: 'unknown_email' } }),
    ])
  })

  test('keyset pages: following nextCursor lists every entry once, in order', async () => {
    const all = (await get('?limit=200')).body.items.map((e) => e.id)
    const seen: number[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: Page = (await get(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body
      expect(page.items.length).toBeLessThanOrEqual(2)
      seen.push(...page.items.map((e) => e.id))
      cursor = page.nextCursor
      pages += 1
    } while (cursor !== null && pages < 50)
    expect(seen).toEqual(all)
    expect(pages).toBe(Math.ceil(all.length / 2))
  })

  test.each([
    ['an unknown indicator', '?indicator=nope', 'indicator', 'unknown indicator "nope"'],
    ['a cursor we did not give out', '?cursor=bm9wZQ', 'cursor', 'is not a cursor this API gave out'],
    ['an action that is not one', '?action=DROP TABLE', 'action', 'must be an action (user.update) or a family (auth.*)'],
    ['a limit over 200', '?limit=500', 'limit', expect.any(String)],
    ['from after to', '?from=2020-03-03&to=2020-03-01', 'from', 'must not be after to (from=2020-03-03T00:00:00.000Z, to=2020-03-01T23:59:59.999Z)'],
    ['a date that is not in the calendar', '?from=2020-02-30', 'from', '2020-02-30 is not a real date'],
    ['not a date', '?to=yesterday', 'to', expect.stringMatching(/^must be an ISO date/)],
  ])('%s: 400 naming the parameter', async (_case, query, field, message) => {
    const { status, body } = await get(query)
    expect(status).toBe(400)
    expect(body).toMatchObject({ code: 'validation_error', issues: [{ field, message }] })
  })
})
