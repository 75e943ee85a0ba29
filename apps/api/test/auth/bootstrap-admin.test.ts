import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { createDb, users } from '@nap/db'
import { buildApp } from '../../src/app.ts'
import { bootstrapAdmin } from '../../src/auth/bootstrap-admin.ts'
import { loadEnv } from '../../src/config/env.ts'
import { signIn } from '../auth-helper.ts'

const PASSWORD = 'harbor juniper 42 slate kite'
let dir: string
let n = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nap-bootstrap-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A fresh copy of the seeded database (no account in it). */
function freshDb() {
  n += 1
  const path = join(dir, `b${n}.sqlite`)
  copyFileSync(inject('templateDatabase'), path)
  return { path, db: createDb(path) }
}

const envFor = (path: string, vars: Record<string, string>) =>
  loadEnv({ DATABASE_PATH: path, LOG_LEVEL: 'silent', WEB_DIST: join(dir, 'no-web'), ...vars })

describe('ADMIN_EMAIL + ADMIN_PASSWORD on start', () => {
  test('create the first admin when there is no account; they can sign in', async () => {
    const { path, db } = freshDb()
    const app = await buildApp({ env: envFor(path, { ADMIN_EMAIL: 'Boss@Example.org', ADMIN_NAME: 'The Boss', ADMIN_PASSWORD: PASSWORD }), db })
    try {
      expect(db.select().from(users).all()).toEqual([expect.objectContaining({ email: 'boss@example.org', name: 'The Boss', role: 'admin', mustChangePassword: false })])
      const s = await signIn(app, 'boss@example.org', PASSWORD)
      expect(s.user).toMatchObject({ email: 'boss@example.org', role: 'admin' })
    } finally {
      await app.close()
      db.$client.close()
    }
  })

  test('do nothing when an account exists', async () => {
    const { path, db } = freshDb()
    const first = await buildApp({ env: envFor(path, { ADMIN_EMAIL: 'one@example.org', ADMIN_PASSWORD: PASSWORD }), db })
    await first.close()
    const second = await buildApp({ env: envFor(path, { ADMIN_EMAIL: 'two@example.org', ADMIN_PASSWORD: PASSWORD }), db })
    await second.close()
    expect(db.select({ email: users.email }).from(users).all()).toEqual([{ email: 'one@example.org' }])
    db.$client.close()
  })

  test('ADMIN_PASSWORD_FILE: the password is the file without its final line break', async () => {
    const { path, db } = freshDb()
    const file = join(dir, 'admin-password.txt')
    writeFileSync(file, `${PASSWORD}\n`)
    const app = await buildApp({ env: envFor(path, { ADMIN_EMAIL: 'file@example.org', ADMIN_PASSWORD_FILE: file }), db })
    try {
      await expect(signIn(app, 'file@example.org', PASSWORD)).resolves.toMatchObject({ user: { role: 'admin' } })
    } finally {
      await app.close()
      db.$client.close()
    }
  })

  test('a weak password stops the start with the reason', async () => {
    const { path, db } = freshDb()
    await expect(buildApp({ env: envFor(path, { ADMIN_EMAIL: 'weak@example.org', ADMIN_PASSWORD: 'changeme' }), db })).rejects.toThrow(
      'ADMIN_PASSWORD is refused: the password must be at least 12 characters (it has 8)',
    )
    expect(db.select().from(users).all()).toEqual([])
    db.$client.close()
  })

  test('the log says "created admin E" and never the password', async () => {
    const { db } = freshDb()
    const lines: string[] = []
    const env = { ADMIN_EMAIL: 'logged@example.org', ADMIN_NAME: 'Administrator', ADMIN_PASSWORD: PASSWORD }
    expect(await bootstrapAdmin(db, env, { info: (m) => lines.push(m) }, () => new Date())).toBe('created')
    expect(await bootstrapAdmin(db, { ...env, ADMIN_EMAIL: 'other@example.org' }, { info: (m) => lines.push(m) }, () => new Date())).toBe('users_exist')
    expect(lines).toEqual(['created admin logged@example.org', 'ADMIN_EMAIL is set but accounts exist: no admin created'])
    db.$client.close()
  })
})

describe('the ADMIN_* variables', () => {
  test.each([
    ['ADMIN_EMAIL without a password', { ADMIN_EMAIL: 'a@example.org' }, '✖ ADMIN_EMAIL needs ADMIN_PASSWORD or ADMIN_PASSWORD_FILE\n  → at ADMIN_PASSWORD'],
    ['a password without ADMIN_EMAIL', { ADMIN_PASSWORD: PASSWORD }, '✖ ADMIN_PASSWORD needs ADMIN_EMAIL (the admin to create)\n  → at ADMIN_EMAIL'],
    ['both a password and a file', { ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: PASSWORD, ADMIN_PASSWORD_FILE: '/run/secrets/x' }, '✖ set ADMIN_PASSWORD or ADMIN_PASSWORD_FILE, not both\n  → at ADMIN_PASSWORD_FILE'],
    ['an ADMIN_EMAIL that is not one', { ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: PASSWORD }, '✖ must be an e-mail address\n  → at ADMIN_EMAIL'],
  ])('%s: refused, naming the variable', (_case, vars, message) => {
    expect(() => loadEnv(vars)).toThrow(message)
  })

  test('empty means unset', () => {
    expect(loadEnv({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '', ADMIN_PASSWORD_FILE: '', ADMIN_NAME: '' })).toMatchObject({
      ADMIN_EMAIL: undefined,
      ADMIN_PASSWORD: undefined,
      ADMIN_PASSWORD_FILE: undefined,
      ADMIN_NAME: 'Administrator',
    })
  })
})
