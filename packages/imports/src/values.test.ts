import { describe, expect, test } from 'vitest'
import { parseValue } from './values.ts'

describe('parseValue', () => {
  test.each([
    ['21917.24858366', 21917.24858366],
    ['2.07174385752131', 2.07174385752131],
    ['-0.715503012520614', -0.715503012520614],
    ['2.00217899331626E-06', 0.00000200217899331626],
    ['1.71810021634776E-07', 1.71810021634776e-7],
    ['27720709000000', 27720709000000],
    ['107348614073350', 107348614073350],
    ['  42 ', 42],
    ['+1.5', 1.5],
    ['.5', 0.5],
    ['3.', 3],
    ['1e3', 1000],
    ['-0', 0],
    ['0.30000000000000004', 0.30000000000000004],
  ])('reads "%s" as %s', (raw, value) => {
    expect(parseValue(raw)).toEqual({ ok: true, value })
  })

  test('keeps 15 significant digits exactly as JavaScript reads them', () => {
    const result = parseValue('123456789.012345')
    expect(result).toEqual({ ok: true, value: 123456789.012345 })
    expect(result.ok && String(result.value)).toBe('123456789.012345')
  })

  test.each([
    ['', 'the value is empty'],
    ['..', '".." marks a missing value, not a number'],
    ['n/a', '"n/a" marks a missing value, not a number'],
    ['N/A', '"N/A" marks a missing value, not a number'],
    ['NaN', '"NaN" marks a missing value, not a number'],
    ['-', '"-" marks a missing value, not a number'],
    ['1,234', '"1,234" has a comma: a thousands separator or a decimal comma is ambiguous (write 1234.5)'],
    ['21917,25', '"21917,25" has a comma: a thousands separator or a decimal comma is ambiguous (write 1234.5)'],
    ['1,234.5', '"1,234.5" has a comma: a thousands separator or a decimal comma is ambiguous (write 1234.5)'],
    ['1 234', '"1 234" has spaces between digits (write the number without separators)'],
    ['Infinity', '"Infinity" is not a finite number'],
    ['1e400', '"1e400" is too large to be kept as a number'],
    ['12%', '"12%" is not a number'],
    ['$5', '"$5" is not a number'],
    ['0x10', '"0x10" is not a number'],
    ['1.2.3', '"1.2.3" is not a number'],
    ['123456789012345678901', '"123456789012345678901" has 21 significant digits: at most 17 can be kept'],
  ])('refuses "%s": %s', (raw, reason) => {
    expect(parseValue(raw)).toEqual({ ok: false, reason })
  })
})
