import { describe, expect, test } from 'vitest'
import {
  GRADED_STATUSES,
  MODERATE_RATIO,
  MODERATE_SCORE,
  OFF_TRACK_RATIO,
  OFF_TRACK_SCORE,
  ON_TRACK_RATIO,
  ON_TRACK_SCORE,
  THRESHOLD_SCORES,
  isGradedStatus,
  scoreFromRatio,
  statusFromRatio,
} from './score.ts'

describe('scoreFromRatio', () => {
  test.each([
    { ratio: 0.95, score: 2.5 },
    { ratio: 0.6, score: 0 },
    { ratio: 0, score: -2.5 },
    { ratio: 1, score: 20 / 7 },
    { ratio: 0.3, score: -1.25 },
    { ratio: 1.44, score: 5 },
    { ratio: 1.5, score: 5 },
    { ratio: 100, score: 5 },
    { ratio: Number.POSITIVE_INFINITY, score: 5 },
    { ratio: -0.6, score: -5 },
    { ratio: -3, score: -5 },
    { ratio: Number.NEGATIVE_INFINITY, score: -5 },
  ])('R = $ratio → $score', ({ ratio, score }) => {
    expect(scoreFromRatio(ratio)).toBeCloseTo(score, 12)
  })

  test('agrees with the rounded coefficients of METHODOLOGY.md to 1e-4', () => {
    for (const ratio of [0.6, 0.8, 0.95, 1.2]) expect(scoreFromRatio(ratio)).toBeCloseTo(7.1429 * ratio - 4.2857, 3)
    for (const ratio of [-0.5, 0, 0.3, 0.59]) expect(scoreFromRatio(ratio)).toBeCloseTo(4.1667 * ratio - 2.5, 3)
  })

  test('rejects NaN', () => {
    expect(() => scoreFromRatio(Number.NaN)).toThrow(RangeError)
  })
})

describe('statusFromRatio', () => {
  test.each([
    { ratio: 5, status: 'on_track' },
    { ratio: 0.95, status: 'on_track' },
    { ratio: 0.9499, status: 'moderate' },
    { ratio: 0.6, status: 'moderate' },
    { ratio: 0.5999, status: 'off_track' },
    { ratio: 0, status: 'off_track' },
    { ratio: -0.0001, status: 'regressing' },
    { ratio: -10, status: 'regressing' },
  ])('R = $ratio → $status', ({ ratio, status }) => {
    expect(statusFromRatio(ratio)).toBe(status)
  })

  test('rejects NaN', () => {
    expect(() => statusFromRatio(Number.NaN)).toThrow(RangeError)
  })
})

describe('THRESHOLD_SCORES', () => {
  test.each([
    { status: 'on_track', score: 3.75 },
    { status: 'moderate', score: 1.25 },
    { status: 'off_track', score: -1.25 },
    { status: 'regressing', score: -3.75 },
  ] as const)('$status scores $score', ({ status, score }) => {
    expect(THRESHOLD_SCORES[status]).toBe(score)
  })
})

describe('band edges', () => {
  test.each([
    { ratio: ON_TRACK_RATIO, ratioValue: 0.95, score: ON_TRACK_SCORE, scoreValue: 2.5, status: 'on_track' },
    { ratio: MODERATE_RATIO, ratioValue: 0.6, score: MODERATE_SCORE, scoreValue: 0, status: 'moderate' },
    { ratio: OFF_TRACK_RATIO, ratioValue: 0, score: OFF_TRACK_SCORE, scoreValue: -2.5, status: 'off_track' },
  ])('R = $ratioValue is the lowest $status ratio and scores $scoreValue', ({ ratio, ratioValue, score, scoreValue, status }) => {
    expect(ratio).toBe(ratioValue)
    expect(score).toBe(scoreValue)
    expect(statusFromRatio(ratio)).toBe(status)
    expect(scoreFromRatio(ratio)).toBeCloseTo(score, 12)
  })
})

describe('isGradedStatus', () => {
  test.each([
    { status: 'on_track', graded: true },
    { status: 'moderate', graded: true },
    { status: 'off_track', graded: true },
    { status: 'regressing', graded: true },
    { status: 'achieved', graded: false },
    { status: 'insufficient_data', graded: false },
    { status: 'no_target', graded: false },
    { status: 'ON_TRACK', graded: false },
  ])('$status → $graded', ({ status, graded }) => {
    expect(isGradedStatus(status)).toBe(graded)
  })

  test('GRADED_STATUSES lists the four graded statuses best first', () => {
    expect(GRADED_STATUSES).toEqual(['on_track', 'moderate', 'off_track', 'regressing'])
  })
})
