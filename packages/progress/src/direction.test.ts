import { describe, expect, test } from 'vitest'
import { finiteOrNull, meetsTarget } from './direction.ts'

describe('meetsTarget', () => {
  test.each([
    { value: 10, target: 9, direction: 1, meets: true },
    { value: 9, target: 9, direction: 1, meets: true },
    { value: 8, target: 9, direction: 1, meets: false },
    { value: 4, target: 5, direction: -1, meets: true },
    { value: 5, target: 5, direction: -1, meets: true },
    { value: 6, target: 5, direction: -1, meets: false },
  ] as const)('$value vs $target with d = $direction → $meets', ({ value, target, direction, meets }) => {
    expect(meetsTarget(value, target, direction)).toBe(meets)
  })
})

describe('finiteOrNull', () => {
  test.each([
    { input: 1.5, output: 1.5 },
    { input: 0, output: 0 },
    { input: Number.NaN, output: null },
    { input: Number.POSITIVE_INFINITY, output: null },
    { input: Number.NEGATIVE_INFINITY, output: null },
  ])('$input → $output', ({ input, output }) => {
    expect(finiteOrNull(input)).toBe(output)
  })
})
