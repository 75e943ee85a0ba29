import { describe, expect, test } from 'vitest'
import { cagr, paceBetween, project, yearsToReach } from './rates.ts'
import { expectRelative } from './testing.ts'

describe('cagr', () => {
  test.each([
    { x1: 121, x0: 100, years: 2, rate: 0.1 },
    { x1: 100, x0: 100, years: 5, rate: 0 },
    { x1: 50, x0: 100, years: 1, rate: -0.5 },
    { x1: 0, x0: 100, years: 3, rate: -1 },
    { x1: 6.907, x0: 6.945, years: 10, rate: -0.000549 },
  ])('CAGR($x1, $x0, $years) ≈ $rate', ({ x1, x0, years, rate }) => {
    expect(cagr(x1, x0, years)).toBeCloseTo(rate, 6)
  })

  test.each([
    { name: 'x0 = 0', x1: 1, x0: 0, years: 1 },
    { name: 'x0 < 0', x1: 1, x0: -1, years: 1 },
    { name: 'x1 < 0', x1: -1, x0: 1, years: 1 },
    { name: 'zero years', x1: 2, x0: 1, years: 0 },
    { name: 'NaN', x1: Number.NaN, x0: 1, years: 1 },
  ])('throws a RangeError for $name', ({ x1, x0, years }) => {
    expect(() => cagr(x1, x0, years)).toThrow(RangeError)
  })
})

describe('paceBetween', () => {
  test.each([
    { method: 'pace', to: 121, from: 100, years: 2, pace: 0.1 },
    { method: 'linear', to: 121, from: 100, years: 2, pace: 10.5 },
    { method: 'linear', to: -3, from: 1, years: 4, pace: -1 },
  ] as const)('$method from $from to $to in $years years → $pace', ({ method, to, from, years, pace }) => {
    expectRelative(paceBetween(method, to, from, years), pace)
  })

  test('rejects a zero-year span', () => {
    expect(() => paceBetween('linear', 1, 0, 0)).toThrow(RangeError)
  })
})

describe('project', () => {
  test.each([
    { method: 'pace', value: 100, pace: 0.1, years: 2, projected: 121 },
    { method: 'linear', value: 100, pace: 0.1, years: 2, projected: 100.2 },
    { method: 'linear', value: 1, pace: -1, years: 3, projected: -2 },
  ] as const)('$method: $value at $pace for $years years → $projected', ({ method, value, pace, years, projected }) => {
    expectRelative(project(method, value, pace, years), projected)
  })
})

describe('yearsToReach', () => {
  test.each([
    { method: 'pace', value: 100, target: 121, pace: 0.1, years: 2 },
    { method: 'linear', value: 10, target: 4, pace: -2, years: 3 },
    { method: 'pace', value: 100, target: 121, pace: 0, years: null },
    { method: 'pace', value: 100, target: 121, pace: -0.1, years: null },
    { method: 'linear', value: 10, target: 4, pace: 2, years: null },
    { method: 'linear', value: 10, target: 4, pace: 0, years: null },
  ] as const)('$method from $value to $target at $pace → $years', ({ method, value, target, pace, years }) => {
    const result = yearsToReach(method, value, target, pace)
    if (years === null) expect(result).toBeNull()
    else expectRelative(result, years)
  })
})
