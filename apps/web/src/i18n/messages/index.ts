/**
 * The UI message catalogs: one flat JSON file per language (key → ICU message), editable without
 * TypeScript. English is the reference and its public part ships in the first bundle; Spanish and
 * French are loaded on demand (each its own chunk), and so are the admin UI's messages of every
 * language, under /admin only (vite-plugins/message-parts.ts splits each catalog in two when built).
 * The keys are typed from en.json, and es.json / fr.json must have every one of them
 * (messages.test.ts compares keys and arguments).
 */
import type { Locale } from '@nap/domain'
import type en from './en.json'
import englishPublic from './en.json?part=public'

export type MessageKey = keyof typeof en
export type Messages = Readonly<Record<MessageKey, string>>
/** Some messages of a catalog: a part of it (the public pages', or with the admin UI's too). */
export type MessagePart = Readonly<Partial<Record<MessageKey, string>>>

const importers: Record<Locale, { public: () => Promise<MessagePart>; admin: () => Promise<MessagePart> }> = {
  en: { public: () => Promise.resolve(englishPublic), admin: () => import('./en.json?part=admin').then((m) => m.default) },
  es: { public: () => import('./es.json?part=public').then((m) => m.default), admin: () => import('./es.json?part=admin').then((m) => m.default) },
  fr: { public: () => import('./fr.json?part=public').then((m) => m.default), admin: () => import('./fr.json?part=admin').then((m) => m.default) },
}

const cacheKey = (lang: Locale, withAdmin: boolean) => `${lang}${withAdmin ? '+admin' : ''}`
const loaded = new Map<string, MessagePart>([[cacheKey('en', false), englishPublic]])
const pending = new Map<string, Promise<MessagePart>>()

/** The messages of `lang` (with the admin UI's when `withAdmin`) if they are already loaded. */
export function loadedMessages(lang: Locale, withAdmin = false): MessagePart | undefined {
  return loaded.get(cacheKey(lang, withAdmin))
}

/**
 * Loads the messages of `lang` once; the same promise is returned on every call (React's `use` needs
 * a stable promise). If a chunk cannot be fetched the page stays readable in English.
 */
export function loadMessages(lang: Locale, withAdmin = false): Promise<MessagePart> {
  const key = cacheKey(lang, withAdmin)
  const ready = loaded.get(key)
  if (ready) return Promise.resolve(ready)
  let promise = pending.get(key)
  if (!promise) {
    const parts = withAdmin ? [loadMessages(lang), importers[lang].admin()] : [importers[lang].public()]
    promise = Promise.all(parts).then(
      (found) => {
        const messages: MessagePart = Object.assign({}, ...found)
        loaded.set(key, messages)
        return messages
      },
      () => (lang === 'en' ? englishPublic : loadMessages('en', withAdmin)),
    )
    pending.set(key, promise)
  }
  return promise
}
