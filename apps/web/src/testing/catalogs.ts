/** All three catalogs at once, for tests (the app loads Spanish and French on demand). */
import type { Locale } from '@nap/domain'
import type { Messages } from '@/i18n/messages/index.ts'
import { createTranslator, type Translate } from '@/i18n/translate.ts'
import en from '@/i18n/messages/en.json'
import es from '@/i18n/messages/es.json'
import fr from '@/i18n/messages/fr.json'

export const catalogs: Record<Locale, Messages> = { en, es, fr }

/** A translator that throws on any formatting error, so a test cannot pass on a broken message. */
export function testTranslator(lang: Locale): Translate {
  return createTranslator(lang, catalogs[lang], (error) => {
    throw error
  })
}
