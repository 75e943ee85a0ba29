import { describe, expect, test } from 'vitest'
import { LOCALES } from '@nap/domain'
import { catalogs } from './messages/index.ts'
import { createTranslator, interpolate, placeholders } from './translate.ts'

const englishKeys = Object.keys(catalogs.en).sort()

describe('message catalogs', () => {
  test.each(LOCALES)('the %s catalog has exactly the English keys', (lang) => {
    expect(Object.keys(catalogs[lang]).sort()).toEqual(englishKeys)
  })

  test.each(LOCALES)('every %s message is non-empty and uses the same placeholders as English', (lang) => {
    for (const key of englishKeys) {
      const english = catalogs.en[key as keyof typeof catalogs.en]
      const message = catalogs[lang][key as keyof typeof catalogs.en]
      expect(message.trim(), key).not.toBe('')
      expect(placeholders(message).sort(), key).toEqual(placeholders(english).sort())
    }
  })

  test('uses the exact status words of the UI guide in every language', () => {
    expect(catalogs.en['status.off_track']).toBe('Off track')
    expect(catalogs.es['status.off_track']).toBe('Rezagado')
    expect(catalogs.fr['status.off_track']).toBe('Hors trajectoire')
    expect(catalogs.en['status.moderate']).toBe('Progress, must accelerate')
    expect(catalogs.es['status.moderate']).toBe('Avanza, debe acelerar')
    expect(catalogs.fr['status.moderate']).toBe('Progrès, doit accélérer')
    expect(catalogs.es['status.no_target']).toBe('Sin meta (solo tendencia)')
    expect(catalogs.fr['status.no_target']).toBe('Sans cible (tendance)')
  })
})

describe('translate', () => {
  test('fills placeholders with the given values', () => {
    const t = createTranslator('es')
    expect(t('overview.assessed', { assessed: 5, total: 7 })).toBe('5 de 7 evaluados')
  })

  test('leaves an unknown placeholder visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}')
  })
})
