import { describe, expect, test } from 'vitest'
import { parseIndicatorView, writeIndicatorView } from './indicator-view.ts'

const ALL = ['CAN', 'MEX', 'USA', 'NAM']

describe('parseIndicatorView', () => {
  test('reads countries, years and tab from the URL', () => {
    expect(parseIndicatorView(new URLSearchParams('countries=MEX,CAN&from=2000&to=2030&tab=why'), ALL)).toEqual({
      countries: ['CAN', 'MEX'],
      from: 2000,
      to: 2030,
      tab: 'why',
    })
  })

  test('falls back to every reported country, 1990–2050 and the chart', () => {
    expect(parseIndicatorView(new URLSearchParams(''), ['NAM', 'WLD'])).toEqual({
      countries: ['NAM'],
      from: 1990,
      to: 2050,
      tab: 'chart',
    })
  })

  test('ignores unknown countries, bad years and unknown tabs, and orders a reversed range', () => {
    expect(parseIndicatorView(new URLSearchParams('countries=XYZ,usa&from=2040&to=19x&tab=nope'), ALL)).toEqual({
      countries: ['USA'],
      from: 2040,
      to: 2050,
      tab: 'chart',
    })
    expect(parseIndicatorView(new URLSearchParams('from=2030&to=2000'), ALL)).toMatchObject({ from: 2000, to: 2030 })
  })

  test('drops countries the indicator is not reported for', () => {
    expect(parseIndicatorView(new URLSearchParams('countries=CAN,NAM'), ['CAN', 'MEX', 'USA']).countries).toEqual(['CAN'])
  })
})

describe('writeIndicatorView', () => {
  test('keeps the language and other parameters', () => {
    const next = writeIndicatorView(new URLSearchParams('lang=es'), { countries: ['MEX'], from: 2000, to: 2050, tab: 'table' })
    expect(next.toString()).toBe('lang=es&countries=MEX&from=2000&to=2050&tab=table')
  })
})
