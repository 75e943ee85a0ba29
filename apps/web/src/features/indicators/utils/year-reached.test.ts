import { describe, expect, test } from 'vitest'
import type { Locale } from '@nap/domain'
import { testTranslator } from '@/testing/catalogs.ts'
import { isPastHorizon, REACHED_HORIZON, yearReachedText } from './year-reached.ts'

describe('yearReachedText', () => {
  test.each<[Locale, number, string]>([
    ['en', 2072.3, 'about 2072'],
    ['en', 2051.5, 'about 2052'],
    ['en', 2100.4, 'about 2100'],
    ['en', 2100.6, 'not before 2100'],
    ['en', 2613.9, 'not before 2100'],
    ['es', 2072.3, 'hacia 2072'],
    ['es', 2613.9, 'no antes de 2100'],
    ['fr', 2072.3, 'vers 2072'],
    ['fr', 2613.9, 'pas avant 2100'],
  ])('%s: %d → "%s"', (lang, yearReached, expected) => {
    expect(yearReachedText(testTranslator(lang), yearReached)).toBe(expected)
  })
})

describe('isPastHorizon', () => {
  test.each([
    [2072.3, false],
    [REACHED_HORIZON, false],
    [2100.49, false],
    [2100.5, true],
    [12000, true],
  ])('%d → %s', (yearReached, expected) => {
    expect(isPastHorizon(yearReached)).toBe(expected)
  })
})
