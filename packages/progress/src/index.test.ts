import { describe, expect, test } from 'vitest'
import * as progress from './index.ts'

describe('public API', () => {
  test.each([
    'assess',
    'scoreFromRatio',
    'statusFromRatio',
    'thresholdStatus',
    'cagr',
    'rollUp',
    'toAnnual',
  ] as const)('exports the function %s', (name) => {
    expect(progress[name]).toBeTypeOf('function')
  })

  test('exports THRESHOLD_SCORES', () => {
    expect(progress.THRESHOLD_SCORES).toEqual({ on_track: 3.75, moderate: 1.25, off_track: -1.25, regressing: -3.75 })
  })
})
