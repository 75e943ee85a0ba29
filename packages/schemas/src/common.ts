import { z } from 'zod'
import { COUNTRY_CODES, LOCALES } from '@nap/domain'

export const LocalizedSchema = z
  .object({ en: z.string(), es: z.string(), fr: z.string() })
  .describe('Text in English, Spanish and French')
export const LocaleSchema = z.enum(LOCALES)
export const CountryCodeSchema = z.enum(COUNTRY_CODES).describe('CAN, MEX, USA or NAM (North America)')
/** Any code that can hold observations (WLD: the world, for reference series). */
export const SeriesCountryCodeSchema = z.enum([...COUNTRY_CODES, 'WLD']).describe('CAN, MEX, USA, NAM or WLD (world)')

export const ApiErrorSchema = z
  .object({
    statusCode: z.number().int(),
    error: z.string().describe('HTTP reason phrase'),
    code: z.string().describe('Machine-readable error code, e.g. validation_error, not_found'),
    message: z.string().describe('What went wrong, naming the offending parameter or field'),
    issues: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('For validation errors: one entry per offending field'),
  })
  .describe('The one error shape of the API')
export type ApiError = z.infer<typeof ApiErrorSchema>

export const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.literal('ok'),
  indicators: z.number().int().describe('Number of indicators in the catalog'),
  observations: z.number().int().describe('Number of current observations'),
  latestRevisionAt: z.string().nullable().describe('Time of the newest data change (ISO 8601)'),
})
export type Health = z.infer<typeof HealthSchema>
