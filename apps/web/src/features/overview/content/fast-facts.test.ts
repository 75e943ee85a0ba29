import { describe, expect, test } from 'vitest'
import { LOCALES } from '@nap/domain'
import { messageArguments } from '@/i18n/message-arguments.ts'
import { FAST_FACTS, factText } from './fast-facts.ts'

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('fast facts', () => {
  test('every fact has text and a source in all three languages with the same placeholders', () => {
    for (const fact of FAST_FACTS) {
      for (const lang of LOCALES) {
        expect(fact.text[lang], `${fact.id} ${lang}`).not.toBe('')
        expect(fact.source[lang], `${fact.id} ${lang}`).not.toBe('')
        expect(messageArguments(fact.text[lang])).toEqual(messageArguments(fact.text.en))
      }
    }
  })

  test('writes the trilateral trade figure in each locale', () => {
    const fact = FAST_FACTS.find((f) => f.id === 'trilateral-trade')
    expect(plain(fact?.figure('en') ?? '')).toBe('US$803 billion → US$1.6 trillion')
    expect(plain(fact?.figure('es') ?? '')).toBe('803 mil millones de dólares → 1.6 billones de dólares')
    expect(plain(fact?.figure('fr') ?? '')).toBe('803 milliards $ US → 1,6 billion $ US')
  })

  test('fills numbers into the sentence in the reader’s locale', () => {
    const jobs = FAST_FACTS.find((f) => f.id === 'manufacturing-jobs')
    expect(plain(jobs?.figure('fr') ?? '')).toBe('113 000 · 48 375 · 40 600')
    const agriculture = FAST_FACTS.find((f) => f.id === 'agriculture')
    expect(agriculture && plain(factText(agriculture, 'fr'))).toBe(
      'Part du Mexique dans les importations agricoles des États-Unis en 2025; le Mexique a aussi reçu 16,9 % des exportations agricoles américaines.',
    )
  })
})
