/**
 * Accounts and sessions for API tests (there is no default user):
 *
 *   const admin = await createUser(t, 'admin')                 // { id, email, name, role, password }
 *   const s = await signIn(t.app, admin.email, admin.password)  // { cookie, csrfToken, user }
 *   const e = await signIn(t.app, 'editor')                     // a new editor, signed in
 *   await t.app.inject({ method: 'PUT', url, headers: authHeaders(s), payload })
 *
 * `buildClockedTestApp()` is `buildTestApp()` with a clock the test moves (session expiry, rate limits).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createDb, runMigrations } from '@nap/db'
import type { Role } from '@nap/domain'
import { buildApp } from '../src/app.ts'
import { SESSION_COOKIE } from '../src/auth/openapi-security.ts'
import { hashPassword } from '../src/auth/passwords.ts'
import type { AuthUser } from '../src/auth/types.ts'
import { loadEnv } from '../src/config/env.ts'
import type { TestApp } from './helper.ts'

/** A password that passes the policy (every test user gets it unless told otherwise). */
export const TEST_PASSWORD = 'maple agave bison lantern 2050'

export interface TestUser {
  id: number
  email: string
  name: string
  role: Role
  password: string
}

export interface CreateUserOptions {
  email?: string
  name?: string
  password?: string
  mustChangePassword?: boolean
  disabled?: boolean
}

export interface SignedIn {
  /** Pass as the `cookie` header. */
  cookie: string
  /** Pass as the `x-csrf-token` header on POST/PUT/PATCH/DELETE. */
  csrfToken: string
  user: AuthUser
}

let seq = 0
const appOf = (t: TestApp | FastifyInstance): FastifyInstance => ('app' in t && 'db' in t ? t.app : t)

/** Creates an account directly in the database (no audit row, no password policy check). */
export async function createUser(t: TestApp | FastifyInstance, role: Role, opts: CreateUserOptions = {}): Promise<TestUser> {
  const app = appOf(t)
  seq += 1
  const email = opts.email ?? `${role}-${seq}-${randomUUID().slice(0, 8)}@example.org`
  const name = opts.name ?? `Test ${role} ${seq}`
  const password = opts.password ?? TEST_PASSWORD
  const now = new Date().toISOString()
  const user = app.users.create({ email, name, role, passwordHash: await hashPassword(password), mustChangePassword: opts.mustChangePassword ?? false, now })
  if (opts.disabled) app.users.update(user.id, { disabled: true }, user.version, now)
  return { id: user.id, email: user.email, name, role, password }
}

let ipSeq = 0
/** A different client address per sign-in, so that many sign-ins in one test stay under the per-IP limit. */
export function nextTestIp(): string {
  ipSeq += 1
  return `10.${(ipSeq >> 16) & 255}.${(ipSeq >> 8) & 255}.${ipSeq & 255}`
}

/** The `__Host-session=…` pair from a response's Set-Cookie, or undefined. */
export function sessionCookieOf(setCookie: string | string[] | undefined): string | undefined {
  const all = setCookie === undefined ? [] : [setCookie].flat()
  const line = all.find((c) => c.startsWith(`${SESSION_COOKIE}=`))
  const pair = line?.split(';')[0]
  return pair === `${SESSION_COOKIE}=` ? undefined : pair
}

/** Signs in through POST /api/auth/login (throws unless 200). With a role instead of an e-mail, creates that user first. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<SignedIn>
export async function signIn(app: FastifyInstance, role: Role): Promise<SignedIn & { password: string }>
export async function signIn(app: FastifyInstance, emailOrRole: string, password?: string): Promise<SignedIn & { password?: string }> {
  let email = emailOrRole
  let pass = password
  if (password === undefined) {
    const role: Role = emailOrRole === 'admin' ? 'admin' : 'editor'
    const user = await createUser(app, role)
    email = user.email
    pass = user.password
  }
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: nextTestIp(),
    payload: { email, password: pass },
  })
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} answered ${res.statusCode}: ${res.body}`)
  const cookie = sessionCookieOf(res.headers['set-cookie'])
  if (!cookie) throw new Error(`sign-in of ${email} set no ${SESSION_COOKIE} cookie`)
  const body = res.json<{ user: AuthUser; csrfToken: string }>()
  return { cookie, csrfToken: body.csrfToken, user: body.user, ...(password === undefined ? { password: pass } : {}) }
}

/** Headers of a cookie-authenticated request (with the CSRF token, needed on unsafe methods). */
export function authHeaders(s: Pick<SignedIn, 'cookie' | 'csrfToken'>): { cookie: string; 'x-csrf-token': string } {
  return { cookie: s.cookie, 'x-csrf-token': s.csrfToken }
}

export interface TestClock {
  now: () => Date
  advance: (ms: number) => void
}

export function createTestClock(start = Date.now()): TestClock {
  let t = start
  return { now: () => new Date(t), advance: (ms) => (t += ms) }
}

/** Like buildTestApp(), with the app's clock in the test's hands. */
export async function buildClockedTestApp(clock: TestClock = createTestClock()): Promise<TestApp & { clock: TestClock }> {
  const dir = mkdtempSync(join(tmpdir(), 'nap-api-auth-'))
  const path = join(dir, 'test.sqlite')
  copyFileSync(inject('templateDatabase'), path)
  const db = createDb(path)
  runMigrations(db)
  const env = loadEnv({ DATABASE_PATH: path, LOG_LEVEL: 'silent', WEB_DIST: join(tmpdir(), 'no-web-build') })
  const app = await buildApp({ env, db, now: clock.now })
  app.addHook('onClose', async () => {
    db.$client.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return { app, db, path, clock }
}
