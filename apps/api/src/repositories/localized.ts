import type { Localized } from '@nap/domain'

type Keys<P extends string> = `${P}En` | `${P}Es` | `${P}Fr`

/** Gathers the three language columns `<prefix>En/Es/Fr` of a row into one object. */
export function loc<P extends string>(row: Record<Keys<P>, string>, prefix: P): Localized {
  return { en: row[`${prefix}En`], es: row[`${prefix}Es`], fr: row[`${prefix}Fr`] }
}
