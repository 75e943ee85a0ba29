/**
 * When the target would be reached at the current pace, in words: "about 2072", or "not before 2100"
 * for a projection past the end of the century (a projection that far says little more than "not
 * soon", and a year such as 2613.9 reads as false precision). Pure.
 */
import { formatYear } from '@/lib/format.ts'
import type { Translate } from '@/i18n/translate.ts'

/** The last year a projected "year reached" is written as a year. */
export const REACHED_HORIZON = 2100

/** Whether the (fractional) projected year falls after REACHED_HORIZON once rounded to a year. */
export function isPastHorizon(yearReached: number): boolean {
  return Math.round(yearReached) > REACHED_HORIZON
}

export function yearReachedText(t: Translate, yearReached: number): string {
  return isPastHorizon(yearReached)
    ? t('why.reachedNotBefore', { year: formatYear(REACHED_HORIZON) })
    : t('why.reachedAbout', { year: formatYear(yearReached) })
}
