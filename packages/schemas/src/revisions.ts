/** The public record of an indicator's values: every revision of its points, newest first. */
import { z } from 'zod'
import { REVISION_ACTIONS } from '@nap/domain'
import { SeriesCountryCodeSchema } from './common.ts'

export const RevisionFlagsSchema = z
  .object({
    estimate: z.boolean().describe('The value is an estimate'),
    provisional: z.boolean().describe('The value is provisional (may be revised by its publisher)'),
    breakInSeries: z.boolean().describe('The method or definition changed at this period'),
  })
  .describe('The flags of the point after this revision')
export type RevisionFlags = z.infer<typeof RevisionFlagsSchema>

export const AuthorSchema = z
  .string()
  .describe("The author's display name; 'seed' (initial load) or 'system' (automatic recomputation) otherwise. Never an e-mail address.")

export const RevisionSchema = z.object({
  id: z.number().int().describe('Revision number (increasing with time)'),
  at: z.string().describe('When the revision was made (ISO 8601, UTC)'),
  action: z
    .enum(REVISION_ACTIONS)
    .describe('seed: initial load; create, update, delete, restore: by a person; import: from a file; derive: recomputed from inputs'),
  country: SeriesCountryCodeSchema,
  period: z.string().describe("'YYYY', 'YYYY-Qn' or 'YYYY-MM'"),
  oldValue: z.number().nullable().describe('Value before the revision (null when the point did not exist or was deleted)'),
  newValue: z.number().nullable().describe('Value after the revision (null when it deleted the point)'),
  deleted: z.boolean().describe('The point was deleted by this revision (it is absent from the series until restored)'),
  flags: RevisionFlagsSchema,
  sourceNote: z.string().nullable().describe('Source note of the point after the revision'),
  reason: z.string().describe('Why the value changed, as its author gave it'),
  author: AuthorSchema,
})
export type Revision = z.infer<typeof RevisionSchema>

export const RevisionPageSchema = z.object({
  indicator: z.string().describe('Indicator slug'),
  items: z.array(RevisionSchema).describe('Newest first'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next (older) page; null on the last page'),
})
export type RevisionPage = z.infer<typeof RevisionPageSchema>
