import { createContext, useMemo, type ReactNode } from 'react'
import type { Locale, Localized } from '@nap/domain'
import type { MessagePart } from './messages/index.ts'
import { createTranslator, pick, type Translate } from './translate.ts'

export interface I18n {
  lang: Locale
  /** Formats the ICU message `key` of the current language's catalog. */
  t: Translate
  /** Picks the current language from an API `{en, es, fr}` object. */
  l: (text: Localized) => string
}

export const I18nContext = createContext<I18n | null>(null)

interface I18nProviderProps {
  lang: Locale
  /** The messages of `lang` (see messages/index.ts for loading them). */
  messages: MessagePart
  children: ReactNode
}

export function I18nProvider({ lang, messages, children }: I18nProviderProps) {
  const value = useMemo<I18n>(
    () => ({ lang, t: createTranslator(lang, messages), l: (text) => pick(text, lang) }),
    [lang, messages],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}
