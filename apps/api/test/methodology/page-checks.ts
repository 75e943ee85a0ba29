/**
 * The checked values of the methodology pages (apps/web/src/features/methodology/content/*.md): each
 * `<span data-check="A.paceRatio">0.5367</span>` names a value of the engine's answer and shows it.
 * Reading them out of the Markdown and comparing them with the engine's values. Pure.
 */
import type { Locale } from '@nap/domain'

/** A value of the engine's answer, at a dotted path such as `A.latest.value` or `D.bands.0`. */
export type Leaf = number | string | boolean | null

export interface Check {
  key: string
  /** The text shown, as written in the Markdown. */
  text: string
  /** data-format="percent": the text is the value × 100. */
  percent: boolean
  /** data-value: the value itself (for words such as a direction or a method). */
  value: string | null
  /** data-status-chip: the status shown as a chip. */
  status: string | null
}

/** The locales the dashboard formats numbers in (apps/web/src/lib/format.ts). */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-US', es: 'es-MX', fr: 'fr-CA' }

const COMMENT = /<!--[\s\S]*?-->/g
const SPAN = /<span\s([^>]*)>([^<]*)<\/span>/g
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g

/** The Markdown without its HTML comments (notes to the editors, which quote examples). */
export function withoutComments(markdown: string): string {
  return markdown.replace(COMMENT, '')
}

function attributes(source: string): Map<string, string> {
  return new Map([...source.matchAll(ATTRIBUTE)].map((match) => [match[1] ?? '', match[2] ?? '']))
}

/** Every checked element of `markdown`, in order. */
export function checksIn(markdown: string): Check[] {
  return [...withoutComments(markdown).matchAll(SPAN)].flatMap((match) => {
    const attrs = attributes(match[1] ?? '')
    const key = attrs.get('data-check')
    if (key === undefined) return []
    return [
      {
        key,
        text: match[2] ?? '',
        percent: attrs.get('data-format') === 'percent',
        value: attrs.get('data-value') ?? null,
        status: attrs.get('data-status-chip') ?? null,
      },
    ]
  })
}

/** The section of `## Heading {#id}` up to the next `## ` heading. */
export function sectionOf(markdown: string, id: string): string {
  const text = withoutComments(markdown)
  const start = text.search(new RegExp(`^## .*\\{#${id}\\}\\s*$`, 'm'))
  if (start < 0) return ''
  const next = text.slice(start + 3).search(/^## /m)
  return next < 0 ? text.slice(start) : text.slice(start, start + 3 + next)
}

/** Numbers written in `markdown` outside checked elements (and outside tags and their attributes). */
export function uncheckedNumbers(markdown: string): string[] {
  const prose = withoutComments(markdown)
    .replace(SPAN, (whole: string, attrs: string) => (attributes(attrs).has('data-check') ? ' ' : whole))
    .replace(/<[^>]*>/g, ' ')
  return [...prose.matchAll(/[^\s]*\d[^\s]*/g)].map((match) => match[0])
}

/** Every leaf of a JSON value by dotted path: `{ latest: { year: 2024 } }` → `latest.year`. */
export function flatten(value: unknown, prefix = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>()
  const visit = (node: unknown, path: string): void => {
    if (node === null || typeof node === 'number' || typeof node === 'string' || typeof node === 'boolean') {
      out.set(path, node)
      return
    }
    if (typeof node !== 'object') return
    for (const [key, child] of Object.entries(node)) visit(child, path === '' ? key : `${path}.${key}`)
  }
  visit(value, prefix)
  return out
}

/** Spaces of any kind as one space, and the typographic minus as "-". */
export function normalizeNumber(text: string): string {
  return text
    .replace(/&nbsp;|&#160;|&#8239;|[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-')
    .trim()
}

function decimalSeparator(lang: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[lang]).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
}

/** How many decimals `text` shows in the locale of `lang`. */
export function decimalsShown(text: string, lang: Locale): number {
  const [, fraction = ''] = normalizeNumber(text).split(decimalSeparator(lang))
  return fraction.replace(/\D/g, '').length
}

/** Years (`…year`, `targetYear`, `yearReached`) are written without thousands separators. */
const isYear = (key: string): boolean => /year[^.]*$/i.test(key)

/** `value` as the page must show it: in the locale of `lang`, with the decimals `check.text` shows. */
export function expectedText(check: Check, value: number, lang: Locale): string {
  const decimals = decimalsShown(check.text, lang)
  const format = new Intl.NumberFormat(INTL_LOCALES[lang], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: !isYear(check.key),
  })
  return normalizeNumber(format.format(check.percent ? value * 100 : value))
}

/** Null when the page agrees with the engine; else what differs. */
export function mismatch(check: Check, values: ReadonlyMap<string, Leaf>, lang: Locale): string | null {
  if (!values.has(check.key)) return `${check.key}: the engine has no such value`
  const actual = values.get(check.key) ?? null
  if (check.status !== null) {
    return actual === check.status ? null : `${check.key}: the page shows status ${check.status}, the engine says ${String(actual)}`
  }
  if (check.value !== null) {
    return String(actual) === check.value ? null : `${check.key}: the page says ${check.value}, the engine ${String(actual)}`
  }
  if (typeof actual !== 'number') return `${check.key}: the engine value ${String(actual)} is not a number`
  const expected = expectedText(check, actual, lang)
  return normalizeNumber(check.text) === expected
    ? null
    : `${check.key}: the page shows "${check.text}", the engine's ${actual} reads "${expected}"`
}
