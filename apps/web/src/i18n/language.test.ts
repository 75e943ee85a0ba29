import { afterEach, describe, expect, test } from 'vitest'
import { browserLanguage, LANG_STORAGE_KEY, resolveLanguage, storeLanguage } from './language.ts'

afterEach(() => window.localStorage.clear())

describe('resolveLanguage', () => {
  test('prefers the language in the URL over the stored choice', () => {
    storeLanguage('fr')
    expect(resolveLanguage(new URLSearchParams('lang=es'))).toBe('es')
  })

  test('falls back to the stored choice when the URL has none or an unknown one', () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'fr')
    expect(resolveLanguage(new URLSearchParams('lang=de'))).toBe('fr')
  })

  test('takes the first supported browser language', () => {
    expect(browserLanguage(['de-DE', 'es-MX', 'en-US'])).toBe('es')
    expect(browserLanguage(['de-DE'])).toBeNull()
  })
})
