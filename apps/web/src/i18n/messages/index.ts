/**
 * The UI message catalogs: one flat JSON file per language (key → ICU message), editable without
 * TypeScript. English is the reference and ships in the first bundle; Spanish and French are loaded on
 * demand (each its own chunk). The keys are typed from en.json, and es.json / fr.json must have every
 * one of them (the loaders below do not typecheck otherwise; messages.test.ts also compares arguments).
 */
import type { Locale } from '@nap/domain'
import en from './en.json'

export type MessageKey = keyof typeof en
export type Messages = Readonly<Record<MessageKey, string>>

export const englishMessages: Messages = en

const importers: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  es: () => import('./es.json').then((module) => module.default),
  fr: () => import('./fr.json').then((module) => module.default),
}

const loaded = new Map<Locale, Messages>([['en', en]])
const pending = new Map<Locale, Promise<Messages>>()

/** The catalog of `lang` if it is already loaded. */
export function loadedMessages(lang: Locale): Messages | undefined {
  return loaded.get(lang)
}

/**
 * Loads the catalog of `lang` once; the same promise is returned on every call (React's `use` needs a
 * stable promise). If the chunk cannot be fetched the page stays readable in English.
 */
export function loadMessages(lang: Locale): Promise<Messages> {
  const ready = loaded.get(lang)
  if (ready) return Promise.resolve(ready)
  if (lang === 'en') return Promise.resolve(englishMessages)
  let promise = pending.get(lang)
  if (!promise) {
    promise = importers[lang]().then(
      (messages) => {
        loaded.set(lang, messages)
        return messages
      },
      () => englishMessages,
    )
    pending.set(lang, promise)
  }
  return promise
}
