import type { Locale, Localized } from '@nap/domain'
import { catalogs, type MessageKey } from './messages/index.ts'

export type MessageVars = Record<string, string | number>
export type Translate = (key: MessageKey, vars?: MessageVars) => string

/** The {name} placeholders of a template, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')
}

/** Fills {name} placeholders; an unknown placeholder is left as written so it is easy to spot. */
export function interpolate(template: string, vars: MessageVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name]
    return value === undefined ? whole : String(value)
  })
}

export function createTranslator(lang: Locale): Translate {
  const messages = catalogs[lang]
  return (key, vars) => interpolate(messages[key], vars)
}

/** Picks the reader's language from a localized API string. */
export function pick(text: Localized, lang: Locale): string {
  return text[lang] || text.en
}
