import { describe, expect, test } from 'vitest'
import { testTranslator } from '@/testing/catalogs.ts'
import { gdpPerCapita, growthGapAssessment, mexicoGdpAssessment } from '@/testing/fixtures.ts'
import { formatContext } from './format-context.ts'
import { countrySummary } from './summary.ts'

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('countrySummary', () => {
  test('writes the UI guide example for Mexico’s GDP per capita', () => {
    const ctx = formatContext(gdpPerCapita, 'en', testTranslator('en'))
    expect(countrySummary(ctx, { countryName: 'Mexico', assessment: mexicoGdpAssessment, origin: 'NAP' })).toBe(
      'Mexico: 22,040 in 2024 (2023 baseline 21,917). Target 27,397 in 2050 (+25%, the project\'s goal). ' +
        'Recent pace +0.45%/yr (2014–2024); needed +0.84%/yr. At this pace: 24,775 in 2050; target reached around 2072. ' +
        'Status: Off track (pace ratio 0.54).',
    )
  })

  test('says the target is not reached before 2100 when the projected year is later', () => {
    const slow = { ...mexicoGdpAssessment, yearReached: 2613.9 }
    const en = countrySummary(formatContext(gdpPerCapita, 'en', testTranslator('en')), { countryName: 'Mexico', assessment: slow, origin: 'NAP' })
    expect(en).toContain('At this pace: 24,775 in 2050; the target is not reached before 2100.')
    const es = plain(countrySummary(formatContext(gdpPerCapita, 'es', testTranslator('es')), { countryName: 'México', assessment: slow, origin: 'NAP' }))
    expect(es).toContain('A este ritmo: 24,775 en 2050; la meta no se alcanzaría antes de 2100.')
  })

  test('writes the summary in Spanish with the Spanish status word', () => {
    const ctx = formatContext(gdpPerCapita, 'es', testTranslator('es'))
    const text = plain(countrySummary(ctx, { countryName: 'México', assessment: mexicoGdpAssessment, origin: 'NAP' }))
    expect(text).toContain('México: 22,040 en 2024 (año base 2023: 21,917).')
    expect(text).toContain('Estado: Rezagado (razón de ritmo 0.54).')
  })

  test('gives the threshold mean and bands instead of a pace', () => {
    const ppIndicator = { ...gdpPerCapita, valueFormat: 'pp' as const, decimals: 2 }
    const ctx = formatContext(ppIndicator, 'en', testTranslator('en'))
    const text = plain(countrySummary(ctx, { countryName: 'North America', assessment: growthGapAssessment, origin: 'NAP' }))
    expect(text).toBe(
      'North America: -0.88 pp in 2025. 5-year mean -0.43 pp (2021–2025), against bands 1.00 pp / 0.50 pp / 0.00 pp. Status: Moving away.',
    )
  })

  test('says when a country has no data in the selected years', () => {
    const ctx = formatContext(gdpPerCapita, 'fr', testTranslator('fr'))
    expect(countrySummary(ctx, { countryName: 'Canada', assessment: null, origin: null })).toBe(
      'Canada : aucune donnée pour les années choisies.',
    )
  })
})
