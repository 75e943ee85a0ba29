/**
 * Formats ICU messages (plural, select, number arguments): `t(key, values)` formats a catalog message
 * in the reader's language; numbers inside messages (`#`) are written with Intl in the same locales as
 * lib/format.ts (en-US, es-MX, fr-CA). The formatter is icu.ts, which writes what FormatJS writes
 * (icu.test.ts checks every catalog message against react-intl) at a fifteenth of its size.
 */
import type { Locale, Localized } from '@nap/domain'
import { INTL_LOCALES } from '@/lib/format.ts'
import { formatIcuMessage } from './icu.ts'
import type { MessageKey, MessagePart } from './messages/index.ts'

export type MessageValues = Readonly<Record<string, string | number>>
export type Translate = (key: MessageKey, values?: MessageValues) => string
/** Called when a message cannot be formatted (bad syntax, missing value); the message source is shown. */
export type FormatErrorHandler = (error: Error) => void

const reportToConsole: FormatErrorHandler = (error) => console.error(error)

function formatOrShowSource(message: string, lang: Locale, values: MessageValues | undefined, onError: FormatErrorHandler): string {
  try {
    return formatIcuMessage(message, INTL_LOCALES[lang], values)
  } catch (error) {
    onError(error instanceof Error ? error : new Error(String(error)))
    return message
  }
}

export function createTranslator(lang: Locale, messages: MessagePart, onError: FormatErrorHandler = reportToConsole): Translate {
  return (key, values) => {
    const message: string | undefined = messages[key]
    if (message === undefined || message === '') {
      onError(new Error(`No "${key}" message in the ${lang} catalog`))
      return key
    }
    return formatOrShowSource(message, lang, values, onError)
  }
}

/**
 * Formats an ICU message that is not in a catalog (content modules such as the fast facts keep their
 * own words); on an error the message source is returned.
 */
export function formatIcu(message: string, lang: Locale, values?: MessageValues, onError: FormatErrorHandler = reportToConsole): string {
  return formatOrShowSource(message, lang, values, onError)
}

/** Picks the reader's language from a localized API string. */
export function pick(text: Localized, lang: Locale): string {
  return text[lang] || text.en
}
