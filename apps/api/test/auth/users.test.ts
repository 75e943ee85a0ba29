import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { auditLog, sessions, users } from '@nap/db'
import { desc, eq } from 'drizzle-orm'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, createUser, nextTestIp, signIn, type SignedIn } from '../auth-helper.ts'

let t: TestApp
let admin: SignedIn
beforeAll(async () => {
  t = await buildTestApp()
  admin = await signIn(t.app, 'admin')
})
afterAll(() => t.app.close())

const lastAudit = () => t.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()
const userRow = (id: number) => t.db.select().from(users).where(eq(users.id, id)).get()
const patch = (id: number, payload: Record<string, unknown>, as: SignedIn = admin) =>
  t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: authHeaders(as), payload })
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })

describe('GET /api/admin/users', () => {
  test('lists every account by e-mail, never with a password hash', async () => {
    const editor = await createUser(t, 'editor', { email: 'aaa-first@example.org', name: 'First Editor' })
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie: admin.cookie } })
    expect(res.statusCode).toBe(200)
    const list = res.json<Record<string, unknown>[]>()
    expect(list[0]).toEqual({
      id: editor.id,
      email: 'aaa-first@example.org',
      name: 'First Editor',
      role: 'editor',
      disabled: false,
      mustChangePassword: false,
      version: 1,
      lastLoginAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })
    expect(list.map((u) => u['email'])).toEqual([...list.map((u) => String(u['email']))].sort())
    expect(res.body).not.toMatch(/argon2|passwordHash/)
  })
})

describe('POST /api/admin/users', () => {
  test('creates an account with a temporary password the user must change; audited', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: authHeaders(admin),
      payload: { email: 'Nueva.Editora@INEGI.example', name: 'Nueva Editora', role: 'editor' },
    })
    expect(res.statusCode).toBe(201)
    const body = res.json<{ user: { id: number; email: string; mustChangePassword: boolean; role: string }; temporaryPassword: string }>()
    expect(body.user).toMatchObject({ email: 'nueva.editora@inegi.example', role: 'editor', mustChangePassword: true, version: 1 })
    expect(body.temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){4}$/)
    expect(res.body).not.toMatch(/argon2|passwordHash/)
    expect(lastAudit()).toMatchObject({
      action: 'user.create',
      userId: admin.user.id,
      actor: admin.user.email,
      entity: 'users',
      entityId: String(body.user.id),
      before: null,
      after: { email: 'nueva.editora@inegi.example', name: 'Nueva Editora', role: 'editor', mustChangePassword: true },
    })
    const s = await signIn(t.app, 'nueva.editora@inegi.example', body.temporaryPassword)
    expect(s.user).toMatchObject({ id: body.user.id, mustChangePassword: true })
  })

  test('an e-mail that exists (in any case): 409 email_taken', async () => {
    const existing = await createUser(t, 'editor')
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: authHeaders(admin),
      payload: { email: existing.email.toUpperCase(), name: 'Someone', role: 'admin' },
    })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({ code: 'email_taken' })
  })

  test.each([
    ['not an e-mail', { email: 'nope', name: 'X', role: 'editor' }, 'email'],
    ['an unknown role', { email: 'x@example.org', name: 'X', role: 'analyst' }, 'role'],
    ['an empty name', { email: 'x@example.org', name: '  ', role: 'editor' }, 'name'],
  ])('%s: 400 naming the field', async (_case, payload, field) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/users', headers: authHeaders(admin), payload })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'validation_error', issues: [{ field }] })
  })
})

