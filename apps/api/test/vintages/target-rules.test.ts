import { describe, expect, test } from 'vitest'
import type { AreaCode } from '@nap/domain'
import { targetProblems, type TargetRulesIndicator } from '../../src/repositories/target-rules.ts'

type Body = Parameters<typeof targetProblems>[0]

const YEAR = 2026
const pace: TargetRulesIndicator = { kind: 'tracked', method: 'pace', countries: ['CAN', 'MEX', 'USA', 'NAM'], minValue: 0, maxValue: 100 }
const threshold: TargetRulesIndicator = { ...pace, method: 'threshold', minValue: null, maxValue: null }
const good: Body = { value: 3, year: 2050, baselineYear: 2023, milestones: [{ year: 2040, value: 3.5 }] }
const goodBands: Body = { value: null, year: 2050, baselineYear: null, milestones: [], bands: [3, 2, 0] }

describe('targetProblems', () => {
  test.each<[string, Body, TargetRulesIndicator, AreaCode, boolean]>([
    ['a pace target inside the bounds', good, pace, 'MEX', false],
    ['the target year this year', { ...good, year: YEAR, milestones: [] }, pace, 'MEX', false],
    ['a baseline this year', { ...good, baselineYear: YEAR }, pace, 'MEX', false],
    ['the bounds themselves', { ...good, value: 100, milestones: [{ year: 2040, value: 0 }] }, pace, 'MEX', false],
    ['a threshold target with bands', goodBands, threshold, 'NAM', false],
    ['a threshold target keeping its bands', { ...goodBands, bands: undefined }, threshold, 'NAM', true],
  ])('accepts %s', (_name, body, ind, country, hasBands) => {
    expect(targetProblems(body, ind, country, YEAR, hasBands)).toEqual([])
  })

  test.each<[string, Body, TargetRulesIndicator, AreaCode, string, string]>([
    ['an input indicator', good, { ...pace, kind: 'input' }, 'MEX', 'slug', 'an input indicator has no targets (only tracked indicators do)'],
    ['a context indicator', good, { ...pace, kind: 'context' }, 'MEX', 'slug', 'a context indicator has no targets (only tracked indicators do)'],
    ['a country it is not reported for', good, { ...pace, countries: ['NAM'] }, 'MEX', 'country', 'the indicator is not reported for MEX (it is for NAM)'],
    ['the world', good, pace, 'WLD', 'country', 'the indicator is not reported for WLD (it is for CAN, MEX, USA, NAM)'],
    ['a target year already past', { ...good, year: YEAR - 1, milestones: [] }, pace, 'MEX', 'year', '2026 or later (a target lies ahead)'],
    ['a target year after 2100', { ...good, year: 2101 }, pace, 'MEX', 'year', 'must be 2100 or earlier'],
    ['a baseline in the future', { ...good, baselineYear: YEAR + 1 }, pace, 'MEX', 'baselineYear', 'must be 2026 or earlier (a baseline is observed)'],
    ['a baseline before 1900', { ...good, baselineYear: 1899 }, pace, 'MEX', 'baselineYear', 'must be 1900 or later'],
    ['no baseline for a pace target', { ...good, baselineYear: null }, pace, 'MEX', 'baselineYear', "must be a year (a pace indicator's required path starts there)"],
    ['no value for a pace target', { ...good, value: null }, pace, 'MEX', 'value', 'must be a number (a pace indicator needs a target value)'],
    ['an infinite value', { ...good, value: Number.POSITIVE_INFINITY }, pace, 'MEX', 'value', 'must be a finite number'],
    ['a value below the lower bound', { ...good, value: -1 }, pace, 'MEX', 'value', "must be at least 0 (the indicator's lower bound)"],
    ['a value above the upper bound', { ...good, value: 100.5 }, pace, 'MEX', 'value', "must be at most 100 (the indicator's upper bound)"],
    ['a milestone in the baseline year', { ...good, milestones: [{ year: 2023, value: 3 }] }, pace, 'MEX', 'milestones.0.year', 'must be strictly between the baseline year 2023 and the target year 2050'],
    ['a milestone in the target year', { ...good, milestones: [{ year: 2040, value: 3 }, { year: 2050, value: 3 }] }, pace, 'MEX', 'milestones.1.year', 'must be strictly between the baseline year 2023 and the target year 2050'],
    ['the same milestone year twice', { ...good, milestones: [{ year: 2040, value: 3 }, { year: 2040, value: 4 }] }, pace, 'MEX', 'milestones.1.year', '2040 appears twice'],
    ['a milestone outside the bounds', { ...good, milestones: [{ year: 2040, value: 101 }] }, pace, 'MEX', 'milestones.0.value', "must be at most 100 (the indicator's upper bound)"],
    ['bands on a pace indicator', { ...good, bands: [3, 2, 1] }, pace, 'MEX', 'bands', 'must be absent or null: only threshold indicators have bands (this one is pace)'],
    ['a value on a threshold indicator', { ...goodBands, value: 3 }, threshold, 'NAM', 'value', 'must be null: a threshold indicator is judged by its bands, not a target value'],
    ['bands that do not decrease', { ...goodBands, bands: [2, 3, 0] }, threshold, 'NAM', 'bands', 'must be decreasing: on track ≥ a > moderate ≥ b > off track ≥ c'],
    ['a new threshold target without bands', { ...goodBands, bands: undefined }, threshold, 'NAM', 'bands', 'must be three band edges [a, b, c]: a threshold indicator is judged by them'],
  ])('refuses %s, naming the field', (_name, body, ind, country, field, message) => {
    const problems = targetProblems(body, ind, country, YEAR, false)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.field).toBe(field)
    expect(problems[0]?.message).toContain(message)
  })

  test('lists every problem at once, in field order', () => {
    const problems = targetProblems({ value: null, year: 2200, baselineYear: 2030, milestones: [{ year: 2020, value: -5 }] }, pace, 'MEX', YEAR, false)
    expect(problems.map((p) => p.field)).toEqual(['value', 'year', 'baselineYear', 'milestones.0.year', 'milestones.0.value'])
  })
})
