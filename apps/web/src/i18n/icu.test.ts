import { describe, expect, test } from 'vitest'
import { createIntl, createIntlCache } from 'react-intl'
import { LOCALES } from '@nap/domain'
import { FAST_FACTS } from '@/features/overview/content/fast-facts.ts'
import { INTL_LOCALES } from '@/lib/format.ts'
import { catalogs } from '@/testing/catalogs.ts'
import { formatIcuMessage, parseIcu, type IcuValues } from './icu.ts'
import { messageArguments, parseMessage } from './message-arguments.ts'

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('parseIcu', () => {
  test.each<[string, unknown]>([
    ['Plain text.', ['Plain text.']],
    ['Goal {id}: {name}', ['Goal ', { kind: 'arg', name: 'id' }, ': ', { kind: 'arg', name: 'name' }]],
    ['{ n }', [{ kind: 'arg', name: 'n' }]],
    ["l'objectif d''{x}", ["l'objectif d'", { kind: 'arg', name: 'x' }]],
    ["'{literal}' braces", ['{literal} braces']],
    [
      '{n, plural, =0 {none} one {# item} other {# items}}',
      [{ kind: 'plural', name: 'n', ordinal: false, offset: 0, options: { '=0': ['none'], one: [{ kind: 'pound' }, ' item'], other: [{ kind: 'pound' }, ' items'] } }],
    ],
    ['{n, selectordinal, one {#st} other {#th}}', [{ kind: 'plural', name: 'n', ordinal: true, offset: 0, options: { one: [{ kind: 'pound' }, 'st'], other: [{ kind: 'pound' }, 'th'] } }]],
    ['{n, plural, offset:1 other {#}}', [{ kind: 'plural', name: 'n', ordinal: false, offset: 1, options: { other: [{ kind: 'pound' }] } }]],
    ['{d, select, up {higher} other {lower}}', [{ kind: 'select', name: 'd', options: { up: ['higher'], other: ['lower'] } }]],
    ['# outside a plural', ['# outside a plural']],
    ["{n, plural, other {'#' is #}}", [{ kind: 'plural', name: 'n', ordinal: false, offset: 0, options: { other: ['# is ', { kind: 'pound' }] } }]],
    ['R < 0.95', ['R < 0.95']],
  ])('reads %j', (message, expected) => {
    expect(parseIcu(message)).toEqual(expected)
  })

  test.each([
    ['{n, plural, one {# x} other {y}', 'expected "}"'],
    ['{n, plural, one {x}}', 'missing the "other" option'],
    ['{n, number}', 'expected ","'],
    ['{n, date, short}', 'unsupported argument type "date"'],
    ['text }', 'unmatched "}"'],
    ['<b>bold</b>', 'rich-text tags are not supported'],
    ['{d, select, =1 {x} other {y}}', 'invalid selector "=1"'],
  ])('refuses %j', (message, problem) => {
    expect(() => parseIcu(message)).toThrow(problem)
  })
})

describe('formatIcuMessage', () => {
  test.each<[string, string, IcuValues | undefined, string]>([
    ['{n, plural, =0 {no indicator} one {# indicator} other {# indicators}}', 'en-US', { n: 0 }, 'no indicator'],
    ['{n, plural, one {# indicator} other {# indicators}}', 'en-US', { n: 1 }, '1 indicator'],
    ['{n, plural, one {# indicator} other {# indicators}}', 'en-US', { n: 12345 }, '12,345 indicators'],
    ['{n, plural, one {# indicateur} other {# indicateurs}}', 'fr-CA', { n: 0 }, '0 indicateur'],
    ['{n, plural, one {# indicateur} other {# indicateurs}}', 'fr-CA', { n: 12345 }, '12 345 indicateurs'],
    ['{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', 'en-US', { n: 22 }, '22nd'],
    ['{n, plural, offset:1 one {you and # other} other {you and # others}}', 'en-US', { n: 2 }, 'you and 1 other'],
    ['{d, select, up {higher} other {lower}} than {a}', 'en-US', { d: 'up', a: 'Canada' }, 'higher than Canada'],
    ['{d, select, up {higher} other {lower}}', 'en-US', { d: 'sideways' }, 'lower'],
    ['{n, plural, other {{d, select, x {#} other {#}}}}', 'en-US', { n: 3, d: 'x' }, ''],
    ['Year {y}', 'en-US', { y: 2024 }, 'Year 2024'],
    ['No arguments', 'en-US', undefined, 'No arguments'],
  ])('writes %j in %s', (message, locale, values, expected) => {
    expect(plain(formatIcuMessage(message, locale, values))).toBe(expected)
  })

  test('throws when a value is missing, as FormatJS does', () => {
    expect(() => formatIcuMessage('Goal {id}: {name}', 'en-US', { id: 2 })).toThrow('The value of "name" is missing')
  })
})

