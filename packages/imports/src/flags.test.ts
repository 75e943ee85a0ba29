import { describe, expect, test } from 'vitest'
import { parseFlags } from './flags.ts'

describe('parseFlags', () => {
  test.each([
    ['', []],
    ['A', []],
    ['E', ['estimate']],
    ['e', ['estimate']],
    ['P', ['provisional']],
    ['B', ['breakInSeries']],
    ['estimate', ['estimate']],
    ['Estimated', ['estimate']],
    ['provisional', ['provisional']],
    ['break in series', ['breakInSeries']],
    ['breakInSeries', ['breakInSeries']],
    ['P;B', ['provisional', 'breakInSeries']],
    ['E|P', ['estimate', 'provisional']],
    ['E, E', ['estimate']],
    ['estimate;provisional;breakInSeries', ['estimate', 'provisional', 'breakInSeries']],
    ['F', ['F']],
    ['E D', ['estimate', 'D']],
    ['constructor', ['constructor']],
  ])('"%s" → %j', (cell, flags) => {
    expect(parseFlags(cell)).toEqual(flags)
  })
})
