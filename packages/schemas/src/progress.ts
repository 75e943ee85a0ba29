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
  methodUsed: z.enum(METHODS).describe('Method actually used (pace falls back to linear when v_s, v_t, v_b or T is ≤ 0)'),
  fallback: z.boolean().describe('True when pace fell back to linear because v_s, v_t, v_b or T is ≤ 0'),
  direction: z.union([z.literal(1), z.literal(-1)]).describe('1: higher is better; -1: lower is better'),
  windowYears: z.number().int().describe('Window W in years'),
  latest: YearValueSchema.nullable().describe('Latest year t and value v_t'),
  windowStart: YearValueSchema.nullable().describe('Window start s (the earliest year with a value ≥ t − W) and value v_s'),
  baseline: YearValueSchema.nullable().describe('Baseline year b and value v_b (start of the required path; the nearest year with a value)'),
  targetValue: num('Target T in the indicator unit'),
  targetYear: z.number().int().nullable().describe('Target year Y'),
  actualPace: num('r_act over the window s…t: CAGR(v_t, v_s, t − s) as a fraction a year (pace) or (v_t − v_s) / (t − s) in units a year (linear)'),
  requiredPace: num('r_req: the pace needed from t to reach T in Y (CAGR(T, v_t, Y − t) or (T − v_t) / (Y − t)), same units as actualPace'),
  paceRatio: num('R = r_act / r_req'),
  score: num('Score from −5 to +5: achieved 5; R ≥ 0.6 → min(7.1429·R − 4.2857, 5), R < 0.6 → max(4.1667·R − 2.5, −5); target year passed unmet −2.5; threshold 3.75, 1.25, −1.25, −3.75'),
  projectedValue: num('Value in the target year at the current pace: v_t · (1 + r_act)^(Y − t) (pace) or v_t + r_act · (Y − t) (linear)'),
  yearReached: num('(Fractional) year the target is reached at the current pace, t + ln(T / v_t) / ln(1 + r_act) (pace) or t + (T − v_t) / r_act (linear); null if never'),
  path: z.array(YearValueSchema).describe('Required path from the baseline to the target, one value a year'),
  pathValueAtLatest: num('path(t): where the required path says we should be in the latest year'),
  gapToPath: num('d · (v_t − path(t)) / |path(t)| as a fraction: ahead of (+) or behind (−) the path, for either direction d'),
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
      direction: z.enum(TREND_DIRECTIONS).describe('improving, stable or worsening (sign of d · pace; stable within ±0.1 % a year, or ±0.1 % of |v_t| a year for differences)'),
      pace: z.number().describe('Pace over the last 5 years, same units as actualPace'),
      fromYear: z.number().int().describe('First year of the 5-year window (the earliest year with a value ≥ t − 5)'),
      toYear: z.number().int().describe('Latest year'),
    })
    .nullable()
    .describe('Short-term (5-year) trend arrow'),
  thresholdMean: num('m: mean of the values of the last 5 years, y > t − 5 (threshold method)'),
  thresholdValues: z.array(YearValueSchema).describe('Values averaged for m'),
  bands: z
    .tuple([z.number(), z.number(), z.number()])
    .nullable()
    .describe('Threshold band edges (a, b, c): on_track if m ≥ a, moderate if m ≥ b, off_track if m ≥ c, else regressing (for d = −1, −m against −a, −b, −c)'),
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
