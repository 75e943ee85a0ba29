import { describe, expect, test } from 'vitest'
import { decideAccess, originAllowed, roleSatisfies, type AccessRequest } from '../../src/auth/access.ts'
import type { AuthContext, AuthLevel, Role } from '../../src/auth/types.ts'

const session = (role: Role, mustChangePassword = false): AuthContext => ({
  user: { id: 7, email: 'x@example.org', name: 'X', role, mustChangePassword },
  sessionId: 'a'.repeat(64),
  csrfToken: 'T'.repeat(43),
})
const base: AccessRequest = {
  method: 'GET',
  path: '/api/admin/users',
  level: 'admin',
  csrfExempt: false,
  origin: undefined,
  host: 'localhost:3000',
  csrfHeader: undefined,
  auth: session('admin'),
}

describe('roleSatisfies', () => {
  test.each<[Role, AuthLevel, boolean]>([
    ['editor', 'user', true],
    ['editor', 'editor', true],
    ['editor', 'admin', false],
    ['admin', 'user', true],
    ['admin', 'editor', true],
    ['admin', 'admin', true],
  ])('%s for %s: %s', (role, level, expected) => {
    expect(roleSatisfies(role, level)).toBe(expected)
  })
})

describe('originAllowed', () => {
  test.each<[string | undefined, string | undefined, boolean]>([
    [undefined, 'localhost:3000', true],
    ['http://localhost:3000', 'localhost:3000', true],
    ['https://monitor.example.org', 'monitor.example.org', true],
    ['https://monitor.example.org:443', 'monitor.example.org', true],
    ['http://LOCALHOST:3000', 'localhost:3000', true],
    ['http://localhost:3000', 'LocalHost:3000', true],
    ['http://localhost', 'localhost:80', true],
    ['https://monitor.example.org', 'monitor.example.org:443', true],
    ['http://localhost:5173', 'localhost:3000', false],
    ['https://localhost:3000', 'localhost:80', false],
    ['http://localhost:3000', 'localhost:3000/path', false],
    ['http://user@localhost:3000', 'localhost:3000', false],
    ['http://localhost:3000/x', 'localhost:3000', false],
    ['http://[::1]:3000', '[::1]:3000', true],
    ['https://evil.example', 'monitor.example.org', false],
    ['https://monitor.example.org.evil.example', 'monitor.example.org', false],
    ['null', 'localhost:3000', false],
    ['not a url', 'localhost:3000', false],
    ['http://localhost:3000', undefined, false],
  ])('Origin %s, Host %s: %s', (origin, host, expected) => {
    expect(originAllowed(origin, host)).toBe(expected)
  })
})

describe('decideAccess', () => {
  test.each<[string, Partial<AccessRequest>, ReturnType<typeof decideAccess> extends infer R ? (R extends null ? null : { status: number; code: string }) : never]>([
    ['a public GET without a session', { level: undefined, auth: null }, null],
    ['a public POST without a session', { method: 'POST', level: undefined, auth: null }, null],
    ['an admin route without a session', { auth: null }, { status: 401, code: 'unauthenticated' }],
    ['an admin route, editor', { auth: session('editor') }, { status: 403, code: 'forbidden' }],
    ['an admin route, admin', {}, null],
    ['an editor route, editor', { level: 'editor', auth: session('editor') }, null],
    ['a user route, editor', { level: 'user', auth: session('editor') }, null],
    ['a POST with the right CSRF token', { method: 'POST', csrfHeader: 'T'.repeat(43) }, null],
    ['a POST without a CSRF token', { method: 'POST' }, { status: 403, code: 'csrf' }],
    ['a PUT with a wrong CSRF token', { method: 'PUT', csrfHeader: 'U'.repeat(43) }, { status: 403, code: 'csrf' }],
    ['a PATCH with a truncated CSRF token', { method: 'PATCH', csrfHeader: 'T'.repeat(42) }, { status: 403, code: 'csrf' }],
    ['a DELETE without a CSRF token', { method: 'DELETE' }, { status: 403, code: 'csrf' }],
    ['a GET needs no CSRF token', { method: 'GET' }, null],
    ['a session POST to a public route still needs the CSRF token', { method: 'POST', level: undefined }, { status: 403, code: 'csrf' }],
    ['sign-in is exempt from CSRF', { method: 'POST', level: undefined, csrfExempt: true }, null],
    ['a foreign Origin on POST, even without a session', { method: 'POST', level: undefined, auth: null, origin: 'https://evil.example' }, { status: 403, code: 'origin' }],
    ['a foreign Origin on sign-in', { method: 'POST', level: undefined, csrfExempt: true, auth: null, origin: 'https://evil.example' }, { status: 403, code: 'origin' }],
    ['a foreign Origin is checked before the CSRF token', { method: 'POST', origin: 'https://evil.example', csrfHeader: 'T'.repeat(43) }, { status: 403, code: 'origin' }],
    ['a foreign Origin on GET is not refused (reading is public)', { origin: 'https://evil.example' }, null],
    ['our own Origin on POST', { method: 'POST', origin: 'http://localhost:3000', csrfHeader: 'T'.repeat(43) }, null],
    ['a forced password change blocks admin routes', { auth: session('admin', true) }, { status: 403, code: 'password_change_required' }],
    ['a forced password change still allows /api/auth/*', { path: '/api/auth/password', level: 'user', auth: session('admin', true) }, null],
    ['a forced password change does not block public reading', { path: '/api/progress', level: undefined, auth: session('editor', true) }, null],
  ])('%s', (_case, overrides, expected) => {
    const refusal = decideAccess({ ...base, ...overrides })
    expect(refusal === null ? null : { status: refusal.status, code: refusal.code }).toEqual(expected)
  })

  test('the refusals say what to do', () => {
    expect(decideAccess({ ...base, auth: session('editor') })?.message).toBe('Only an admin may do this (you are signed in as an editor)')
    expect(decideAccess({ ...base, method: 'POST' })?.message).toBe(
      'Missing X-CSRF-Token header: send the csrfToken of your session (from sign-in or GET /api/auth/me)',
    )
    expect(decideAccess({ ...base, method: 'POST', origin: 'https://evil.example' })?.message).toBe(
      'Origin https://evil.example is not this site: cross-site requests are refused',
    )
  })
})
