import { describe, expect, test } from 'vitest'
import type { RawObservation, Verdict } from '@nap/imports'
import { classifyVerdicts, countVerdicts, describeFlags, type ExistingPoint } from './import-verdicts.ts'

const raw = (over: Partial<RawObservation> = {}): RawObservation => ({ line: 7, column: '2023', indicatorRaw: 'BX.KLT.DINV.WD.GD.ZS', countryRaw: 'MEX', periodRaw: '2023', valueRaw: '1.9', ...over })
const NONE = { estimate: false, provisional: false, breakInSeries: false }
const point = (over: Partial<ExistingPoint> = {}): ExistingPoint => ({ id: 41, value: 1.70739186154278, version: 3, deleted: false, flags: NONE, sourceNote: 'World Bank WDI', ...over })
const matched = (over: Partial<Extract<Verdict, { verdict: 'matched' }>> = {}): Verdict => ({ verdict: 'matched', raw: raw(), slug: 'fdi-inflows', country: 'MEX', period: '2023', value: 1.9, ...over })

function classify(v: Verdict, existing: ExistingPoint | undefined) {
  const [row] = classifyVerdicts([v], { indicatorId: (slug) => (slug === 'fdi-inflows' ? 22 : undefined), existing: () => existing })
  if (row === undefined) throw new Error('no row')
  return row
}

describe('classifyVerdicts', () => {
  test.each([
    ['no point yet', matched(), undefined, 'new', 'fdi-inflows MEX 2023 has no value yet: 1.9 is added'],
    ['a deleted point', matched(), point({ deleted: true, value: null }), 'new', 'fdi-inflows MEX 2023 was deleted: 1.9 brings it back'],
    ['another value', matched(), point(), 'changed', 'fdi-inflows MEX 2023: value 1.70739186154278 → 1.9'],
    ['the same value, no flag column', matched({ value: 1.70739186154278 }), point({ flags: { ...NONE, estimate: true } }), 'unchanged', 'fdi-inflows MEX 2023 already has the value of the file (1.70739186154278)'],
    ['the same value, flags the file changes', matched({ value: 1.70739186154278, flags: { ...NONE, provisional: true } }), point(), 'changed', 'fdi-inflows MEX 2023: flags none → provisional'],
    ['the same value and flags', matched({ value: 1.70739186154278, flags: NONE }), point(), 'unchanged', 'fdi-inflows MEX 2023 already has the value, flags of the file (1.70739186154278)'],
    ['a new source note', matched({ value: 1.70739186154278, source: 'INEGI' }), point(), 'changed', 'fdi-inflows MEX 2023: source note "World Bank WDI" → "INEGI"'],
    ['an empty source keeps the note', matched({ value: 1.70739186154278, source: ' ' }), point(), 'unchanged', 'fdi-inflows MEX 2023 already has the value of the file (1.70739186154278)'],
    ['value and flags', matched({ flags: { estimate: true, provisional: false, breakInSeries: true } }), point(), 'changed', 'fdi-inflows MEX 2023: value 1.70739186154278 → 1.9; flags none → estimate, break in series'],
  ])('%s → %s', (_, verdict, existing, expected, reason) => {
    const row = classify(verdict, existing)
    expect(row.verdict).toBe(expected)
    expect(row.reason).toBe(reason)
  })

  test('a changed row keeps what a commit checks (the version) and what it sets', () => {
    expect(classify(matched({ flags: { ...NONE, estimate: true }, ignoredFlags: ['F'] }), point())).toEqual({
      seq: 0,
      line: 7,
      column: '2023',
      verdict: 'changed',
      code: null,
      reason: 'fdi-inflows MEX 2023: value 1.70739186154278 → 1.9; flags none → estimate',
      indicator: 'fdi-inflows',
      indicatorId: 22,
      country: 'MEX',
      period: '2023',
      valueText: '1.9',
      observationId: 41,
      oldValue: 1.70739186154278,
      oldVersion: 3,
      oldDeleted: false,
      oldFlags: NONE,
      oldSourceNote: 'World Bank WDI',
      newValue: 1.9,
      newFlags: { ...NONE, estimate: true },
      newSourceNote: null,
      ignoredFlags: ['F'],
      outlier: null,
    })
  })

  test('rejected and skipped values keep the reason and what the file wrote', () => {
    const rejected = classify({ verdict: 'rejected', raw: raw({ valueRaw: '1,5' }), code: 'bad-number', reason: '"1,5" is not a number', slug: 'fdi-inflows', country: 'MEX', period: '2023' }, undefined)
    expect(rejected).toMatchObject({ verdict: 'rejected', code: 'bad-number', reason: '"1,5" is not a number', indicator: 'fdi-inflows', indicatorId: 22, valueText: '1,5', newValue: null })
    const skipped = classify({ verdict: 'skipped', raw: raw({ countryRaw: ' DEU ', indicatorRaw: 'BM.KLT.DINV.WD.GD.ZS' }), code: 'untracked-country', reason: 'country DEU (Germany) is not tracked' }, undefined)
    expect(skipped).toMatchObject({ verdict: 'skipped', code: 'untracked-country', indicator: 'BM.KLT.DINV.WD.GD.ZS', indicatorId: null, country: 'DEU', period: '2023' })
  })

  test('counts every verdict', () => {
    expect(countVerdicts([{ verdict: 'new' }, { verdict: 'new' }, { verdict: 'skipped' }, { verdict: 'unchanged' }])).toEqual({ new: 2, changed: 0, unchanged: 1, rejected: 0, skipped: 1 })
  })

  test.each([
    [NONE, 'none'],
    [{ estimate: true, provisional: true, breakInSeries: false }, 'estimate, provisional'],
    [{ estimate: false, provisional: false, breakInSeries: true }, 'break in series'],
  ])('describeFlags(%o) = %s', (flags, words) => {
    expect(describeFlags(flags)).toBe(words)
  })
})