describe('PATCH /api/admin/users/:id', () => {
  test('changes role and name at the current version (version + 1), audited with before and after', async () => {
    const u = await createUser(t, 'editor', { name: 'Old Name' })
    const res = await patch(u.id, { role: 'admin', name: 'New Name', version: 1 })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ id: u.id, role: 'admin', name: 'New Name', version: 2 })
    expect(lastAudit()).toMatchObject({
      action: 'user.update',
      entityId: String(u.id),
      before: { role: 'editor', name: 'Old Name' },
      after: { role: 'admin', name: 'New Name' },
      reason: `${u.email}: role "editor" → "admin", name "Old Name" → "New Name"`,
    })
  })

  test('a stale version: 409 with the current account, nothing changed', async () => {
    const u = await createUser(t, 'editor', { name: 'Kept' })
    expect((await patch(u.id, { name: 'First', version: 1 })).statusCode).toBe(200)
    const res = await patch(u.id, { name: 'Second', version: 1 })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({
      statusCode: 409,
      code: 'version_conflict',
      message: `User ${u.id} changed since you read it: version is 2, not 1`,
      current: { id: u.id, name: 'First', version: 2 },
    })
    expect(userRow(u.id)).toMatchObject({ name: 'First', version: 2 })
  })

  test('the same values: 200 unchanged, no new version, no audit row', async () => {
    const u = await createUser(t, 'editor', { name: 'Same' })
    const before = lastAudit()?.id
    const res = await patch(u.id, { name: 'Same', role: 'editor', version: 1 })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ version: 1 })
    expect(lastAudit()?.id).toBe(before)
  })

  test('disabling ends their sessions at once and they can no longer sign in', async () => {
    const u = await createUser(t, 'editor')
    const s = await signIn(t.app, u.email, u.password)
    expect((await me(s.cookie)).statusCode).toBe(200)
    const res = await patch(u.id, { disabled: true, version: 1, reason: 'left the office' })
    expect(res.statusCode).toBe(200)
    expect((await me(s.cookie)).statusCode).toBe(401)
    expect(t.db.select().from(sessions).where(eq(sessions.userId, u.id)).all()).toEqual([])
    expect(lastAudit()).toMatchObject({ action: 'user.update', after: { disabled: true, sessionsEnded: 1 }, reason: 'left the office' })
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: nextTestIp(), payload: { email: u.email, password: u.password } })
    expect(again.statusCode).toBe(401)
    expect(again.json()).toMatchObject({ code: 'invalid_credentials' })
  })

  test('an unknown user: 404', async () => {
    const res = await patch(999_999, { name: 'X', version: 1 })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ code: 'not_found', message: 'User 999999 not found' })
  })
})

describe('the last active admin', () => {
  test('cannot be demoted or disabled (409 last_admin); with a second admin it can', async () => {
    const other = await buildTestApp()
    try {
      const only = await createUser(other, 'admin')
      const s = await signIn(other.app, only.email, only.password)
      const disabledAdmin = await createUser(other, 'admin', { disabled: true })
      expect(disabledAdmin.role).toBe('admin')
      const demote = await other.app.inject({ method: 'PATCH', url: `/api/admin/users/${only.id}`, headers: authHeaders(s), payload: { role: 'editor', version: 1 } })
      expect(demote.statusCode).toBe(409)
      expect(demote.json()).toEqual({
        statusCode: 409,
        error: 'Conflict',
        code: 'last_admin',
        message: `${only.email} is the last active admin: make another user an admin before demoting them`,
      })
      const disable = await other.app.inject({ method: 'PATCH', url: `/api/admin/users/${only.id}`, headers: authHeaders(s), payload: { disabled: true, version: 1 } })
      expect(disable.statusCode).toBe(409)
      expect(disable.json()).toMatchObject({ code: 'last_admin', message: expect.stringMatching(/before disabling them$/) })
      expect(other.db.select().from(users).where(eq(users.id, only.id)).get()).toMatchObject({ role: 'admin', disabled: false, version: 1 })

      const second = await createUser(other, 'admin')
      const ok = await other.app.inject({ method: 'PATCH', url: `/api/admin/users/${only.id}`, headers: authHeaders(s), payload: { role: 'editor', version: 1 } })
      expect(ok.statusCode).toBe(200)
      expect(second.role).toBe('admin')
    } finally {
      await other.app.close()
    }
  })
})

describe('POST /api/admin/users/:id/password', () => {
  test('a temporary password: the old one stops working, their sessions end, audited', async () => {
    const u = await createUser(t, 'editor')
    const s = await signIn(t.app, u.email, u.password)
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${u.id}/password`,
      headers: authHeaders(admin),
      payload: { reason: 'forgot it' },
    })
    expect(res.statusCode).toBe(200)
    const { temporaryPassword } = res.json<{ temporaryPassword: string }>()
    expect((await me(s.cookie)).statusCode).toBe(401)
    await expect(signIn(t.app, u.email, u.password)).rejects.toThrow(/answered 401/)
    expect((await signIn(t.app, u.email, temporaryPassword)).user.mustChangePassword).toBe(true)
    expect(t.db.select().from(auditLog).where(eq(auditLog.action, 'user.password_reset')).orderBy(desc(auditLog.id)).get()).toMatchObject({
      userId: admin.user.id,
      entityId: String(u.id),
      after: { mustChangePassword: true, sessionsEnded: 1 },
      reason: 'forgot it',
    })
    expect(res.body).not.toContain('argon2')
  })

  test('an unknown user: 404', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/users/424242/password', headers: authHeaders(admin) })
    expect(res.statusCode).toBe(404)
  })
})
