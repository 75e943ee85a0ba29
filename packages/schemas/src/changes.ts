/** The public change feed: what people changed, newest first, and which statuses it moved. */
import { z } from 'zod'
import { STATUSES } from '@nap/domain'
import { CountryCodeSchema, LocalizedSchema, SeriesCountryCodeSchema } from './common.ts'
import { AuthorSchema, RevisionFlagsSchema } from './revisions.ts'

/** The revision actions made by people (or their imports): the feed leaves out the seed and recomputations. */
export const CHANGE_ACTIONS = ['create', 'update', 'delete', 'restore', 'import'] as const
export type ChangeAction = (typeof CHANGE_ACTIONS)[number]

export const StatusFlipSchema = z
  .object({
    indicator: z.string().describe('Slug of the indicator whose status moved (a derived indicator can move too)'),
    country: CountryCodeSchema,
    from: z.enum(STATUSES).describe('Status before the change'),
    to: z.enum(STATUSES).describe('Status after the change'),
  })
  .describe('A status the change moved')
export type StatusFlip = z.infer<typeof StatusFlipSchema>

export const ChangeSchema = z.object({
  id: z.number().int().describe('Revision number'),
  at: z.string().describe('When (ISO 8601, UTC)'),
  action: z.enum(CHANGE_ACTIONS),
  indicator: z.object({ slug: z.string(), name: LocalizedSchema }).describe('The indicator changed'),
  country: SeriesCountryCodeSchema,
  period: z.string().describe("'YYYY', 'YYYY-Qn' or 'YYYY-MM'"),
  oldValue: z.number().nullable().describe('Value before (null when the point was new or deleted)'),
  newValue: z.number().nullable().describe('Value after (null when the change deleted the point)'),
  deleted: z.boolean().describe('The change deleted the point'),
  flags: RevisionFlagsSchema,
  reason: z.string(),
  author: AuthorSchema,
  statusFlip: StatusFlipSchema.nullable().describe(
    "The status the change moved: the changed indicator and country's if it moved, else the first of statusFlips; null when none moved",
  ),
  statusFlips: z.array(StatusFlipSchema).describe('Every status the change moved (the country, North America, derived indicators)'),
})
export type Change = z.infer<typeof ChangeSchema>

export const ChangePageSchema = z.object({
  items: z.array(ChangeSchema).describe('Newest first'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next (older) page; null on the last page'),
})
export type ChangePage = z.infer<typeof ChangePageSchema>
