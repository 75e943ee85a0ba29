import { describe, expect, test } from 'vitest'
import { pathValue, requiredPath, type PathEnds } from './path.ts'
import { expectRelative } from './testing.ts'

const ends: PathEnds = { baseYear: 2020, baseValue: 100, targetYear: 2030, targetValue: 400 }

describe('pathValue', () => {
  test.each([
    { method: 'pace', year: 2020, value: 100 },
    { method: 'pace', year: 2025, value: 200 },
    { method: 'pace', year: 2030, value: 400 },
    { method: 'linear', year: 2020, value: 100 },
    { method: 'linear', year: 2025, value: 250 },
    { method: 'linear', year: 2030, value: 400 },
  ] as const)('$method path in $year is $value', ({ method, year, value }) => {
    expectRelative(pathValue(method, ends, year), value)
  })

  test.each([
    { name: 'before the baseline year', year: 2019, pathEnds: ends },
    { name: 'after the target year', year: 2031, pathEnds: ends },
    { name: 'when the baseline is not before the target year', year: 2030, pathEnds: { ...ends, baseYear: 2030 } },
  ])('is null $name', ({ year, pathEnds }) => {
    expect(pathValue('linear', pathEnds, year)).toBeNull()
  })

  test('goes down for a lower-is-better target', () => {
    expectRelative(pathValue('linear', { baseYear: 2020, baseValue: 10, targetYear: 2030, targetValue: 5 }, 2022), 9)
  })
})

describe('requiredPath', () => {
  test.each([
    { name: 'one value per year from b to Y', pathEnds: ends, years: 11 },
    { name: 'a single point when b = Y − 1', pathEnds: { ...ends, baseYear: 2029 }, years: 2 },
    { name: 'nothing when b ≥ Y', pathEnds: { ...ends, baseYear: 2031 }, years: 0 },
  ])('has $name', ({ pathEnds, years }) => {
    const path = requiredPath('pace', pathEnds)
    expect(path).toHaveLength(years)
    if (years > 0) expect(path.map((point) => point.year)).toEqual([...Array(years).keys()].map((i) => pathEnds.baseYear + i))
  })
})
