import { describe, expect, test } from 'vitest'
import { LOCALES, type Locale } from '@nap/domain'
import { catalogs, testTranslator } from '@/testing/catalogs.ts'
import { messageArguments, parseMessage, type MessageArgument } from './message-arguments.ts'
import { loadedMessages, loadMessages, type MessageKey } from './messages/index.ts'
import { createTranslator, formatIcu } from './translate.ts'

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
const englishKeys = Object.keys(catalogs.en).sort()
const isKey = (key: string): key is MessageKey => key in catalogs.en

const everyMessage = LOCALES.flatMap((lang) =>
  Object.entries(catalogs[lang]).map(([key, message]) => ({ lang, key, message })),
)

/** A value of the right kind for each argument: a count for plurals, a marker string otherwise. */
function sampleValues(args: readonly MessageArgument[]): Record<string, string | number> {
  return Object.fromEntries(args.map((a) => [a.name, a.kind === 'plural' ? 3 : `<${a.name}>`]))
}

describe('message catalogs', () => {
  test.each(LOCALES)('the %s catalog has exactly the English keys', (lang) => {
    expect(Object.keys(catalogs[lang]).sort()).toEqual(englishKeys)
  })

  test('every message of every language parses as ICU MessageFormat', () => {
    const broken = everyMessage.filter(({ message }) => {
      try {
        parseMessage(message)
        return false
      } catch {
        return true
      }
    })
    expect(broken).toEqual([])
    expect(() => parseMessage('{count, plural, one {# indicator}')).toThrow()
  })

  test.each(LOCALES)('every %s message is non-empty and has the same arguments as English', (lang) => {
    for (const key of englishKeys) {
      if (!isKey(key)) throw new Error(key)
      const message = catalogs[lang][key]
      expect(message.trim(), key).not.toBe('')
      expect(messageArguments(message).map((a) => a.name), `${lang} ${key}`).toEqual(
        messageArguments(catalogs.en[key]).map((a) => a.name),
      )
    }
  })

  test('every message formats without error when given its arguments', () => {
    for (const { lang, key, message } of everyMessage) {
      if (!isKey(key)) throw new Error(key)
      const text = testTranslator(lang)(key, sampleValues(messageArguments(message)))
      expect(text, `${lang} ${key}`).not.toMatch(/[{}]/)
    }
  })

  test('uses the exact status words of the UI guide in every language', () => {
    expect(catalogs.en['status.off_track']).toBe('Off track')
    expect(catalogs.es['status.off_track']).toBe('Rezagado')
    expect(catalogs.fr['status.off_track']).toBe('Hors trajectoire')
    expect(catalogs.en['status.moderate']).toBe('Progress, must accelerate')
    expect(catalogs.es['status.moderate']).toBe('Avanza, debe acelerar')
    expect(catalogs.fr['status.moderate']).toBe('Progrès, doit accélérer')
    expect(catalogs.es['status.no_target']).toBe('Sin meta (solo tendencia)')
    expect(catalogs.fr['status.no_target']).toBe('Sans cible (tendance)')
  })
})

describe('messageArguments', () => {
  test.each([
    ['No arguments here.', []],
    ['{assessed} of {total} assessed', [{ name: 'assessed', kind: 'plain' }, { name: 'total', kind: 'plain' }]],
    [
      '{assessed} of {total, plural, one {# indicator} other {# indicators}} in {year}',
      [{ name: 'assessed', kind: 'plain' }, { name: 'total', kind: 'plural' }, { name: 'year', kind: 'plain' }],
    ],
    ['{n, plural, one {# de {total} evaluado} other {# de {total} evaluados}}', [{ name: 'n', kind: 'plural' }, { name: 'total', kind: 'plain' }]],
    ['{dir, select, up {higher} other {lower}} than {a}', [{ name: 'a', kind: 'plain' }, { name: 'dir', kind: 'select' }]],
    ["the project's goal: R < 0.95", []],
  ])('reads the arguments of %j', (message, expected) => {
    expect(messageArguments(message)).toEqual(expected)
  })
})

