import { describe, expect, test } from 'vitest'
import { testTranslator } from '@/testing/catalogs.ts'
import { gdpPerCapita, growthGapAssessment, mexicoGdpAssessment } from '@/testing/fixtures.ts'
import type { FormatContext } from './format-context.ts'
import { formatContext } from './format-context.ts'
import { paceSentence } from './pace-sentence.ts'

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
const ctx = (lang: 'en' | 'es' | 'fr'): FormatContext => formatContext(gdpPerCapita, lang, testTranslator(lang))

describe('paceSentence', () => {
  test('states the actual and the required growth for a pace indicator', () => {
    expect(paceSentence(ctx('en'), mexicoGdpAssessment)).toBe(
      'Growing 0.45% a year; needs 0.84% a year to reach 27,397 by 2050.',
    )
  })

  test('writes the same sentence in Spanish and French', () => {
    expect(plain(paceSentence(ctx('es'), mexicoGdpAssessment))).toBe(
      'Crece 0.45% al año; necesita 0.84% al año para llegar a 27,397 en 2050.',
    )
    expect(plain(paceSentence(ctx('fr'), mexicoGdpAssessment))).toBe(
      'Hausse de 0,45 % par an; il faut 0,84 % par an pour atteindre 27 397 en 2050.',
    )
  })

  test('says the indicator must fall when lower is better', () => {
    const unemployment = {
      ...mexicoGdpAssessment,
      direction: -1 as const,
      latest: { year: 2025, value: 6.907 },
      targetValue: 5,
      actualPace: -0.000549,
      requiredPace: -0.012841,
    }
    const percentCtx: FormatContext = { ...ctx('en'), spec: { valueFormat: 'percent', unitScale: 1, decimals: 1 } }
    expect(paceSentence(percentCtx, unemployment)).toBe(
      'Falling 0.05% a year; needs to fall 1.28% a year to reach 5.0% by 2050.',
    )
  })

  test('compares the 5-year mean with the bands for a threshold indicator', () => {
    const ppCtx: FormatContext = { ...ctx('en'), spec: { valueFormat: 'pp', unitScale: 1, decimals: 2 } }
    expect(plain(paceSentence(ppCtx, growthGapAssessment))).toBe(
      '5-year mean -0.43 pp (2021–2025); on track at 1.00 pp or more, progress at 0.50 pp, off track at 0.00 pp.',
    )
  })

  test('says a reached target is reached', () => {
    const achieved = { ...mexicoGdpAssessment, status: 'achieved' as const, latest: { year: 2024, value: 28000 } }
    expect(paceSentence(ctx('en'), achieved)).toBe('Target of 27,397 already reached (28,000 in 2024).')
  })

  test('explains when there is not enough data', () => {
    const insufficient = { ...mexicoGdpAssessment, status: 'insufficient_data' as const, actualPace: null }
    expect(paceSentence(ctx('en'), insufficient)).toBe('Not enough recent data to measure a pace.')
  })
})
