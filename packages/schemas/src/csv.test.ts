import { describe, expect, test } from 'vitest'
import { csvField, toCsv } from './csv.ts'

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [21917.24858366, '21917.24858366'],
    [26054614000000, '26054614000000'],
    [-0.35168535319417416, '-0.35168535319417416'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
  ])('%j → %s', (cell, expected) => {
    expect(csvField(cell)).toBe(expected)
  })
})

describe('toCsv', () => {
  test('writes comment lines, the header and the rows', () => {
    expect(toCsv(['Source: World Bank\nWDI'], ['country', 'value'], [['MEX', 1.5], ['CAN', null]])).toBe(
      '# Source: World Bank WDI\ncountry,value\nMEX,1.5\nCAN,\n',
    )
  })
})
