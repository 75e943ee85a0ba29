/**
 * Wire shapes of the imports endpoints (apps/api/src/routes/admin/imports.ts, from the import
 * service's DTOs), as the imports page reads them: a drift fails at the boundary.
 */
import { z } from 'zod'
import { COUNTRY_CODES, STATUSES } from '@nap/domain'
import { OutlierWarningSchema, type OutlierWarning } from '../../api/schemas.ts'

export const IMPORT_VERDICTS = ['new', 'changed', 'unchanged', 'rejected', 'skipped'] as const
export type ImportVerdict = (typeof IMPORT_VERDICTS)[number]

/** Where an import stands (the API may add states: an unknown one is shown as written). */
export const KNOWN_IMPORT_STATES = ['previewed', 'committed', 'reverted', 'failed'] as const

/** The layouts an editor may force (the content decides otherwise). */
export const IMPORT_FORMATS = ['tidy', 'wdi', 'oecd', 'sdmx', 'xlsx'] as const
export type ForcedFormat = (typeof IMPORT_FORMATS)[number]

const Count = z.number().int().min(0)

export const ImportSummarySchema = z.object({ new: Count, changed: Count, unchanged: Count, rejected: Count, skipped: Count })
export type ImportSummary = z.infer<typeof ImportSummarySchema>

const StatusChangeSchema = z.object({ status: z.enum(STATUSES), score: z.number().nullable() })

export const ImportImpactSchema = z.object({
  asOf: z.string(),
  assessments: z.array(z.object({ indicator: z.string(), country: z.enum(COUNTRY_CODES), before: StatusChangeSchema, after: StatusChangeSchema })),
  goals: z.array(z.object({ goalId: z.number().int(), country: z.enum(COUNTRY_CODES), before: StatusChangeSchema, after: StatusChangeSchema })),
  countries: z.array(z.object({ country: z.enum(COUNTRY_CODES), before: StatusChangeSchema, after: StatusChangeSchema })),
})
export type ImportImpact = z.infer<typeof ImportImpactSchema>

export const ImportSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  format: z.string(),
  sha256: z.string(),
  encoding: z.string().nullable(),
  sizeBytes: Count,
  rows: Count,
  summary: ImportSummarySchema,
  warnings: z.object({ outliers: Count }),
  state: z.string(),
  options: z.record(z.string(), z.string()),
  meta: z.record(z.string(), z.string()),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  committedAt: z.string().nullable(),
  committedBy: z.string().nullable(),
  commitReason: z.string().nullable(),
  revertedAt: z.string().nullable(),
  revertedBy: z.string().nullable(),
  revertReason: z.string().nullable(),
})
export type Import = z.infer<typeof ImportSchema>

export const ImportDetailSchema = ImportSchema.extend({ preview: ImportImpactSchema.nullable() })
export type ImportDetail = z.infer<typeof ImportDetailSchema>

export const ImportPageSchema = z.object({ items: z.array(ImportSchema), nextCursor: z.string().nullable() })
export type ImportPage = z.infer<typeof ImportPageSchema>

const FlagsSchema = z.object({ estimate: z.boolean(), provisional: z.boolean(), breakInSeries: z.boolean() })
export type PointFlags = z.infer<typeof FlagsSchema>

export { OutlierWarningSchema, type OutlierWarning }

export const VerdictRowSchema = z.object({
  row: z.number().int(),
  line: z.number().int(),
  column: z.string().nullable(),
  indicator: z.string(),
  country: z.string(),
  period: z.string(),
  /** The value as the file writes it. */
  value: z.string(),
  verdict: z.enum(IMPORT_VERDICTS),
  code: z.string().nullable(),
  reason: z.string(),
  old: z.object({ value: z.number().nullable(), version: z.number().int(), deleted: z.boolean(), flags: FlagsSchema, sourceNote: z.string().nullable() }).nullable(),
  new: z.object({ value: z.number(), flags: FlagsSchema.nullable(), sourceNote: z.string().nullable() }).nullable(),
  ignoredFlags: z.array(z.string()),
  outlier: OutlierWarningSchema.nullable(),
})
export type VerdictRow = z.infer<typeof VerdictRowSchema>

/** GET /api/admin/imports/:id: the import itself, with one page of its verdicts. */
export const VerdictPageSchema = ImportDetailSchema.extend({ items: z.array(VerdictRowSchema), nextCursor: z.string().nullable() })
export type VerdictPage = z.infer<typeof VerdictPageSchema>

const StatusFlipSchema = z.object({ indicator: z.string(), country: z.enum(COUNTRY_CODES), from: z.enum(STATUSES), to: z.enum(STATUSES) })
export type StatusFlip = z.infer<typeof StatusFlipSchema>

export const CommittedSchema = z.object({ import: ImportDetailSchema, applied: Count, derived: Count, statusFlips: z.array(StatusFlipSchema) })
export type Committed = z.infer<typeof CommittedSchema>

export const RevertedSchema = z.object({ import: ImportDetailSchema, reverted: Count, derived: Count, statusFlips: z.array(StatusFlipSchema) })
export type Reverted = z.infer<typeof RevertedSchema>

/** A point changed since the dry run (commit) or since the commit (revert): the 409 lists them. */
export const ImportConflictSchema = z.object({
  indicator: z.string(),
  country: z.string(),
  period: z.string(),
  version: z.number().int().nullable(),
  current: z.object({ value: z.number().nullable(), version: z.number().int(), deleted: z.boolean(), updatedAt: z.string(), author: z.string() }).nullable(),
})
export type ImportConflict = z.infer<typeof ImportConflictSchema>

export const ImportConflictBodySchema = z.object({ total: Count, conflicts: z.array(ImportConflictSchema) })
