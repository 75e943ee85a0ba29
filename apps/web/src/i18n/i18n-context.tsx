import { createContext, useMemo, type ReactNode } from 'react'
import type { Locale, Localized } from '@nap/domain'
import { createTranslator, pick, type Translate } from './translate.ts'

export interface I18n {
  lang: Locale
  t: Translate
  /** Picks the current language from an API `{en, es, fr}` object. */
  l: (text: Localized) => string
}

export const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ lang, children }: { lang: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: createTranslator(lang), l: (text) => pick(text, lang) }), [lang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}
