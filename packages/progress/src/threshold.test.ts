import { describe, expect, test } from 'vitest'
import { thresholdStatus } from './threshold.ts'

describe('thresholdStatus, higher is better, bands (1, 0.5, 0)', () => {
  test.each([
    { mean: 2, status: 'on_track' },
    { mean: 1, status: 'on_track' },
    { mean: 0.7, status: 'moderate' },
    { mean: 0.5, status: 'moderate' },
    { mean: 0.2, status: 'off_track' },
    { mean: 0, status: 'off_track' },
    { mean: -0.4305, status: 'regressing' },
  ])('m = $mean → $status', ({ mean, status }) => {
    expect(thresholdStatus(mean, [1, 0.5, 0], 1)).toBe(status)
  })
})

describe('thresholdStatus, lower is better, bands (3, 4, 5) compared as −m vs (−3, −4, −5)', () => {
  test.each([
    { mean: 2, status: 'on_track' },
    { mean: 3, status: 'on_track' },
    { mean: 3.5, status: 'moderate' },
    { mean: 4, status: 'moderate' },
    { mean: 4.5, status: 'off_track' },
    { mean: 5, status: 'off_track' },
    { mean: 7, status: 'regressing' },
  ])('m = $mean → $status', ({ mean, status }) => {
    expect(thresholdStatus(mean, [3, 4, 5], -1)).toBe(status)
  })
})
