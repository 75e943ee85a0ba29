/**
 * Formats ICU messages (plural, select, number arguments) with FormatJS. `t(key, values)` formats a
 * catalog message in the reader's language; numbers inside messages (`#`, `{n}`) are written with Intl
 * in the same locales as lib/format.ts (en-US, es-MX, fr-CA).
 */
import { createIntl, createIntlCache, type IntlShape } from 'react-intl'
import type { Locale, Localized } from '@nap/domain'
import { INTL_LOCALES } from '@/lib/format.ts'
import type { MessageKey, Messages } from './messages/index.ts'

export type MessageValues = Readonly<Record<string, string | number>>
export type Translate = (key: MessageKey, values?: MessageValues) => string
/** Called when a message cannot be formatted (bad syntax, missing value); the message source is shown. */
export type FormatErrorHandler = (error: Error) => void

const cache = createIntlCache()

const reportToConsole: FormatErrorHandler = (error) => console.error(error)

function intlFor(lang: Locale, messages: Messages | Record<string, never>, onError: FormatErrorHandler): IntlShape {
  return createIntl({ locale: INTL_LOCALES[lang], defaultLocale: INTL_LOCALES.en, messages, onError }, cache)
}

export function createTranslator(lang: Locale, messages: Messages, onError: FormatErrorHandler = reportToConsole): Translate {
  const intl = intlFor(lang, messages, onError)
  return (key, values) => intl.formatMessage({ id: key }, values)
}

const adHoc = new Map<Locale, IntlShape>()

/**
 * Formats an ICU message that is not in a catalog (content modules such as the fast facts keep their
 * own words); on an error the message source is returned.
 */
export function formatIcu(message: string, lang: Locale, values?: MessageValues, onError: FormatErrorHandler = reportToConsole): string {
  let intl = adHoc.get(lang)
  if (!intl) {
    intl = intlFor(lang, {}, reportToConsole)
    adHoc.set(lang, intl)
  }
  try {
    return String(intl.formatters.getMessageFormat(message, intl.locale).format(values))
  } catch (error) {
    onError(error instanceof Error ? error : new Error(String(error)))
    return message
  }
}

/** Picks the reader's language from a localized API string. */
export function pick(text: Localized, lang: Locale): string {
  return text[lang] || text.en
}
