/** Sign-in, the current session, sign-out and the user's own password (under /api/auth). */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema } from '@nap/schemas'
import { HttpError, errorBody } from '../plugins/error-handler.ts'
import { clearSessionCookie, clientOf, requireAuth, setSessionCookie } from '../auth/plugin.ts'
import { LoginBodySchema, PasswordChangeBodySchema, RateLimitedSchema, SessionSchema } from '../auth/schemas.ts'

const tags = ['Auth']
const Empty = z.null().describe('No content')
const INVALID = 'Wrong e-mail address or password'

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { authService } = app

  app.post(
    '/auth/login',
    {
      config: { csrf: false },
      schema: {
        tags,
        operationId: 'login',
        summary: 'Sign in: sets the session cookie',
        description:
          'Answers the user and the CSRF token and sets `__Host-session` (HttpOnly; Secure; SameSite=Strict; Path=/). ' +
          'A wrong e-mail and a wrong password get the same 401. The 6th failed attempt for an account within 15 minutes, ' +
          'or the 21st attempt from one IP address within a minute, gets 429 with Retry-After, even with the right password.',
        security: [],
        body: LoginBodySchema,
        response: {
          200: SessionSchema,
          400: ApiErrorSchema,
          401: ApiErrorSchema,
          403: ApiErrorSchema,
          429: RateLimitedSchema,
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store')
      const result = await authService.login({ ...request.body, ...clientOf(request), replaces: request.auth?.sessionId })
      if (result.kind === 'rate_limited') {
        const seconds = result.retryAfterSeconds
        return reply
          .code(429)
          .header('retry-after', String(seconds))
          .send({
            ...errorBody(429, 'rate_limited', `Too many sign-in attempts: try again in ${seconds} seconds`),
            retryAfterSeconds: seconds,
          })
      }
      if (result.kind === 'invalid_credentials') throw new HttpError(401, 'invalid_credentials', INVALID)
      setSessionCookie(reply, result.session)
      return { user: result.session.auth.user, csrfToken: result.session.auth.csrfToken }
    },
  )

  app.get(
    '/auth/me',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        operationId: 'getSession',
        summary: 'The signed-in user and the CSRF token of the session',
        response: { 200: SessionSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request)
      return { user: auth.user, csrfToken: auth.csrfToken }
    },
  )

  app.post(
    '/auth/logout',
    {
      config: { auth: 'user' },
      schema: { tags, operationId: 'logout', summary: 'Sign out: ends this session', response: { 204: Empty } },
    },
    async (request, reply) => {
      authService.logout(requireAuth(request), clientOf(request))
      clearSessionCookie(reply)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/auth/logout-all',
    {
      config: { auth: 'user' },
      schema: { tags, operationId: 'logoutAll', summary: 'Sign out everywhere: ends every session of the user', response: { 204: Empty } },
    },
    async (request, reply) => {
      authService.logoutAll(requireAuth(request), clientOf(request))
      clearSessionCookie(reply)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/auth/password',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        operationId: 'changePassword',
        summary: 'Change your password',
        description:
          'Ends every session of the user and opens a new one for this client (a new cookie and CSRF token). ' +
          'Clears the forced change after an admin reset.',
        body: PasswordChangeBodySchema,
        response: {
          200: SessionSchema,
          400: ApiErrorSchema,
          429: RateLimitedSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await authService.changePassword(requireAuth(request), request.body, clientOf(request))
      switch (result.kind) {
        case 'rate_limited': {
          const seconds = result.retryAfterSeconds
          return reply
            .code(429)
            .header('retry-after', String(seconds))
            .send({ ...errorBody(429, 'rate_limited', `Too many attempts: try again in ${seconds} seconds`), retryAfterSeconds: seconds })
        }
        case 'wrong_current':
          throw new HttpError(400, 'invalid_current_password', 'Invalid request: current: is not your current password', [
            { field: 'current', message: 'is not your current password' },
          ])
        case 'weak':
          throw new HttpError(400, 'weak_password', `Invalid request: next: the password ${result.reason}`, [
            { field: 'next', message: `the password ${result.reason}` },
          ])
        case 'changed':
          setSessionCookie(reply, result.session)
          return { user: result.session.auth.user, csrfToken: result.session.auth.csrfToken }
      }
    },
  )
}

export default authRoutes
