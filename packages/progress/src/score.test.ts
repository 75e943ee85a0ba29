import { describe, expect, test } from 'vitest'
import { THRESHOLD_SCORES, scoreFromRatio, statusFromRatio } from './score.ts'

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
