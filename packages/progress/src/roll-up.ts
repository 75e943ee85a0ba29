import type { Status } from '@nap/domain'
import { MODERATE_SCORE, OFF_TRACK_SCORE, ON_TRACK_SCORE, type GradedStatus } from './score.ts'

export interface RollUpItem {
  status: Status
  score: number | null
}

export interface RollUp {
  /** Mean of the scores that exist. */
  score: number | null
  /** Band of the mean; 'achieved' only if every item is achieved; 'insufficient_data' with no score. */
  status: Status
  /** How many items have a score. */
  assessed: number
  /** How many items (coverage "assessed of total"). */
  total: number
}

/** Absorbs floating-point noise at band edges (a mean of 2.4999999999999996 is 2.5). */
const BAND_EPSILON = 1e-9

/** Band of a score: on_track [2.5, 5], moderate [0, 2.5), off_track [−2.5, 0), regressing [−5, −2.5). */
export function statusFromScore(score: number): GradedStatus {
  if (Number.isNaN(score)) throw new RangeError('statusFromScore: score is NaN')
  if (score >= ON_TRACK_SCORE - BAND_EPSILON) return 'on_track'
  if (score >= MODERATE_SCORE - BAND_EPSILON) return 'moderate'
  if (score >= OFF_TRACK_SCORE - BAND_EPSILON) return 'off_track'
  return 'regressing'
}

/** Rolls indicator assessments up into a goal (or a country): mean score, its band, and coverage. */
export function rollUp(items: readonly RollUpItem[]): RollUp {
  const scores = items
    .map((item) => item.score)
    .filter((score): score is number => score !== null && Number.isFinite(score))
  const total = items.length
  if (scores.length === 0) return { score: null, status: 'insufficient_data', assessed: 0, total }
  const score = scores.reduce((sum, value) => sum + value, 0) / scores.length
  const status = items.every((item) => item.status === 'achieved') ? 'achieved' : statusFromScore(score)
  return { score, status, assessed: scores.length, total }
}
