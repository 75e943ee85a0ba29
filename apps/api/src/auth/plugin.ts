/**
 * The auth plugin: reads the session cookie, sets `request.auth`, and before every handler applies
 * the Origin check and CSRF (unsafe methods), then the route's `config.auth` ('user' | 'editor' |
 * 'admin') and the forced password change. Routes declare protection in their options, never in
 * handlers:
 *
 *   app.put('/admin/…', { config: { auth: 'editor' }, schema }, handler)
 *
 * Start-up fails when a route under /api/admin/ declares no `config.auth`; the protected routes are
 * listed in `app.protectedRoutes` (the authorisation matrix test is driven by it) and documented in
 * OpenAPI with the session cookie (and CSRF header) security and their 401/403 answers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import cookie from '@fastify/cookie'
import type { Db } from '@nap/db'
import { ApiErrorSchema } from '@nap/schemas'
import { HttpError } from '../plugins/error-handler.ts'
import { createAuditRepository, type AuditRepository } from '../repositories/audit-repository.ts'
import { createUsersRepository, type UsersRepository } from '../repositories/users-repository.ts'
import { decideAccess, UNSAFE_METHODS } from './access.ts'
import { createAuthService, type AuthService, type ClientInfo, type IssuedSession } from './auth-service.ts'
import { bootstrapAdmin, type AdminBootstrapEnv } from './bootstrap-admin.ts'
import { dummyHash } from './passwords.ts'
import { AUTH_LEVELS, type AuthContext, type AuthLevel, type AuthUser, type ProtectedRoute } from './types.ts'
import { createUserAdmin, type UserAdmin } from './user-admin.ts'

import { CSRF_HEADER, SESSION_COOKIE } from './openapi-security.ts'

export { CSRF_HEADER, SESSION_COOKIE }

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: any signed-in user, an editor (or admin), or an admin. */
    auth?: AuthLevel
    /** false: no CSRF check even with a session cookie (only sign-in, which does not use the session). */
    csrf?: boolean
  }
  interface FastifyRequest {
    /** The session of the request, or null when it has none (or an ended one). */
    auth: AuthContext | null
  }
  interface FastifyInstance {
    /** The time everything auth-related is judged by (injected in tests). */
    clock: () => Date
    authService: AuthService
    userAdmin: UserAdmin
    users: UsersRepository
    audit: AuditRepository
    /** Every route with `config.auth` (HEAD excluded), in registration order. */
    protectedRoutes: ProtectedRoute[]
  }
}

export interface AuthOptions {
  db: Db
  env: AdminBootstrapEnv
  /** The clock (default: the real time). */
  now?: () => Date
}

const isAuthLevel = (v: unknown): v is AuthLevel => AUTH_LEVELS.some((l) => l === v)
const isAdminPath = (url: string) => url === '/api/admin' || url.startsWith('/api/admin/')

function methodsOf(route: RouteOptions): string[] {
  return [route.method].flat().map((m) => m.toUpperCase())
}

/** Adds the security requirement and the 401/403 answers the plugin gives to a protected route's OpenAPI operation. */
function documentProtection(route: RouteOptions, methods: readonly string[]): void {
  const schema = route.schema ?? {}
  const unsafe = methods.some((m) => UNSAFE_METHODS.has(m))
  const response: Record<string, unknown> = typeof schema.response === 'object' && schema.response !== null ? { ...schema.response } : {}
  response['401'] ??= ApiErrorSchema
  response['403'] ??= ApiErrorSchema
  route.schema = {
    ...schema,
    security: schema.security ?? [unsafe ? { sessionCookie: [], csrfToken: [] } : { sessionCookie: [] }],
    response,
  }
}

function clientOf(request: FastifyRequest): ClientInfo {
  return { ip: request.ip, userAgent: request.headers['user-agent']?.slice(0, 500) ?? null }
}

const COOKIE_OPTIONS = { path: '/', httpOnly: true, secure: true, sameSite: 'strict' } as const

/** Sets the session cookie of a new session (sign-in, password change). */
export function setSessionCookie(reply: FastifyReply, session: IssuedSession): void {
  reply.setCookie(SESSION_COOKIE, session.token, COOKIE_OPTIONS)
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS)
}

/** The signed-in user of a request on a protected route (401 if there is none). */
export function requireUser(request: FastifyRequest): AuthUser {
  return requireAuth(request).user
}

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new HttpError(401, 'unauthenticated', 'Sign in first: this needs a session (POST /api/auth/login)')
  return request.auth
}

export { clientOf }

/** Registers the plugin on the root instance; call it before the routes. */
export async function registerAuth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  const now = options.now ?? (() => new Date())
  await app.register(cookie)

  const authService = createAuthService(options.db, now)
  app.decorate('clock', now)
  app.decorate('authService', authService)
  app.decorate('userAdmin', createUserAdmin(options.db, now))
  app.decorate('users', createUsersRepository(options.db))
  app.decorate('audit', createAuditRepository(options.db))
  const protectedRoutes: ProtectedRoute[] = []
  app.decorate('protectedRoutes', protectedRoutes)
  app.decorateRequest('auth', null)

  app.addHook('onRoute', (route) => {
    const methods = methodsOf(route)
    const level: unknown = route.config?.auth
    if (level !== undefined && !isAuthLevel(level)) {
      throw new Error(`${methods.join(',')} ${route.url}: config.auth must be one of ${AUTH_LEVELS.join(', ')}`)
    }
    if (isAdminPath(route.url) && level === undefined) {
      throw new Error(`${methods.join(',')} ${route.url} is under /api/admin/ but declares no config.auth ('user' | 'editor' | 'admin')`)
    }
    if (level === undefined) return
    for (const method of methods) if (method !== 'HEAD') protectedRoutes.push({ method, url: route.url, auth: level })
    documentProtection(route, methods)
  })

  // Callback-style (no promise per request): everything in it is synchronous.
  app.addHook('onRequest', (request, reply, done) => {
    const config = request.routeOptions.config
    const token = request.cookies[SESSION_COOKIE]
    const auth = token === undefined ? null : authService.resolve(token)
    if (token !== undefined && !auth) clearSessionCookie(reply)
    request.auth = auth
    if (config.auth !== undefined) reply.header('cache-control', 'no-store')
    const csrf = request.headers[CSRF_HEADER]
    const refusal = decideAccess({
      method: request.method,
      path: request.routeOptions.url ?? request.url.split('?')[0] ?? '',
      level: config.auth,
      csrfExempt: config.csrf === false,
      origin: request.headers.origin,
      host: request.headers.host,
      csrfHeader: Array.isArray(csrf) ? csrf[0] : csrf,
      auth,
    })
    done(refusal ? new HttpError(refusal.status, refusal.code, refusal.message) : undefined)
  })

  // Computed now so the first sign-in with an unknown e-mail takes no longer than the others.
  await dummyHash()
  await bootstrapAdmin(options.db, options.env, { info: (m) => app.log.info(m) }, now)
}
