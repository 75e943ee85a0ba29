import type { Locale } from '@nap/domain'
import { en, type MessageKey, type Messages } from './en.ts'
import { es } from './es.ts'
import { fr } from './fr.ts'

export type { MessageKey, Messages }
export const catalogs: Record<Locale, Messages> = { en, es, fr }
