/** Setting a target (admin) and its public history. */
import { z } from 'zod'
import { TARGET_ORIGINS } from '@nap/domain'
import { MilestoneSchema, TargetSchema } from './catalog.ts'
import { ApiErrorSchema, CountryCodeSchema } from './common.ts'
import { AuthorSchema } from './revisions.ts'

const BandsSchema = z.tuple([z.number(), z.number(), z.number()])

const text = (max: number, what: string) =>
  z.string({ error: `must be ${what}` }).trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${String(max)} characters` })

export const TargetUpdateBodySchema = z.strictObject({
    value: z
      .number({ error: 'must be a number (null only for threshold indicators)' })
      .nullable()
      .describe('Target value in the indicator unit; null for threshold indicators, which are judged by bands'),
    year: z.number({ error: 'must be a year' }).int({ error: 'must be a whole year' }).describe('Target year: this year or later, at most 2100'),
    baselineYear: z
      .number({ error: 'must be a year' })
      .int({ error: 'must be a whole year' })
      .nullable()
      .describe('Start of the required path, at most this year (null only for threshold indicators)'),
    milestones: z
      .array(MilestoneSchema, { error: 'must be a list of {year, value}' })
      .max(20, { error: 'must have at most 20 milestones' })
      .describe('Intermediate targets, years strictly between the baseline and the target year'),
    bands: BandsSchema.nullable()
      .optional()
      .describe('Threshold indicators only: band edges a > b > c (on track ≥ a, moderate ≥ b, off track ≥ c); omitted keeps the current ones'),
    origin: z.enum(TARGET_ORIGINS, { error: 'must be NAP, MCV or proposed' }),
    rationale: z
      .strictObject({ en: text(4000, 'a text'), es: text(4000, 'a text'), fr: text(4000, 'a text') }, { error: 'must be {en, es, fr}' })
      .describe('Why this target, in English, Spanish and French'),
    reason: text(1000, 'a text').describe('Why the target changes (kept in its history and the audit log)'),
    version: z
      .number({ error: 'must be the version you edited' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be 0 (new target) or the current version' })
      .describe('The version you edited (optimistic concurrency); 0 to create a target where there is none'),
})
export type TargetUpdateBody = z.infer<typeof TargetUpdateBodySchema>

export const TargetSnapshotSchema = z
  .object({
    value: z.number().nullable(),
    year: z.number().int(),
    baselineYear: z.number().int().nullable(),
    milestones: z.array(MilestoneSchema),
    bands: BandsSchema.nullable(),
    origin: z.enum(TARGET_ORIGINS),
    rule: z.string().nullable().describe('How the value was set, e.g. "1.25 × 2023 value" (null when set by hand)'),
    rationale: z.object({ en: z.string(), es: z.string(), fr: z.string() }),
  })
  .describe('A target as it stood at one version')
export type TargetSnapshot = z.infer<typeof TargetSnapshotSchema>

export const TargetUpdateResultSchema = z.object({
  status: z.enum(['created', 'updated', 'unchanged']).describe('unchanged: the body equals the current target (no new version)'),
  target: TargetSchema,
})
export type TargetUpdateResult = z.infer<typeof TargetUpdateResultSchema>

export const TargetConflictSchema = ApiErrorSchema.extend({
  current: z
    .object({
      version: z.number().int(),
      value: z.number().nullable(),
      updatedAt: z.string().describe('When the current version was made (ISO 8601, UTC)'),
      author: AuthorSchema,
    })
    .nullable()
    .describe('The target as it stands now (null when there is none yet: send version 0)'),
}).describe('The version sent is not the current one: nothing was changed')
export type TargetConflict = z.infer<typeof TargetConflictSchema>

export const TargetHistoryEntrySchema = z.object({
  version: z.number().int().describe('The version this entry made'),
  at: z.string().describe('When (ISO 8601, UTC)'),
  author: AuthorSchema,
  reason: z.string(),
  before: TargetSnapshotSchema.nullable().describe('The target before (null for the first version)'),
  after: TargetSnapshotSchema,
})
export type TargetHistoryEntry = z.infer<typeof TargetHistoryEntrySchema>

export const TargetHistorySchema = z.object({
  indicator: z.string().describe('Indicator slug'),
  country: CountryCodeSchema,
  current: TargetSchema.nullable().describe('The target now (null when the indicator has none for this country)'),
  history: z.array(TargetHistoryEntrySchema).describe('Every version, newest first, down to the initial one'),
})
export type TargetHistory = z.infer<typeof TargetHistorySchema>
