export type {
  Assessment,
  AssessmentInput,
  Milestone,
  MilestoneCheck,
  TargetSpec,
  Trend,
  YearValue,
} from './types.ts'
export { assess, DEADLINE_PASSED_SCORE, MIN_VALUES, MIN_WINDOW_SPAN } from './assess.ts'
export {
  ACHIEVED_SCORE,
  GRADED_STATUSES,
  isGradedStatus,
  MAX_SCORE,
  MIN_SCORE,
  MODERATE_RATIO,
  MODERATE_SCORE,
  OFF_TRACK_RATIO,
  OFF_TRACK_SCORE,
  ON_TRACK_RATIO,
  ON_TRACK_SCORE,
  THRESHOLD_SCORES,
  scoreFromRatio,
  statusFromRatio,
  type GradedStatus,
} from './score.ts'
export { THRESHOLD_WINDOW_YEARS, thresholdStatus } from './threshold.ts'
export { cagr, paceBetween, project, yearsToReach, type PaceMethod } from './rates.ts'
export { pathValue, requiredPath, type PathEnds } from './path.ts'
export { computeTrend, STABLE_TOLERANCE } from './trend.ts'
export { checkMilestones, type MilestoneContext } from './milestones.ts'
export { rollUp, statusFromScore, type RollUp, type RollUpItem } from './roll-up.ts'
export { toAnnual, type PeriodValue } from './to-annual.ts'
export { asOfYear } from './as-of.ts'
export { meetsTarget, finiteOrNull } from './direction.ts'
export { nearestObservation, prepareSeries, valueInYear, valuesAfter, windowStart } from './series.ts'
export {
  checkOutlier,
  median,
  MIN_OUTLIER_HISTORY,
  OUTLIER_FACTOR,
  type OutlierCheck,
  type OutlierReason,
} from './outliers.ts'
