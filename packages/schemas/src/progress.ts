import { z } from 'zod'
import { METHODS, STATUSES, TREND_DIRECTIONS } from '@nap/domain'
import { CountryCodeSchema } from './common.ts'

const YearValueSchema = z.object({
  year: z.number().int().describe('Year'),
  value: z.number().describe('Value in the indicator unit'),
})
const num = (d: string) => z.number().nullable().describe(d)

export const AssessmentSchema = z.object({
  indicator: z.string().describe('Indicator slug'),
  goalId: z.number().int().describe('Goal number 1–4'),
  country: CountryCodeSchema,
  status: z
    .enum(STATUSES)
    .describe('achieved, on_track (R ≥ 0.95), moderate (0.60 ≤ R < 0.95), off_track (0 ≤ R < 0.60), regressing (R < 0), insufficient_data, no_target'),
  method: z.enum(METHODS).describe('Configured method'),
  methodUsed: z.enum(METHODS).describe('Method actually used (pace falls back to linear for values ≤ 0)'),
  fallback: z.boolean().describe('True when pace fell back to linear because a value is ≤ 0'),
  direction: z.union([z.literal(1), z.literal(-1)]).describe('1: higher is better; -1: lower is better'),
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
  milestones: z
    .array(
      z.object({
        year: z.number().int().describe('Milestone year, e.g. 2040'),
        target: z.number().describe('Milestone value in the indicator unit'),
        pathValue: num('Where the required path says we should be that year'),
        projectedValue: num('Where the current pace puts us that year'),
        actualValue: num('Observed value that year, once it has passed'),
        onCourse: z.boolean().nullable().describe('Whether the projection (or the observed value) meets the milestone'),
      }),
    )
    .describe('Checks of the intermediate targets'),
  trend: z
    .object({
      direction: z.enum(TREND_DIRECTIONS).describe('improving, stable or worsening (sign of d · pace)'),
      pace: z.number().describe('Pace over the last 5 years, same units as actualPace'),
      fromYear: z.number().int().describe('First year of the 5-year window'),
      toYear: z.number().int().describe('Latest year'),
    })
    .nullable()
    .describe('Short-term (5-year) trend arrow'),
  thresholdMean: num('m: mean of the last 5 years (threshold method)'),
  thresholdValues: z.array(YearValueSchema).describe('Values averaged for m'),
  bands: z
    .tuple([z.number(), z.number(), z.number()])
    .nullable()
    .describe('Threshold band edges (a, b, c): on track ≥ a, moderate ≥ b, off track ≥ c, else moving away'),
})
export type AssessmentDto = z.infer<typeof AssessmentSchema>

export const RollUpSchema = z.object({
  score: z.number().nullable().describe('Mean score of the assessed indicators'),
  status: z.enum(STATUSES).describe('Band of the mean score: on_track [2.5, 5], moderate [0, 2.5), off_track [−2.5, 0), regressing [−5, −2.5)'),
  assessed: z.number().int().describe('Indicators with a score'),
  total: z.number().int().describe('Indicators with a target for this country'),
})

export const ProgressSchema = z.object({
  asOf: z.string().describe('Assessment date (ISO date)'),
  assessments: z.array(AssessmentSchema).describe('One assessment per indicator × country'),
  goals: z
    .array(RollUpSchema.extend({ goalId: z.number().int().describe('Goal number 1–4'), country: CountryCodeSchema }))
    .describe('Roll-up per goal and country'),
  countries: z.array(RollUpSchema.extend({ country: CountryCodeSchema })).describe('Overall score per country'),
})
export type Progress = z.infer<typeof ProgressSchema>
