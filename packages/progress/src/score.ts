import type { Status } from '@nap/domain'

/** The four statuses that carry a graded score, best first. */
export const GRADED_STATUSES = ['on_track', 'moderate', 'off_track', 'regressing'] as const satisfies readonly Status[]
export type GradedStatus = (typeof GRADED_STATUSES)[number]

/** True for the four graded statuses (not achieved, insufficient_data or no_target). */
export function isGradedStatus(status: string): status is GradedStatus {
  return GRADED_STATUSES.some((s) => s === status)
}

/** Pace-ratio band edges (METHODOLOGY.md). */
export const ON_TRACK_RATIO = 0.95
export const MODERATE_RATIO = 0.6
/** Below this pace ratio the indicator is moving away from its target. */
export const OFF_TRACK_RATIO = 0

/** Score band edges of a roll-up (METHODOLOGY.md): on track ≥ 2.5, moderate ≥ 0, off track ≥ −2.5. */
export const ON_TRACK_SCORE = 2.5
export const MODERATE_SCORE = 0
export const OFF_TRACK_SCORE = -2.5

/** Score of an achieved target. */
export const ACHIEVED_SCORE = 5
export const MAX_SCORE = 5
export const MIN_SCORE = -5

/** Scores of the threshold method. */
export const THRESHOLD_SCORES: Record<GradedStatus, number> = {
  on_track: 3.75,
  moderate: 1.25,
  off_track: -1.25,
  regressing: -3.75,
}

/**
 * Score from the pace ratio R: R ≥ 0.6 → min((50R − 30)/7, 5), else max((25R − 15)/6, −5)
 * (the exact forms of 7.1429·R − 4.2857 and 4.1667·R − 2.5), so R = 0.95 → 2.5, 0.6 → 0, 0 → −2.5.
 */
export function scoreFromRatio(ratio: number): number {
  if (Number.isNaN(ratio)) throw new RangeError('scoreFromRatio: ratio is NaN')
  if (ratio >= MODERATE_RATIO) return Math.min((50 * ratio - 30) / 7, MAX_SCORE)
  return Math.max((25 * ratio - 15) / 6, MIN_SCORE)
}

/** Status from the pace ratio R: on_track ≥ 0.95, moderate ≥ 0.60, off_track ≥ 0, else regressing. */
export function statusFromRatio(ratio: number): GradedStatus {
  if (Number.isNaN(ratio)) throw new RangeError('statusFromRatio: ratio is NaN')
  if (ratio >= ON_TRACK_RATIO) return 'on_track'
  if (ratio >= MODERATE_RATIO) return 'moderate'
  if (ratio >= OFF_TRACK_RATIO) return 'off_track'
  return 'regressing'
}
