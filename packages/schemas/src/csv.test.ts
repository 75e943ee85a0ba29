import { describe, expect, test } from 'vitest'
import { csvField, toCsv } from './csv.ts'

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['# not a comment', '# not a comment'],
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
  test('the first line is the header, then one line per row', () => {
    expect(toCsv(['country', 'value', 'source'], [['MEX', 1.5, 'World Bank, WDI'], ['CAN', null, '']])).toBe(
      'country,value,source\nMEX,1.5,"World Bank, WDI"\nCAN,,\n',
    )
  })

  test('an empty table is its header line alone', () => {
    expect(toCsv(['country', 'value'], [])).toBe('country,value\n')
  })
})