/** Counts written with the right plural form in each language: 1 and 5 of every counted noun. */
describe('plurals', () => {
  const cases: [Locale, MessageKey, string, Record<string, string | number>, string, string][] = [
    ['en', 'goals.indicatorCount', 'count', {}, '1 indicator', '5 indicators'],
    ['es', 'goals.indicatorCount', 'count', {}, '1 indicador', '5 indicadores'],
    ['fr', 'goals.indicatorCount', 'count', {}, '1 indicateur', '5 indicateurs'],
    ['en', 'about.windowValue', 'years', {}, '1 year', '5 years'],
    ['es', 'about.windowValue', 'years', {}, '1 año', '5 años'],
    ['fr', 'about.windowValue', 'years', {}, '1 an', '5 ans'],
    ['en', 'about.coverageValue', 'count', { from: '2020', to: '2024' }, '2020–2024 (1 value)', '2020–2024 (5 values)'],
    ['es', 'about.coverageValue', 'count', { from: '2020', to: '2024' }, '2020–2024 (1 valor)', '2020–2024 (5 valores)'],
    ['fr', 'about.coverageValue', 'count', { from: '2020', to: '2024' }, '2020–2024 (1 valeur)', '2020–2024 (5 valeurs)'],
    ['en', 'overview.assessed', 'assessed', { total: 7 }, '1 of 7 assessed', '5 of 7 assessed'],
    ['es', 'overview.assessed', 'assessed', { total: 7 }, '1 de 7 evaluado', '5 de 7 evaluados'],
    ['fr', 'overview.assessed', 'assessed', { total: 7 }, '1 sur 7 évalué', '5 sur 7 évalués'],
    ['en', 'overview.cellCoverage', 'total', { assessed: 1 }, '1 of 1 indicator assessed', '1 of 5 indicators assessed'],
    ['es', 'overview.cellCoverage', 'total', { assessed: 1 }, '1 de 1 indicador evaluado', '1 de 5 indicadores evaluados'],
    ['fr', 'overview.cellCoverage', 'total', { assessed: 1 }, '1 sur 1 indicateur évalué', '1 sur 5 indicateurs évalués'],
  ]
  test.each(cases)('%s %s: %s = 1 and 5', (lang, key, count, values, one, five) => {
    const t = testTranslator(lang)
    expect(t(key, { ...values, [count]: 1 })).toBe(one)
    expect(t(key, { ...values, [count]: 5 })).toBe(five)
  })

  test.each([
    ['en', 'Goal 1, Mexico: On track, 1 of 1 indicator assessed', 'Goal 1, Mexico: On track, 5 of 5 indicators assessed'],
    ['es', 'Meta 1, México: En camino; 1 de 1 indicador evaluado', 'Meta 1, México: En camino; 5 de 5 indicadores evaluados'],
    ['fr', 'Objectif 1, Mexique : En bonne voie; 1 sur 1 indicateur évalué', 'Objectif 1, Mexique : En bonne voie; 5 sur 5 indicateurs évalués'],
  ] as const)('the %s status-cell name counts indicators', (lang, one, five) => {
    const t = testTranslator(lang)
    const country = { en: 'Mexico', es: 'México', fr: 'Mexique' }[lang]
    const cell = (n: number) =>
      t('overview.cellLabel', { id: 1, country, status: t('status.on_track'), coverage: t('overview.cellCoverage', { assessed: n, total: n }) })
    expect(cell(1)).toBe(one)
    expect(cell(5)).toBe(five)
  })

  test.each([
    ['en', '1 indicator · 1 shared goal · 1 country · latest data 2024', '5 indicators · 5 shared goals · 5 countries · latest data 2024'],
    ['es', '1 indicador · 1 meta compartida · 1 país · datos más recientes 2024', '5 indicadores · 5 metas compartidas · 5 países · datos más recientes 2024'],
    ['fr', '1 indicateur · 1 objectif commun · 1 pays · dernières données 2024', '5 indicateurs · 5 objectifs communs · 5 pays · dernières données 2024'],
  ] as const)('the %s overview summary counts indicators, goals and countries', (lang, one, five) => {
    const t = testTranslator(lang)
    expect(t('overview.summary', { indicators: 1, goals: 1, countries: 1, year: '2024' })).toBe(one)
    expect(t('overview.summary', { indicators: 5, goals: 5, countries: 5, year: '2024' })).toBe(five)
  })

  test('French uses the singular for zero, English and Spanish the plural', () => {
    expect(testTranslator('fr')('goals.indicatorCount', { count: 0 })).toBe('0 indicateur')
    expect(testTranslator('en')('goals.indicatorCount', { count: 0 })).toBe('0 indicators')
    expect(testTranslator('es')('goals.indicatorCount', { count: 0 })).toBe('0 indicadores')
  })

  test('writes the count with the locale’s digit grouping (en-US, es-MX, fr-CA)', () => {
    const database = (lang: Locale) =>
      plain(testTranslator(lang)('about.database', { observations: 12345, indicators: 28, date: 'D' }))
    expect(database('en')).toBe('12,345 current observations for 28 indicators; last change D.')
    expect(database('es')).toBe('12,345 observaciones vigentes de 28 indicadores; último cambio: D.')
    expect(database('fr')).toBe('12 345 observations courantes pour 28 indicateurs; dernière modification : D.')
  })
})

describe('translate', () => {
  test('fills arguments with the given values', () => {
    expect(testTranslator('es')('goal.title', { id: 2, name: 'Crecimiento' })).toBe('Meta 2: Crecimiento')
  })

  test('reports a missing value and shows the message source instead of failing the page', () => {
    const errors: string[] = []
    const t = createTranslator('en', catalogs.en, (error) => errors.push(error.message))
    expect(t('goal.title', { id: 2 })).toBe('Goal {id}: {name}')
    expect(errors).toHaveLength(1)
  })

  test('formats an ICU message from a content module in the reader’s locale', () => {
    expect(plain(formatIcu('{n, plural, one {# case} other {# cases}} in {place}', 'fr', { n: 1200, place: 'Laredo' }))).toBe(
      '1 200 cases in Laredo',
    )
  })
})

describe('catalog loading', () => {
  test('has English at once and loads Spanish and French on demand', async () => {
    expect(loadedMessages('en')?.['nav.overview']).toBe('Overview')
    expect(loadedMessages('fr')).toBeUndefined()
    const french = await loadMessages('fr')
    expect(french['nav.overview']).toBe('Aperçu')
    expect(loadedMessages('fr')).toBe(french)
    expect(loadMessages('es')).toBe(loadMessages('es'))
    expect((await loadMessages('es'))['nav.overview']).toBe(catalogs.es['nav.overview'])
  })
})