/** FormatJS (react-intl), the reference: the same locale data through the full library. */
function formatJs(message: string, locale: string, values: IcuValues): { text: string } | { error: true } {
  const intl = createIntl({ locale, messages: {} }, createIntlCache())
  try {
    return { text: String(intl.formatters.getMessageFormat(message, locale).format(values)) }
  } catch {
    return { error: true }
  }
}

function ours(message: string, locale: string, values: IcuValues): { text: string } | { error: true } {
  try {
    return { text: formatIcuMessage(message, locale, values) }
  } catch {
    return { error: true }
  }
}

const PLURAL_SAMPLES = [0, 1, 2, 3, 5, 11, 21, 100, 1200, 1.5, -1]

/** Value sets for a message: every plural sample, every select option and one unknown key, and one with a value left out. */
function valueSets(message: string): IcuValues[] {
  const args = messageArguments(message)
  const selectKeys = (name: string): string[] => {
    const keys = new Set<string>(['not-an-option'])
    const walk = (elements: ReturnType<typeof parseMessage>) => {
      for (const element of elements) {
        if ('options' in element) {
          if (element.value === name) Object.keys(element.options).forEach((key) => keys.add(key))
          Object.values(element.options).forEach((option) => walk(option.value))
        }
      }
    }
    walk(parseMessage(message))
    return [...keys]
  }
  const base: Record<string, string | number> = Object.fromEntries(args.map((a) => [a.name, a.kind === 'plural' ? 3 : `<${a.name}>`]))
  const sets: IcuValues[] = [base]
  for (const a of args) {
    if (a.kind === 'plural') for (const n of PLURAL_SAMPLES) sets.push({ ...base, [a.name]: n })
    if (a.kind === 'select') for (const key of selectKeys(a.name)) sets.push({ ...base, [a.name]: key })
    if (a.kind === 'plain') sets.push({ ...base, [a.name]: 12345.5 })
    const { [a.name]: _left, ...without } = base
    sets.push(without)
  }
  return sets
}

describe('the same text as FormatJS', () => {
  const messages = [
    ...LOCALES.flatMap((lang) => Object.entries(catalogs[lang]).map(([key, message]) => ({ lang, key, message }))),
    ...FAST_FACTS.flatMap((fact) => LOCALES.map((lang) => ({ lang, key: `fast fact ${fact.id}`, message: fact.text[lang] }))),
  ]

  test('for every message of every catalog and fast fact, with every kind of value', () => {
    let compared = 0
    const differences: string[] = []
    for (const { lang, key, message } of messages) {
      for (const values of valueSets(message)) {
        const expected = formatJs(message, INTL_LOCALES[lang], values)
        const actual = ours(message, INTL_LOCALES[lang], values)
        compared += 1
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          differences.push(`${lang} ${key} ${JSON.stringify(values)}: ${JSON.stringify(actual)} ≠ FormatJS ${JSON.stringify(expected)}`)
        }
      }
    }
    expect(differences).toEqual([])
    expect(compared).toBeGreaterThan(3 * 545)
  })
})
