import { describe, expect, test } from 'vitest'
import type { Frequency } from '@nap/domain'
import { unemploymentGrid } from '../testing/unemployment-grid.ts'
import { cellKey, cellsByKey, evaluateCell, gridRows, moveCell, nextPeriod, originalText, summarizeDrafts } from './grid-model.ts'

describe('nextPeriod', () => {
  test.each([
    ['2025', 'annual', '2026'],
    ['2025-Q3', 'quarterly', '2025-Q4'],
    ['2025-Q4', 'quarterly', '2026-Q1'],
    ['2025-09', 'monthly', '2025-10'],
    ['2025-12', 'monthly', '2026-01'],
  ] as [string, Frequency, string][])('after %s (%s) comes %s', (period, frequency, next) => {
    expect(nextPeriod(period, frequency)).toBe(next)
  })
})

describe('gridRows', () => {
  test('lists the periods newest first under an empty row for the next one', () => {
    expect(gridRows(unemploymentGrid, 2026)).toEqual({ periods: ['2026', '2025', '2024', '2023'], next: '2026' })
  })

  test('adds no row for a year after the current one (the API refuses it)', () => {
    expect(gridRows(unemploymentGrid, 2025)).toEqual({ periods: ['2025', '2024', '2023'], next: null })
  })

  test('starts an indicator without data at the first period of this year', () => {
    expect(gridRows({ cells: [], frequency: 'quarterly' }, 2026)).toEqual({ periods: ['2026-Q1'], next: '2026-Q1' })
  })
})

describe('evaluateCell', () => {
  const cells = cellsByKey(unemploymentGrid.cells)
  const mex2025 = cells.get(cellKey('MEX', '2025'))
  const bounds = { minValue: 0, maxValue: 100 }

  test('a cell starts with its value written as typed in the language', () => {
    expect(originalText(mex2025, 'en')).toBe('2.673')
    expect(originalText(mex2025, 'es')).toBe('2,673')
    expect(originalText(undefined, 'fr')).toBe('')
  })

  test('a new value for the next period is a change without a version', () => {
    expect(evaluateCell('MEX', '2026', undefined, '2,7', 'es', bounds)).toEqual({
      kind: 'pending',
      value: 2.7,
      change: { country: 'MEX', period: '2026', value: 2.7 },
    })
  })

  test('a correction carries the version it was read at', () => {
    expect(evaluateCell('MEX', '2025', mex2025, '2.8', 'en', bounds)).toEqual({
      kind: 'pending',
      value: 2.8,
      change: { country: 'MEX', period: '2025', value: 2.8, version: 1 },
    })
  })

  test('the same value written differently is no change', () => {
    expect(evaluateCell('MEX', '2025', mex2025, '2.6730', 'en', bounds)).toEqual({ kind: 'clean' })
    expect(evaluateCell('MEX', '2026', undefined, '', 'en', bounds)).toEqual({ kind: 'clean' })
  })

  test.each([
    ['', 'cleared', []],
    ['2,67', 'decimalSeparator', ['2.67']],
    ['2,673', 'aboveMax', ['100']],
    ['-1', 'belowMin', ['0']],
    ['140', 'aboveMax', ['100']],
    ['2.7%', 'characters', []],
  ])('refuses %j in English as %s', (text, error, suggestions) => {
    expect(evaluateCell('MEX', '2025', mex2025, text, 'en', bounds)).toEqual({ kind: 'invalid', error, suggestions })
  })
})

describe('summarizeDrafts', () => {
  test('collects the pending changes in grid order and the refused cells, never a computed column', () => {
    const drafts = new Map([
      [cellKey('USA', '2024'), '4,1'],
      [cellKey('MEX', '2026'), '2,7'],
      [cellKey('CAN', '2025'), '6.907'],
      [cellKey('NAM', '2025'), '9'],
      [cellKey('CAN', '2026'), '22.040'],
    ])
    const summary = summarizeDrafts(unemploymentGrid, drafts, 'es', gridRows(unemploymentGrid, 2026).periods)
    expect(summary.changes).toEqual([
      { country: 'MEX', period: '2026', value: 2.7 },
      { country: 'USA', period: '2024', value: 4.1, version: 1 },
    ])
    expect(summary.invalid).toEqual([cellKey('CAN', '2026'), cellKey('CAN', '2025')])
    expect(summary.evaluations.get(cellKey('CAN', '2026'))).toEqual({ kind: 'invalid', error: 'ambiguous', suggestions: ['22040', '22,04'] })
    expect(summary.evaluations.has(cellKey('NAM', '2025'))).toBe(false)
  })
})

describe('moveCell', () => {
  test.each([
    [{ row: 1, col: 1 }, 'up', { row: 0, col: 1 }],
    [{ row: 0, col: 1 }, 'up', null],
    [{ row: 3, col: 1 }, 'down', null],
    [{ row: 1, col: 0 }, 'left', null],
    [{ row: 1, col: 3 }, 'right', null],
    [{ row: 1, col: 2 }, 'right', { row: 1, col: 3 }],
    [{ row: 2, col: 2 }, 'first', { row: 0, col: 0 }],
    [{ row: 0, col: 0 }, 'last', { row: 3, col: 3 }],
  ] as const)('from %o, %s goes to %o', (from, direction, to) => {
    expect(moveCell(from, direction, 4, 4)).toEqual(to)
  })
})
