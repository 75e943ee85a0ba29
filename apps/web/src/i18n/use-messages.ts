import { use } from 'react'
import type { Locale } from '@nap/domain'
import { loadedMessages, loadMessages, type MessagePart } from './messages/index.ts'

/**
 * The messages of `lang` (with the admin UI's under /admin): at once when they are loaded (English
 * public messages always are), otherwise the component suspends until their chunk arrives.
 */
export function useMessages(lang: Locale, withAdmin = false): MessagePart {
  return loadedMessages(lang, withAdmin) ?? use(loadMessages(lang, withAdmin))
}
