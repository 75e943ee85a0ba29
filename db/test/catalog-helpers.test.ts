import type { Localized } from '@nap/domain'
import { describe, expect, test } from 'vitest'
import { INDICATOR_BOUNDS, boundsProblem, isWithinBounds } from '../seed/catalog/index.ts'
import {
  ALL,
  bandsByCountry,
  factorsByCountry,
  napGoal,
  napGoalsFigure,
  timesBaseline,
  valuesByCountry,
  wdiSeries,
} from '../seed/catalog/helpers.ts'

const rationale: Localized = { en: 'why', es: 'por qué', fr: 'pourquoi' }

describe('target helpers', () => {
  test('timesBaseline is "factor × the value of the baseline year" for the given countries', () => {
    expect(timesBaseline(1.25, 2023, ALL, { origin: 'NAP', rationale })).toEqual({
      countries: ['CAN', 'MEX', 'USA', 'NAM'],
      factor: 1.25,
      baselineYear: 2023,
      origin: 'NAP',
      rationale,
    })
  })

  test('valuesByCountry gives one target a country, in the order written', () => {
    expect(valuesByCountry({ USA: 4, CAN: 5 }, { baselineYear: 2023, origin: 'proposed', rationale })).toEqual([
      { countries: ['USA'], value: 4, baselineYear: 2023, origin: 'proposed', rationale },
      { countries: ['CAN'], value: 5, baselineYear: 2023, origin: 'proposed', rationale },
    ])
  })

  test('factorsByCountry gives one "factor × baseline" target a country', () => {
    expect(factorsByCountry({ MEX: 1.6 }, { baselineYear: 2023, origin: 'proposed', rationale })).toEqual([
      { countries: ['MEX'], factor: 1.6, baselineYear: 2023, origin: 'proposed', rationale },
    ])
  })

  test('bandsByCountry gives one threshold target a country, without value or baseline', () => {
    expect(bandsByCountry({ NAM: [2, 1.5, 1] }, { origin: 'proposed', rationale })).toEqual([
      { countries: ['NAM'], bands: [2, 1.5, 1], origin: 'proposed', rationale },
    ])
  })

  test('napGoal is a North America goal of the project with its 2040 milestone', () => {
    expect(napGoal(110, 83, 2023, rationale)).toEqual({
      countries: ['NAM'],
      value: 110,
      baselineYear: 2023,
      milestones: [{ year: 2040, value: 83 }],
      origin: 'NAP',
      rationale,
    })
  })
})

describe('data helpers', () => {
  test('wdiSeries links the World Bank page and reads the series from the file', () => {
    expect(wdiSeries('SP.POP.TOTL')).toEqual({
      source: 'wdi',
      sourceUrl: 'https://data.worldbank.org/indicator/SP.POP.TOTL',
      data: { kind: 'file', code: 'SP.POP.TOTL' },
    })
  })

  test('napGoalsFigure is a North America point noted as a figure of the Goals document', () => {
    expect(napGoalsFigure(2022, 140)).toEqual({ country: 'NAM', year: 2022, value: 140, note: 'The North American Project, Goals (2022 figure)' })
  })
})

describe('declared bounds', () => {
  test.each([
    [-1, { min: 0 }, '-1 is below min 0'],
    [101, { min: 0, max: 100 }, '101 is above max 100'],
    [100, { min: 0, max: 100 }, null],
    [0, { min: 0, max: 100 }, null],
    [-414.6, {}, null],
  ])('%d against %o: %s', (value, bounds, problem) => {
    expect(boundsProblem(value, bounds)).toBe(problem)
    expect(isWithinBounds(value, bounds)).toBe(problem === null)
  })

  test.each([
    ['unemployment-rate', { min: 0, max: 100 }],
    ['na-share-world-gdp', { min: 0, max: 100 }],
    ['trade-openness', { min: 0 }],
    ['population', { min: 0 }],
    ['real-gdp-growth', {}],
    ['growth-gap-vs-world', {}],
    ['fdi-inflows', {}],
    ['us-atp-trade-balance', {}],
  ])('%s is declared %o', (slug, bounds) => {
    expect(INDICATOR_BOUNDS[slug]).toEqual(bounds)
  })
})
