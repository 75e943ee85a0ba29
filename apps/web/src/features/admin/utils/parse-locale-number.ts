/**
 * Reads a number typed in the reader's language, refusing what could be misread.
 *
 * Conventions (what an editor types):
 * - English: `.` for decimals, `,` between thousands: `22,040.5`.
 * - Spanish and French: `,` for decimals, `.` between thousands: `22.040,5`.
 * - Spaces (also no-break and narrow no-break spaces, as copied from French figures) separate
 *   thousands in every language: `22 040,5`.
 *
 * Refused, with what to write instead:
 * - the other convention's order (`22.040,5` in English, `22,040.5` in Spanish): `reversed`;
 * - the other decimal separator where it cannot be a thousands separator (`1,5` in English,
 *   `22.5` in Spanish): `decimalSeparator`;
 * - thousands groups that are not 3 digits (`1,23,456`): `grouping`;
 * - in Spanish and French, one `.` followed by exactly three digits (`22.040`): Mexican and English
 *   figures use `.` for decimals, so it could be 22040 or 22.04: `ambiguous`.
 * - anything but digits, separators and one leading sign: `characters`.
 */
import type { Locale } from '@nap/domain'

type Separator = '.' | ','

interface Convention {
  decimal: Separator
  group: Separator
  /** A lone group separator followed by three digits is ambiguous in this language. */
  ambiguousLoneGroup: boolean
}

const CONVENTIONS: Record<Locale, Convention> = {
  en: { decimal: '.', group: ',', ambiguousLoneGroup: false },
  es: { decimal: ',', group: '.', ambiguousLoneGroup: true },
  fr: { decimal: ',', group: '.', ambiguousLoneGroup: true },
}

export type NumberParseError = 'empty' | 'characters' | 'reversed' | 'decimalSeparator' | 'grouping' | 'ambiguous'

export type NumberParse =
  | { ok: true; value: number }
  | {
      ok: false
      error: NumberParseError
      /**
       * What to write instead, in the reader's convention: one text for `reversed` and
       * `decimalSeparator`, the two readings (whole number first) for `ambiguous`, none otherwise.
       */
      suggestions: string[]
    }

const SPACES = /[\s\u00a0\u202f\u2009]/g
const ALLOWED = /^[\d., ]+$/

/** The decimal separator of the reader's language, for hints ("Use , for decimals"). */
export function decimalSeparator(locale: Locale): Separator {
  return CONVENTIONS[locale].decimal
}

/** A value as an editor would type it in that language, without thousands separators: 22040.5 → "22040,5" (es). */
export function formatInputNumber(value: number, locale: Locale): string {
  const text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
  return CONVENTIONS[locale].decimal === ',' ? text.replace('.', ',') : text
}

/** True when `text` is digit groups "d{1,3}(sep ddd)*" with no leading zero in the first group. */
function isGrouped(text: string, separators: RegExp): boolean {
  const parts = text.split(separators)
  const [first, ...rest] = parts
  if (first === undefined || !/^[1-9]\d{0,2}$/.test(first)) return false
  return rest.length > 0 && rest.every((part) => /^\d{3}$/.test(part))
}

const count = (text: string, char: string) => text.split(char).length - 1

interface Reading {
  ok: true
  value: number
}

/** The other convention's reading, if the text is valid there (used to suggest the right form). */
function otherReading(body: string, negative: boolean, locale: Locale): Reading | null {
  const other: Locale = CONVENTIONS[locale].decimal === '.' ? 'es' : 'en'
  const result = parseBody(body, negative, CONVENTIONS[other], other, false)
  return result.ok ? result : null
}

function toNumber(negative: boolean, digits: string, fraction: string): number {
  const value = Number(`${digits}${fraction ? `.${fraction}` : ''}`)
  return negative ? -value : value
}

function parseBody(body: string, negative: boolean, convention: Convention, locale: Locale, hints: boolean): NumberParse {
  const { decimal, group } = convention
  const groupOrSpace = group === '.' ? /[. ]/ : /[, ]/
  const refuse = (error: NumberParseError, suggestions: string[] = []): NumberParse => ({ ok: false, error, suggestions })
  const reversed = (): NumberParse => {
    const other = hints ? otherReading(body, negative, locale) : null
    return refuse(other ? 'reversed' : 'grouping', other ? [formatInputNumber(other.value, locale)] : [])
  }

  const decimals = count(body, decimal)
  if (decimals > 1) return reversed()
  if (decimals === 1) {
    const at = body.indexOf(decimal)
    const whole = body.slice(0, at)
    const fraction = body.slice(at + 1)
    if (fraction.includes(group)) return reversed()
    if (fraction.includes(' ') || !/^\d*$/.test(fraction)) return refuse('grouping')
    if (whole === '' && fraction === '') return refuse('characters')
    let digits = whole
    if (groupOrSpace.test(whole)) {
      if (!isGrouped(whole, new RegExp(groupOrSpace.source, 'g'))) return refuse('grouping')
      digits = whole.replace(new RegExp(groupOrSpace.source, 'g'), '')
    }
    return { ok: true, value: toNumber(negative, digits === '' ? '0' : digits, fraction) }
  }

  // No decimal separator: digits, maybe with thousands separators.
  if (!groupOrSpace.test(body)) return { ok: true, value: toNumber(negative, body, '') }
  const groups = count(body, group)
  const hasSpaces = body.includes(' ')
  if (isGrouped(body, new RegExp(groupOrSpace.source, 'g'))) {
    const digits = body.replace(new RegExp(groupOrSpace.source, 'g'), '')
    if (convention.ambiguousLoneGroup && groups === 1 && !hasSpaces) {
      const [whole = '', fraction = ''] = body.split(group)
      return refuse('ambiguous', [
        formatInputNumber(toNumber(negative, digits, ''), locale),
        formatInputNumber(toNumber(negative, whole, fraction), locale),
      ])
    }
    return { ok: true, value: toNumber(negative, digits, '') }
  }
  // One group separator that cannot separate thousands: the other language's decimal separator.
  if (groups === 1 && !hasSpaces && hints) {
    const [whole = '', fraction = ''] = body.split(group)
    if (/^\d*$/.test(whole) && /^\d+$/.test(fraction)) {
      return refuse('decimalSeparator', [formatInputNumber(toNumber(negative, whole === '' ? '0' : whole, fraction), locale)])
    }
  }
  return refuse('grouping')
}

/** Parses `text` as typed in `locale` (see the conventions above); never guesses. */
export function parseLocaleNumber(text: string, locale: Locale): NumberParse {
  const trimmed = text.replace(SPACES, ' ').trim()
  if (trimmed === '') return { ok: false, error: 'empty', suggestions: [] }
  const sign = /^[+\-\u2212]/.exec(trimmed)?.[0]
  const body = (sign ? trimmed.slice(1) : trimmed).trim()
  if (!ALLOWED.test(body) || !/\d/.test(body)) return { ok: false, error: 'characters', suggestions: [] }
  const result = parseBody(body, sign === '-' || sign === '\u2212', CONVENTIONS[locale], locale, true)
  if (result.ok && !Number.isFinite(result.value)) return { ok: false, error: 'characters', suggestions: [] }
  // −0 reads as 0.
  return result.ok && Object.is(result.value, -0) ? { ok: true, value: 0 } : result
}
