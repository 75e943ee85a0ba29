import { expect } from 'vitest'

/** Test helper: `actual` is a number within `relative` (default 1e-6) of `expected`. */
export function expectRelative(actual: number | null | undefined, expected: number, relative = 1e-6): void {
  expect(actual).toBeTypeOf('number')
  const value = actual ?? Number.NaN
  const tolerance = Math.max(Math.abs(expected) * relative, Number.EPSILON)
  expect(Math.abs(value - expected), `${value} vs ${expected}`).toBeLessThanOrEqual(tolerance)
}

/** Test helper: `actual` is a number within `absolute` of `expected` (for values quoted to k digits). */
export function expectWithin(actual: number | null | undefined, expected: number, absolute: number): void {
  expect(actual).toBeTypeOf('number')
  const value = actual ?? Number.NaN
  expect(Math.abs(value - expected), `${value} vs ${expected}`).toBeLessThanOrEqual(absolute)
}
