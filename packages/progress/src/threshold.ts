import type { Direction } from '@nap/domain'
import type { GradedStatus } from './score.ts'

/** The threshold method averages the values of the last 5 years (y > t − 5). */
export const THRESHOLD_WINDOW_YEARS = 5

/**
 * Status of a threshold indicator from the mean m of its recent values and its band edges (a, b, c):
 * on_track if m ≥ a, moderate if m ≥ b, off_track if m ≥ c, else regressing.
 * For d = −1, −m is compared with (−a, −b, −c).
 */
export function thresholdStatus(
  mean: number,
  bands: [number, number, number],
  direction: Direction,
): GradedStatus {
  const [a, b, c] = bands
  const m = direction * mean
  if (m >= direction * a) return 'on_track'
  if (m >= direction * b) return 'moderate'
  if (m >= direction * c) return 'off_track'
  return 'regressing'
}
