import { z } from 'zod'
import { FREQUENCIES, METHODS, NAM_RULES, TARGET_ORIGINS } from '@nap/domain'
import { CountryCodeSchema, LocalizedSchema, SeriesCountryCodeSchema } from './common.ts'

export const CountrySchema = z.object({
  code: SeriesCountryCodeSchema,
  kind: z.enum(['country', 'region', 'world']),
  name: LocalizedSchema,
})
export type Country = z.infer<typeof CountrySchema>

export const GoalSchema = z.object({
  id: z.number().int().describe('Goal number, 1 to 4'),
  slug: z.string(),
  name: LocalizedSchema,
  shortName: LocalizedSchema,
  description: LocalizedSchema,
  indicatorCount: z.number().int().describe('Number of listed indicators (tracked and context)'),
})
export type Goal = z.infer<typeof GoalSchema>

export const SourceSchema = z.object({
  id: z.string(),
  name: LocalizedSchema,
  publisher: z.string(),
  url: z.string(),
  licence: z.string(),
  attribution: LocalizedSchema.describe('The attribution line to show with the data'),
})
export type Source = z.infer<typeof SourceSchema>

export const MilestoneSchema = z.object({ year: z.number().int(), value: z.number() })

export const TargetSchema = z.object({
  country: CountryCodeSchema,
  value: z.number().nullable().describe('Target value in the indicator unit; null for threshold indicators'),
  year: z.number().int().describe('Target year (2050)'),
  baselineYear: z.number().int().nullable().describe('Start of the required path'),
  milestones: z.array(MilestoneSchema).describe('Intermediate targets, e.g. 2040'),
  bands: z
    .tuple([z.number(), z.number(), z.number()])
    .nullable()
    .describe('Threshold band edges (on track ≥ a, moderate ≥ b, off track ≥ c) for threshold indicators'),
  origin: z.enum(TARGET_ORIGINS).describe("NAP: the project's goals; MCV: México, ¿cómo vamos?; proposed: the editors"),
  rule: z.string().nullable().describe('How the value was set, e.g. "1.25 × 2023 value"'),
  rationale: LocalizedSchema,
  version: z.number().int(),
  updatedAt: z.string(),
})
export type Target = z.infer<typeof TargetSchema>

export const IndicatorSummarySchema = z.object({
  slug: z.string(),
  goalId: z.number().int(),
  kind: z.enum(['tracked', 'context', 'input']).describe('tracked: has targets; context: trend only; input: feeds derived values'),
  name: LocalizedSchema,
  definition: LocalizedSchema,
  unit: LocalizedSchema,
  valueFormat: z.enum(['number', 'percent', 'currency', 'pp']).describe('How to format values'),
  unitScale: z.number().describe('Multiplier implied by the unit (1e12 for "trillion US$")'),
  decimals: z.number().int(),
  direction: z.union([z.literal(1), z.literal(-1)]).describe('1: higher is better; -1: lower is better'),
  frequency: z.enum(FREQUENCIES),
  method: z.enum(METHODS).describe('Assessment method (METHODOLOGY.md)'),
  namRule: z.enum(NAM_RULES).describe('How the North America value is formed'),
  countries: z.array(SeriesCountryCodeSchema).describe('Countries the indicator is reported for'),
  sourceId: z.string(),
})
export type IndicatorSummary = z.infer<typeof IndicatorSummarySchema>

export const CoverageSchema = z.object({
  country: SeriesCountryCodeSchema,
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  count: z.number().int(),
})

export const IndicatorDetailSchema = IndicatorSummarySchema.extend({
  windowYears: z.number().int().describe('Assessment window W in years'),
  annualAggregation: z.enum(['mean', 'sum']),
  sourceCode: z.string().nullable().describe("Publisher's series code"),
  sourceUrl: z.string(),
  source: SourceSchema,
  namWeight: z.string().nullable().describe('Slug of the weight indicator for weighted North America values'),
  formula: z.string().nullable().describe('Formula of a derived indicator'),
  targets: z.array(TargetSchema),
  coverage: z.array(CoverageSchema).describe('First and last year with data, per country'),
})
export type IndicatorDetail = z.infer<typeof IndicatorDetailSchema>

export const GoalDetailSchema = GoalSchema.extend({ indicators: z.array(IndicatorSummarySchema) })
export type GoalDetail = z.infer<typeof GoalDetailSchema>

export const EventSchema = z.object({
  slug: z.string(),
  date: z.string().describe('ISO date'),
  label: LocalizedSchema,
  description: LocalizedSchema,
})
export type ChartEvent = z.infer<typeof EventSchema>
