/**
 * Wire shapes of the sign-in, users, audit and data-entry endpoints, as the web app reads them.
 * The API declares them beside its routes (apps/api/src/auth/schemas.ts, routes/admin/observations.ts);
 * these mirror the fields the admin screens use, so a drift fails at the boundary (apiGet/apiSend
 * parse every answer). The public record (revisions, changes, targets) comes from @nap/schemas.
 */
import { z } from 'zod'
import { AREA_CODES, COUNTRY_CODES, FREQUENCIES, ROLES, STATUSES } from '@nap/domain'

export const RoleSchema = z.enum(ROLES)

export const AuthUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  mustChangePassword: z.boolean(),
})
export type AuthUser = z.infer<typeof AuthUserSchema>

export const SessionSchema = z.object({ user: AuthUserSchema, csrfToken: z.string() })
export type Session = z.infer<typeof SessionSchema>

export const RateLimitedBodySchema = z.object({ retryAfterSeconds: z.number().int() })

export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.number().int(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type User = z.infer<typeof UserSchema>

export const CreatedUserSchema = z.object({ user: UserSchema, temporaryPassword: z.string() })
export const TemporaryPasswordSchema = z.object({ temporaryPassword: z.string() })

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  user: z.object({ id: z.number().int(), name: z.string(), email: z.string() }).nullable(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  indicator: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  reason: z.string(),
  ip: z.string().nullable(),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>
export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() })
export type AuditPage = z.infer<typeof AuditPageSchema>

// ---- data entry ------------------------------------------------------------------------------

const AreaSchema = z.enum(AREA_CODES)
const StatusSchema = z.enum(STATUSES)
const FlagsSchema = z.object({ estimate: z.boolean(), provisional: z.boolean(), breakInSeries: z.boolean() })

export const GridCellSchema = z.object({
  country: AreaSchema,
  period: z.string(),
  value: z.number().nullable(),
  version: z.number().int(),
  flags: FlagsSchema,
  deleted: z.boolean(),
  derived: z.boolean(),
  updatedAt: z.string(),
})
export type GridCell = z.infer<typeof GridCellSchema>

export const GridSchema = z.object({
  indicator: z.string(),
  frequency: z.enum(FREQUENCIES),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  decimals: z.number().int(),
  columns: z.array(z.object({ country: AreaSchema, editable: z.boolean() })),
  cells: z.array(GridCellSchema),
})
export type Grid = z.infer<typeof GridSchema>

export const StatusFlipSchema = z.object({ indicator: z.string(), country: z.enum(COUNTRY_CODES), from: StatusSchema, to: StatusSchema })
export type StatusFlip = z.infer<typeof StatusFlipSchema>

const StatusChangeSchema = z.object({ status: StatusSchema, score: z.number().nullable() })
export type StatusChange = z.infer<typeof StatusChangeSchema>

export const CurrentPointSchema = z.object({
  value: z.number().nullable(),
  version: z.number().int(),
  deleted: z.boolean(),
  updatedAt: z.string(),
  author: z.string(),
})
export type CurrentPoint = z.infer<typeof CurrentPointSchema>

export const ConflictSchema = z.object({
  country: AreaSchema,
  period: z.string(),
  version: z.number().int().nullable(),
  current: CurrentPointSchema.nullable(),
})
export type Conflict = z.infer<typeof ConflictSchema>

/** Why a value looks unusual (the observation editor's and the import's outlier check). */
export const OutlierWarningSchema = z.object({
  reasons: z.array(z.enum(['change', 'level'])),
  previous: z.object({ period: z.string(), value: z.number() }).nullable(),
  change: z.number().nullable(),
  medianChange: z.number(),
  limit: z.number(),
  historicalMin: z.number(),
  historicalMax: z.number(),
  allowedMin: z.number(),
  allowedMax: z.number(),
})
export type OutlierWarning = z.infer<typeof OutlierWarningSchema>

export const OutlierSchema = OutlierWarningSchema.extend({ country: AreaSchema, period: z.string(), value: z.number() })
export type Outlier = z.infer<typeof OutlierSchema>

export const PreviewSchema = z.object({
  asOf: z.string(),
  cells: z.array(z.object({ country: AreaSchema, period: z.string(), result: z.string(), from: z.number().nullable(), to: z.number().nullable() })),
  assessments: z.array(z.object({ indicator: z.string(), country: z.enum(COUNTRY_CODES), before: StatusChangeSchema, after: StatusChangeSchema })),
  goals: z.array(z.object({ goalId: z.number().int(), country: z.enum(COUNTRY_CODES), before: StatusChangeSchema, after: StatusChangeSchema })),
  countries: z.array(z.object({ country: z.enum(COUNTRY_CODES), before: StatusChangeSchema, after: StatusChangeSchema })),
  conflicts: z.array(ConflictSchema),
  outliers: z.array(OutlierSchema),
})
export type Preview = z.infer<typeof PreviewSchema>

export const BatchSavedSchema = z.object({
  result: z.enum(['saved', 'unchanged']),
  changes: z.array(z.object({ country: AreaSchema, period: z.string(), result: z.string() })),
  statusFlips: z.array(StatusFlipSchema),
})
export type BatchSaved = z.infer<typeof BatchSavedSchema>

/** Extra fields of a refused batch: 409 lists the stale cells, 422 the outliers. */
export const BatchConflictBodySchema = z.object({ conflicts: z.array(ConflictSchema) })
export const BatchOutlierBodySchema = z.object({ warning: z.literal('outlier'), outliers: z.array(OutlierSchema) })

/** 409 of a target update: the target as it stands now. */
export const TargetConflictBodySchema = z.object({
  current: z.object({ version: z.number().int(), value: z.number().nullable(), updatedAt: z.string(), author: z.string() }).nullable(),
})

/** 409 of a user update: the account as it is now (stale version). */
export const UserConflictBodySchema = z.object({ current: UserSchema.optional() })
