import { z } from 'zod'
import { METHODS, STATUSES, TREND_DIRECTIONS } from '@nap/domain'
import { CountryCodeSchema } from './common.ts'

const YearValueSchema = z.object({ year: z.number().int(), value: z.number() })
const num = (d: string) => z.number().nullable().describe(d)

export const AssessmentSchema = z.object({
  indicator: z.string().describe('Indicator slug'),
  goalId: z.number().int(),
  country: CountryCodeSchema,
  status: z.enum(STATUSES),
  method: z.enum(METHODS).describe('Configured method'),
  methodUsed: z.enum(METHODS).describe('Method actually used (pace falls back to linear for values ≤ 0)'),
  fallback: z.boolean(),
  direction: z.union([z.literal(1), z.literal(-1)]),
  windowYears: z.number().int().describe('Window W in years'),
  latest: YearValueSchema.nullable().describe('Latest year t and value v_t'),
  windowStart: YearValueSchema.nullable().describe('Window start s and value v_s'),
  baseline: YearValueSchema.nullable().describe('Baseline year b and value v_b (start of the required path)'),
  targetValue: num('Target T in the indicator unit'),
  targetYear: z.number().int().nullable().describe('Target year Y'),
  actualPace: num('r_act: growth a year as a fraction (pace) or units a year (linear)'),
  requiredPace: num('r_req: the pace needed from now to reach T in Y, same units as actualPace'),
  paceRatio: num('R = r_act / r_req'),
  score: num('Score from −5 to +5'),
  projectedValue: num('Value in the target year at the current pace'),
  yearReached: num('(Fractional) year the target is reached at the current pace; null if never'),
  path: z.array(YearValueSchema).describe('Required path from the baseline to the target, one value a year'),
  pathValueAtLatest: num('path(t): where the required path says we should be in the latest year'),
  gapToPath: num('(v_t − path(t)) / |path(t)| as a fraction: ahead (+) or behind (−) the path'),
  milestones: z.array(
    z.object({
      year: z.number().int(),
      target: z.number(),
      pathValue: z.number().nullable(),
      projectedValue: z.number().nullable(),
      actualValue: z.number().nullable(),
      onCourse: z.boolean().nullable(),
    }),
  ),
  trend: z
    .object({
      direction: z.enum(TREND_DIRECTIONS),
      pace: z.number().describe('Pace over the last 5 years, same units as actualPace'),
      fromYear: z.number().int(),
      toYear: z.number().int(),
    })
    .nullable()
    .describe('Short-term (5-year) trend arrow'),
  thresholdMean: num('m: mean of the last 5 years (threshold method)'),
  thresholdValues: z.array(YearValueSchema).describe('Values averaged for m'),
  bands: z.tuple([z.number(), z.number(), z.number()]).nullable(),
})
export type AssessmentDto = z.infer<typeof AssessmentSchema>

export const RollUpSchema = z.object({
  score: z.number().nullable().describe('Mean score of the assessed indicators'),
  status: z.enum(STATUSES),
  assessed: z.number().int().describe('Indicators with a score'),
  total: z.number().int().describe('Indicators with a target for this country'),
})

export const ProgressSchema = z.object({
  asOf: z.string().describe('Assessment date (ISO date)'),
  assessments: z.array(AssessmentSchema),
  goals: z.array(RollUpSchema.extend({ goalId: z.number().int(), country: CountryCodeSchema })),
  countries: z.array(RollUpSchema.extend({ country: CountryCodeSchema })).describe('Overall score per country'),
})
export type Progress = z.infer<typeof ProgressSchema>
