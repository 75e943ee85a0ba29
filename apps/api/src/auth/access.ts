/** The access rules the auth plugin applies before every handler (pure, table-tested). */
import type { AuthContext, AuthLevel, Role } from './types.ts'
import { safeEqual } from './tokens.ts'

export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Routes a user who must change their password may still call. */
export const PASSWORD_CHANGE_PREFIX = '/api/auth/'

export function roleSatisfies(role: Role, level: AuthLevel): boolean {
  if (level === 'admin') return role === 'admin'
  return role === 'admin' || role === 'editor'
}

/** An absent Origin is allowed (same-origin navigations, non-browser clients); a present one must be this host. */
export function originAllowed(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true
  if (!host || origin === 'null') return false
  if (!/^[A-Za-z0-9.\-[\]:]+$/.test(host)) return false
  try {
    const from = new URL(origin)
    // An origin is scheme://host[:port], nothing more.
    if (from.username || from.password || from.pathname !== '/' || from.search || from.hash) return false
    // The Host header through the same URL parser, so that default ports compare equal (localhost:80).
    return from.host === new URL(`${from.protocol}//${host}`).host
  } catch {
    return false
  }
}

export interface AccessRequest {
  method: string
  /** The path without the query string. */
  path: string
  /** The route's `config.auth`; undefined for public routes. */
  level: AuthLevel | undefined
  /** `config.csrf === false`: the route does not use the session (sign-in). */
  csrfExempt: boolean
  origin: string | undefined
  host: string | undefined
  csrfHeader: string | undefined
  auth: AuthContext | null
}

export interface AccessRefusal {
  status: 401 | 403
  code: 'unauthenticated' | 'forbidden' | 'csrf' | 'origin' | 'password_change_required'
  message: string
}

const ROLE_NAME: Record<AuthLevel, string> = { user: 'a signed-in user', editor: 'an editor or an admin', admin: 'an admin' }

/** null when the request may reach its handler; otherwise the refusal to send. */
export function decideAccess(r: AccessRequest): AccessRefusal | null {
  const unsafe = UNSAFE_METHODS.has(r.method)
  if (unsafe && !originAllowed(r.origin, r.host)) {
    return { status: 403, code: 'origin', message: `Origin ${r.origin ?? ''} is not this site: cross-site requests are refused` }
  }
  if (unsafe && r.auth && !r.csrfExempt && !(r.csrfHeader !== undefined && safeEqual(r.csrfHeader, r.auth.csrfToken))) {
    return {
      status: 403,
      code: 'csrf',
      message: `${r.csrfHeader === undefined ? 'Missing' : 'Wrong'} X-CSRF-Token header: send the csrfToken of your session (from sign-in or GET /api/auth/me)`,
    }
  }
  if (r.level === undefined) return null
  if (!r.auth) return { status: 401, code: 'unauthenticated', message: 'Sign in first: this needs a session (POST /api/auth/login)' }
  if (r.auth.user.mustChangePassword && !r.path.startsWith(PASSWORD_CHANGE_PREFIX)) {
    return { status: 403, code: 'password_change_required', message: 'Change your password first (POST /api/auth/password)' }
  }
  if (!roleSatisfies(r.auth.user.role, r.level)) {
    return { status: 403, code: 'forbidden', message: `Only ${ROLE_NAME[r.level]} may do this (you are signed in as ${r.auth.user.role === 'admin' ? 'an admin' : 'an editor'})` }
  }
  return null
}
