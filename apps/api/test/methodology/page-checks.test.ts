import { describe, expect, test } from 'vitest'
import type { Locale } from '@nap/domain'
import { checksIn, flatten, mismatch, sectionOf, uncheckedNumbers, type Check, type Leaf } from './page-checks.ts'

const check = (key: string, text: string, extra: Partial<Check> = {}): Check => ({ key, text, percent: false, value: null, status: null, ...extra })
const values = new Map<string, Leaf>([
  ['A.latest.value', 22039.6287019016],
  ['A.paceRatio', 0.5367405193780583],
  ['A.gapToPath', -0.0026927398256949226],
  ['A.yearReached', 2072.3468455864513],
  ['A.latest.year', 2024],
  ['A.status', 'off_track'],
  ['A.direction', 1],
  ['C.milestones.0.onCourse', false],
])

describe('checksIn', () => {
  test('reads key, text and format of each checked span, in any attribute order, and skips comments', () => {
    const markdown = [
      '<!-- e.g. <span data-check="X.y">1</span> -->',
      'R = <span data-check="A.paceRatio">0.5367</span>, gap <span data-format="percent" data-check="A.gapToPath">−0.27</span> %,',
      '<span data-check="A.status" data-status-chip="off_track">off track</span>, <span data-check="A.direction" data-value="1">higher</span>,',
      '<span class="other">2</span>',
    ].join('\n')
    expect(checksIn(markdown)).toEqual([
      check('A.paceRatio', '0.5367'),
      check('A.gapToPath', '−0.27', { percent: true }),
      check('A.status', 'off track', { status: 'off_track' }),
      check('A.direction', 'higher', { value: '1' }),
    ])
  })
})

describe('mismatch', () => {
  test.each<[string, Check, Locale, boolean]>([
    ['en groups thousands with a comma', check('A.latest.value', '22,040'), 'en', true],
    ['es-MX writes numbers as en-US', check('A.latest.value', '22,040'), 'es', true],
    ['fr-CA groups with a no-break space', check('A.latest.value', '22&nbsp;040'), 'fr', true],
    ['fr-CA accepts a plain space too', check('A.latest.value', '22 040'), 'fr', true],
    ['fr-CA does not group with a comma', check('A.latest.value', '22,040'), 'fr', false],
    ['the last digit shown must be the rounded value', check('A.latest.value', '22,039'), 'en', false],
    ['a value with 4 decimals', check('A.paceRatio', '0.5367'), 'en', true],
    ['one digit off', check('A.paceRatio', '0.5368'), 'en', false],
    ['fewer decimals shown are checked at that precision', check('A.paceRatio', '0.54'), 'en', true],
    ['a decimal comma in French', check('A.paceRatio', '0,5367'), 'fr', true],
    ['no decimal comma in Mexican Spanish', check('A.paceRatio', '0,5367'), 'es', false],
    ['a percentage with the typographic minus', check('A.gapToPath', '−0.27', { percent: true }), 'en', true],
    ['a fraction is not a percentage', check('A.gapToPath', '−0.0027'), 'en', true],
    ['a percentage is not a fraction', check('A.gapToPath', '−0.0027', { percent: true }), 'en', false],
    ['a sign is part of the value', check('A.gapToPath', '0.27', { percent: true }), 'en', false],
    ['years have no thousands separator', check('A.yearReached', '2072.3'), 'en', true],
    ['a grouped year fails', check('A.latest.year', '2,024'), 'en', false],
    ['a status chip', check('A.status', '', { status: 'off_track' }), 'en', true],
    ['a wrong status chip', check('A.status', '', { status: 'on_track' }), 'en', false],
    ['a checked word', check('A.direction', 'higher is better', { value: '1' }), 'en', true],
    ['a wrong checked word', check('A.direction', 'lower is better', { value: '-1' }), 'en', false],
    ['a boolean', check('C.milestones.0.onCourse', 'not on course', { value: 'false' }), 'en', true],
    ['an unknown key', check('A.nothing', '1'), 'en', false],
    ['a word is not a number', check('A.status', 'off track'), 'en', false],
  ])('%s', (_name, item, lang, agrees) => {
    expect(mismatch(item, values, lang) === null).toBe(agrees)
  })

  test('says what differs', () => {
    expect(mismatch(check('A.paceRatio', '0.5368'), values, 'en')).toBe(
      'A.paceRatio: the page shows "0.5368", the engine\'s 0.5367405193780583 reads "0.5367"',
    )
  })
})

describe('flatten', () => {
  test('names every leaf by its dotted path, arrays by index', () => {
    expect([...flatten({ latest: { year: 2024, value: 1.5 }, bands: [1, 0.5], trend: null, ok: true })]).toEqual([
      ['latest.year', 2024],
      ['latest.value', 1.5],
      ['bands.0', 1],
      ['bands.1', 0.5],
      ['trend', null],
      ['ok', true],
    ])
  })
})

describe('sectionOf and uncheckedNumbers', () => {
  const markdown = [
    '## Methods {#methods}',
    'R ≥ 0.95',
    '## Worked examples {#examples}',
    'R = <span data-check="A.paceRatio">0.5367</span> in <span class="x">2050</span>, PPP of 2021.',
    '## After {#after}',
    'W = 10',
  ].join('\n')

  test('a section runs from its heading to the next level-2 heading', () => {
    expect(sectionOf(markdown, 'examples')).toBe(
      '## Worked examples {#examples}\nR = <span data-check="A.paceRatio">0.5367</span> in <span class="x">2050</span>, PPP of 2021.\n',
    )
    expect(sectionOf(markdown, 'missing')).toBe('')
  })

  test('finds the numbers that no check covers', () => {
    expect(uncheckedNumbers(sectionOf(markdown, 'examples'))).toEqual(['2050', '2021.'])
  })
})
