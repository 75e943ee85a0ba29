import type { Direction, Method, Status, TrendDirection } from '@nap/domain'

/** One annual observation. */
export interface YearValue {
  year: number
  value: number
}

/** An intermediate target on the way to the final one. */
export interface Milestone {
  year: number
  value: number
}

export interface TargetSpec {
  /** Target value in the target year; null for threshold-method indicators. */
  value: number | null
  /** Target year (2050 usually). */
  year: number
  /** b: start of the required path. */
  baselineYear: number | null
  milestones: Milestone[]
  /** Threshold band edges (a, b, c), only for method 'threshold'. */
  bands: [number, number, number] | null
}

export interface AssessmentInput {
  /** Configured method. */
  method: Method
  /** 1 higher is better, -1 lower is better. */
  direction: Direction
  /** Annual values, any order, may have gaps. */
  series: YearValue[]
  /** null → status 'no_target'. */
  target: TargetSpec | null
  /** Default DEFAULT_WINDOW_YEARS (10). */
  windowYears?: number
  /** ISO date 'YYYY-MM-DD' of the assessment; values with year > asOf's year are ignored. */
  asOf: string
}

export interface MilestoneCheck {
  year: number
  /** Milestone value. */
  target: number
  /** Where the required path says we should be that year. */
  pathValue: number | null
  /** Where the current pace puts us that year (null if no pace, or the year is not after t). */
  projectedValue: number | null
  /** Observed value that year if the year has passed (≤ t) and a value exists. */
  actualValue: number | null
  /** Actual (if past) or projected value meets the milestone in the indicator's direction. */
  onCourse: boolean | null
}

export interface Trend {
  direction: TrendDirection
  /** r_act over the last TREND_WINDOW_YEARS years, same units as actualPace. */
  pace: number
  fromYear: number
  toYear: number
}

export interface Assessment {
  status: Status
  /** Configured method. */
  method: Method
  /** After automatic fall-back pace→linear when v_s, v_t, T or v_b ≤ 0. */
  methodUsed: Method
  /** True when methodUsed !== method because of values ≤ 0. */
  fallback: boolean
  direction: Direction
  windowYears: number
  /** t, v_t */
  latest: YearValue | null
  /** s, v_s */
  windowStart: YearValue | null
  /** b, v_b: the observed value at the baseline year, else the nearest observed year (ties → earlier). */
  baseline: YearValue | null
  targetValue: number | null
  targetYear: number | null
  /** r_act: fraction per year for pace; units per year for linear. */
  actualPace: number | null
  /** r_req, same units. */
  requiredPace: number | null
  /** R = r_act / r_req. */
  paceRatio: number | null
  /** −5…+5. */
  score: number | null
  /** Value at the target year at the current pace. */
  projectedValue: number | null
  /** Fractional year the current pace reaches T (only when moving towards T). */
  yearReached: number | null
  /** Required path: one value per integer year from b to Y inclusive. */
  path: YearValue[]
  /** path(t), when b ≤ t ≤ Y. */
  pathValueAtLatest: number | null
  /** d · (v_t − path(t)) / |path(t)|: ahead (+) or behind (−) the path, as a fraction. */
  gapToPath: number | null
  milestones: MilestoneCheck[]
  /** null when fewer than 2 values in the last TREND_WINDOW_YEARS years. */
  trend: Trend | null
  /** m for the threshold method. */
  thresholdMean: number | null
  /** Values averaged for m (years y > t − 5). */
  thresholdValues: YearValue[]
  bands: [number, number, number] | null
}
