/**
 * Which language to show: `?lang=` in the URL wins (so a shared link reproduces the view), then the
 * reader's last choice (localStorage), then the browser's languages, then English.
 */
import { LOCALES, type Locale } from '@nap/domain'

export const LANG_PARAM = 'lang'
export const LANG_STORAGE_KEY = 'nap.lang'

export function isLocale(value: string | null | undefined): value is Locale {
  return value != null && (LOCALES as readonly string[]).includes(value)
}

export function readStoredLanguage(): Locale | null {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY)
    return isLocale(stored) ? stored : null
  } catch {
    return null
  }
}

export function storeLanguage(lang: Locale): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang)
  } catch {
    // Storage can be unavailable (private mode): the URL still carries the language.
  }
}

export function browserLanguage(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return null
}

export function resolveLanguage(search: URLSearchParams): Locale {
  const fromUrl = search.get(LANG_PARAM)
  if (isLocale(fromUrl)) return fromUrl
  return readStoredLanguage() ?? browserLanguage(typeof navigator === 'undefined' ? [] : navigator.languages) ?? 'en'
}
