import { describe, expect, test } from 'vitest'
import { AREAS } from '../test/catalog.ts'
import { createCountryMatcher, nameKey } from './countries.ts'

const match = createCountryMatcher(AREAS)

describe('createCountryMatcher', () => {
  test.each([
    ['CAN', 'CAN'],
    ['mex', 'MEX'],
    [' USA ', 'USA'],
    ['WLD', 'WLD'],
    ['Canada', 'CAN'],
    ['Canadá', 'CAN'],
    ['canada', 'CAN'],
    ['Mexico', 'MEX'],
    ['México', 'MEX'],
    ['MEXICO', 'MEX'],
    ['Mexique', 'MEX'],
    ['Estados Unidos Mexicanos', 'MEX'],
    ['United States', 'USA'],
    ['United States of America', 'USA'],
    ['U.S.', 'USA'],
    ['Estados Unidos', 'USA'],
    ['EE. UU.', 'USA'],
    ['États-Unis', 'USA'],
    ['Etats-Unis', 'USA'],
    ["États-Unis d'Amérique", 'USA'],
    ['États-Unis d’Amérique', 'USA'],
    ['World', 'WLD'],
    ['Mundo', 'WLD'],
    ['Monde', 'WLD'],
    ['MX', 'MEX'],
  ])('reads "%s" as %s in any file', (raw, code) => {
    expect(match(raw, undefined, 'iso3166')).toEqual({ ok: true, code })
    expect(match(raw, undefined, 'project')).toEqual({ ok: true, code })
  })

  test.each([
    ['NAM', 'NAM'],
    ['North America', 'NAM'],
    ['Amérique du Nord', 'NAM'],
    ['América del Norte', 'NAM'],
  ])("reads %s as North America in the project's own layout", (raw, code) => {
    expect(match(raw, undefined, 'project')).toEqual({ ok: true, code })
  })

  test.each([
    ['NAM', 'Namibia', 'country NAM (Namibia) is not tracked: in ISO 3166 codes NAM is Namibia, not North America'],
    ['NAM', undefined, 'country NAM (Namibia) is not tracked: in ISO 3166 codes NAM is Namibia, not North America'],
    ['North America', undefined, `country "North America" is not tracked: a publisher's North America aggregate is not this project's (CAN, MEX, USA)`],
    ['NAC', 'North America', 'country NAC (North America) is not tracked'],
    ['DEU', 'Germany', 'country DEU (Germany) is not tracked'],
    ['deu', undefined, 'country DEU is not tracked'],
    ['Germany', undefined, 'country "Germany" is not tracked'],
    ['Korea, Rep.', undefined, 'country "Korea, Rep." is not tracked'],
    ['', undefined, 'the country is empty'],
  ])('does not take "%s" (%s) from a statistical office: %s', (raw, label, reason) => {
    expect(match(raw, label, 'iso3166')).toEqual({ ok: false, reason })
  })

  test('drops a name two areas share instead of guessing', () => {
    const ambiguous = createCountryMatcher([
      { code: 'CAN', names: ['Northland'] },
      { code: 'MEX', names: ['Northland'] },
    ])
    expect(ambiguous('Northland', undefined, 'project')).toEqual({ ok: false, reason: 'country "Northland" is not tracked' })
    expect(ambiguous('Canada', undefined, 'project')).toEqual({ ok: true, code: 'CAN' })
  })

  test('knows only the areas it is given', () => {
    const membersOnly = createCountryMatcher(AREAS.filter((a) => a.code !== 'WLD'))
    expect(membersOnly('World', undefined, 'project')).toEqual({ ok: false, reason: 'country "World" is not tracked' })
    expect(membersOnly('WLD', undefined, 'project')).toEqual({ ok: false, reason: 'country WLD is not tracked' })
  })
})

describe('nameKey', () => {
  test.each([
    ["États-Unis d'Amérique", 'etatsunisdamerique'],
    ['EE. UU.', 'eeuu'],
    ['  Canadá ', 'canada'],
  ])('"%s" → %s', (name, key) => {
    expect(nameKey(name)).toBe(key)
  })
})
