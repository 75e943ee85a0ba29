/** Wire schemas (zod → OpenAPI) of the auth, users and audit endpoints. */
import { z } from 'zod'
import { ROLES } from '@nap/domain'
import { ApiErrorSchema } from '@nap/schemas'
import { parseIsoDate } from '../routes/api/iso-date.ts'
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.ts'

export const RoleSchema = z.enum(ROLES).describe('editor: observations; admin: also targets and users')

export const AuthUserSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string().describe('Display name (shown publicly as the author of changes)'),
    role: RoleSchema,
    mustChangePassword: z.boolean().describe('True after an admin reset: only /api/auth/* may be called until the password is changed'),
  })
  .describe('The signed-in user')

export const SessionSchema = z
  .object({
    user: AuthUserSchema,
    csrfToken: z.string().describe('Send it back in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE'),
  })
  .describe('The signed-in user and the CSRF token of the session')

export const LoginBodySchema = z.object({
  email: z.string().min(1).max(320).describe('E-mail address (case-insensitive)'),
  password: z.string().min(1).max(1024),
})

const NewPassword = z
  .string()
  .max(1024)
  .describe(`At least ${MIN_PASSWORD_LENGTH} characters (at most ${MAX_PASSWORD_LENGTH}), not a common or easily guessed password`)

export const PasswordChangeBodySchema = z.object({
  current: z.string().min(1).max(1024).describe('The current (or temporary) password'),
  next: NewPassword,
})

export const UserSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    disabled: z.boolean().describe('A disabled account cannot sign in; its sessions ended when it was disabled'),
    mustChangePassword: z.boolean(),
    version: z.number().int().describe('Send it back with PATCH (optimistic concurrency)'),
    lastLoginAt: z.string().nullable().describe('Last successful sign-in (ISO 8601)'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('An account (never its password hash)')

const Name = z.string().trim().min(1, { error: 'must not be empty' }).max(100)

export const CreateUserBodySchema = z.object({
  email: z.email({ error: 'must be an e-mail address' }).max(320),
  name: Name.describe('Display name'),
  role: RoleSchema,
})

export const CreatedUserSchema = z.object({
  user: UserSchema,
  temporaryPassword: z.string().describe('Give it to the user; they must change it at their first sign-in'),
})

export const UpdateUserBodySchema = z
  .object({
    role: RoleSchema.optional(),
    name: Name.optional(),
    disabled: z.boolean().optional().describe('Disabling ends every session of the user'),
    version: z.number().int().min(1).describe('The version you read; a different current version answers 409'),
    reason: z.string().trim().min(1).max(500).optional().describe('Why (kept in the audit log)'),
  })
  .describe('The fields to change (role, name, disabled) and the version they were read at')

export const ResetPasswordBodySchema = z
  .object({ reason: z.string().trim().min(1).max(500).optional().describe('Why (kept in the audit log)') })
  .nullish()
  .describe('Optional: a body is not needed')

export const TemporaryPasswordSchema = z.object({
  temporaryPassword: z.string().describe('Give it to the user; their sessions ended and they must change it at next sign-in'),
})

export const UserIdParams = z.object({
  id: z.coerce.number({ error: 'must be a user id' }).int({ error: 'must be a user id' }).min(1, { error: 'must be a user id' }),
})

export const RateLimitedSchema = ApiErrorSchema.extend({
  retryAfterSeconds: z.number().int().describe('Seconds to wait (also in the Retry-After header)'),
})

export const UserConflictSchema = ApiErrorSchema.extend({
  current: UserSchema.optional().describe('The account as it is now (when the version was stale)'),
})

/** A query-string bound: a date (its first or last millisecond) or a UTC time, as an ISO instant. */
const instantBound = (end: 'from' | 'to') =>
  z.string().transform((text, ctx) => {
    const parsed = parseIsoDate(text)
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message })
      return z.NEVER
    }
    return end === 'from' && text.length === 10 ? `${parsed.value.date}T00:00:00.000Z` : parsed.value.instant
  })

export const AuditQuerySchema = z.object({
  user: z.coerce.number({ error: 'must be a user id' }).int({ error: 'must be a user id' }).min(1).optional().describe('User id'),
  action: z
    .string()
    .regex(/^[a-z]+(\.[a-z_]+|\.\*)$/, { error: 'must be an action (user.update) or a family (auth.*)' })
    .optional()
    .describe('An action, e.g. auth.login_failed, or a family, e.g. observation.*'),
  indicator: z.string().min(1).max(100).optional().describe('Indicator slug'),
  from: instantBound('from').optional().describe('From this date (its start) or UTC time, inclusive: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.sss]]Z'),
  to: instantBound('to').optional().describe('Until this date (its whole day) or UTC time, inclusive'),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
  limit: z.coerce.number({ error: 'must be a number 1–200' }).int().min(1).max(200).default(50).describe('Entries per page (default 50)'),
})

const JsonObject = z.record(z.string(), z.unknown())

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string().describe('ISO 8601, UTC'),
  user: z.object({ id: z.number().int(), name: z.string(), email: z.string() }).nullable().describe('The account, if any'),
  actor: z.string().describe("The user's e-mail, 'system', 'cli', or the e-mail typed at a failed sign-in"),
  action: z.string().describe('e.g. auth.login, auth.login_failed, user.update, target.update, observation.update'),
  entity: z.string().describe('What was changed (table name)'),
  entityId: z.string(),
  indicator: z.string().nullable().describe('Indicator slug, when the change concerns one'),
  before: JsonObject.nullable(),
  after: JsonObject.nullable(),
  reason: z.string(),
  ip: z.string().nullable(),
})

export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema).describe('Newest first'),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
})
