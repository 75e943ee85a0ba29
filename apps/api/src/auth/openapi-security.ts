/** The session cookie and CSRF header, and how OpenAPI names them (`components.securitySchemes`). */

export const SESSION_COOKIE = '__Host-session'
/** Lower-case, as Node hands request headers over. */
export const CSRF_HEADER = 'x-csrf-token'

export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie set by POST /api/auth/login (HttpOnly, Secure, SameSite=Strict; idle 2 h, at most 12 h)',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'The csrfToken of the session (from sign-in or GET /api/auth/me), required on every POST, PUT, PATCH and DELETE',
  },
} as const

/** OpenAPI tags of the auth, users and audit operations. */
export const AUTH_TAGS = [
  { name: 'Auth', description: 'Sign-in, sessions and your own password' },
  { name: 'Users', description: 'Accounts and roles (admins)' },
  { name: 'Audit', description: 'Who did what, when and why (admins)' },
] as const
