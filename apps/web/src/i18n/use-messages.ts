import { use } from 'react'
import type { Locale } from '@nap/domain'
import { loadedMessages, loadMessages, type Messages } from './messages/index.ts'

/**
 * The catalog of `lang`: at once when it is loaded (English always is), otherwise the component
 * suspends until its chunk arrives (during a navigation React keeps the previous page on screen).
 */
export function useMessages(lang: Locale): Messages {
  return loadedMessages(lang) ?? use(loadMessages(lang))
}
