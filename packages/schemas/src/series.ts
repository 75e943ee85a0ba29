import { z } from 'zod'
import { SeriesCountryCodeSchema } from './common.ts'

export const SeriesPointSchema = z.object({
  period: z.string().describe("'YYYY', 'YYYY-Qn' or 'YYYY-MM'"),
  year: z.number().int(),
  value: z.number(),
  estimate: z.boolean(),
  provisional: z.boolean(),
  breakInSeries: z.boolean(),
  derived: z.boolean().describe('Computed from other series (North America aggregates, shares)'),
  sourceNote: z.string().nullable(),
})
export type SeriesPoint = z.infer<typeof SeriesPointSchema>

export const SeriesSchema = z.object({
  indicator: z.string(),
  asOf: z.string().nullable().describe('The values as they stood at this time (ISO 8601), or null for current'),
  series: z.array(z.object({ country: SeriesCountryCodeSchema, points: z.array(SeriesPointSchema) })),
})
export type Series = z.infer<typeof SeriesSchema>
