import { describe, expect, test } from 'vitest'
import { asOfYear } from './as-of.ts'

describe('asOfYear', () => {
  test.each([
    { asOf: '2025-11-23', year: 2025 },
    { asOf: '2024-02-29', year: 2024 },
    { asOf: '2000-02-29', year: 2000 },
    { asOf: '1999-12-31', year: 1999 },
  ])('reads the year of $asOf', ({ asOf, year }) => {
    expect(asOfYear(asOf)).toBe(year)
  })

  test.each(['2025', '2025-1-01', '25-01-01', '2025-13-01', '2025-00-10', '2025-04-31', '2023-02-29', '2100-02-29', ''])(
    'rejects %j',
    (asOf) => {
      expect(() => asOfYear(asOf)).toThrow(asOf === '' ? /asOf/ : asOf)
    },
  )
})
