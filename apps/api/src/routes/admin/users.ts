/** Accounts (admins only): list, create, change role / name / disabled, reset a password. */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema } from '@nap/schemas'
import { HttpError, errorBody, notFound } from '../../plugins/error-handler.ts'
import { requireUser } from '../../auth/plugin.ts'
import { generateTemporaryPassword } from '../../auth/passwords.ts'
import type { Actor } from '../../auth/user-admin.ts'
import {
  CreatedUserSchema,
  CreateUserBodySchema,
  ResetPasswordBodySchema,
  TemporaryPasswordSchema,
  UpdateUserBodySchema,
  UserConflictSchema,
  UserIdParams,
  UserSchema,
} from '../../auth/schemas.ts'
import type { FastifyRequest } from 'fastify'

const tags = ['Users']

function actorOf(request: FastifyRequest): Actor {
  const user = requireUser(request)
  return { userId: user.id, actor: user.email, ip: request.ip }
}

const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { userAdmin } = app

  app.get(
    '/admin/users',
    {
      config: { auth: 'admin' },
      schema: { tags, operationId: 'listUsers', summary: 'Every account, by e-mail', response: { 200: z.array(UserSchema) } },
    },
    async () => userAdmin.list(),
  )

  app.post(
    '/admin/users',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'createUser',
        summary: 'Create an account with a temporary password',
        description: 'The user must change the temporary password at their first sign-in.',
        body: CreateUserBodySchema,
        response: {
          201: CreatedUserSchema,
          400: ApiErrorSchema,
          409: ApiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const temporaryPassword = generateTemporaryPassword()
      const result = await userAdmin.create({ ...request.body, password: temporaryPassword, mustChangePassword: true }, actorOf(request))
      if (result.kind === 'email_taken') throw new HttpError(409, 'email_taken', `An account with the e-mail address ${request.body.email} exists`)
      if (result.kind === 'weak_password') throw new Error(`generated password refused: ${result.reason}`)
      return reply.code(201).send({ user: result.user, temporaryPassword })
    },
  )

  app.patch(
    '/admin/users/:id',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'updateUser',
        summary: "Change a user's role, display name or disabled state",
        description:
          'Versioned: `version` must be the current one (else 409 with the current account). Disabling ends the user\'s sessions. ' +
          'The last active admin cannot be disabled or demoted (409, code last_admin).',
        params: UserIdParams,
        body: UpdateUserBodySchema,
        response: {
          200: UserSchema,
          400: ApiErrorSchema,
          404: ApiErrorSchema,
          409: UserConflictSchema.describe('Stale version (code version_conflict, with current) or the last active admin (code last_admin)'),
        },
      },
    },
    async (request, reply) => {
      const { version, reason, ...patch } = request.body
      const result = userAdmin.update(request.params.id, patch, version, { ...actorOf(request), reason })
      switch (result.kind) {
        case 'not_found':
          throw notFound(`User ${request.params.id} not found`)
        case 'stale':
          return reply.code(409).send({
            ...errorBody(409, 'version_conflict', `User ${result.current.id} changed since you read it: version is ${result.current.version}, not ${version}`),
            current: result.current,
          })
        case 'last_admin':
          throw new HttpError(409, 'last_admin', result.message)
        case 'updated':
        case 'unchanged':
          return result.user
      }
    },
  )

  app.post(
    '/admin/users/:id/password',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'resetUserPassword',
        summary: "Reset a user's password to a temporary one",
        description: 'Ends every session of the user; they must change the temporary password at their next sign-in.',
        params: UserIdParams,
        body: ResetPasswordBodySchema,
        response: { 200: TemporaryPasswordSchema, 400: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request) => {
      const result = await userAdmin.resetPassword(request.params.id, { ...actorOf(request), reason: request.body?.reason })
      if (result.kind === 'not_found') throw notFound(`User ${request.params.id} not found`)
      return { temporaryPassword: result.temporaryPassword }
    },
  )
}

export default userRoutes
