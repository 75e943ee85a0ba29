/**
 * The state layer of the entry grid (no React): which periods are rows, what each cell holds, what
 * the editor typed, and which typed values are pending changes, invalid, or unchanged.
 */
import type { Frequency, Locale } from '@nap/domain'
import type { Grid, GridCell } from '../api/schemas.ts'
import type { CellChange } from '../api/observations.ts'
import { formatInputNumber, parseLocaleNumber, type NumberParseError } from './parse-locale-number.ts'

export const cellKey = (country: string, period: string) => `${country}|${period}`

/** The period after `period` in its frequency: 2025 → 2026, 2025-Q4 → 2026-Q1, 2025-12 → 2026-01. */
export function nextPeriod(period: string, frequency: Frequency): string {
  const year = Number(period.slice(0, 4))
  if (frequency === 'annual') return String(year + 1)
  if (frequency === 'quarterly') {
    const quarter = Number(period.slice(6))
    return quarter >= 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`
  }
  const month = Number(period.slice(5))
  return month >= 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
}

/** The first period of a year, for an indicator with no data yet. */
function firstPeriodOf(year: number, frequency: Frequency): string {
  if (frequency === 'annual') return String(year)
  return frequency === 'quarterly' ? `${year}-Q1` : `${year}-01`
}

export interface GridRows {
  /** Every period, newest first; the first is the empty next period when it may be entered. */
  periods: string[]
  /** The empty period added for the next value, if any. */
  next: string | null
}

/**
 * The rows of the grid: every period with a value, newest first, and on top the period after the
 * newest one when its year is not after `currentYear` (the API refuses later years).
 */
export function gridRows(grid: Pick<Grid, 'cells' | 'frequency'>, currentYear: number): GridRows {
  const periods = [...new Set(grid.cells.map((c) => c.period))].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
  const newest = periods[0]
  const candidate = newest === undefined ? firstPeriodOf(currentYear, grid.frequency) : nextPeriod(newest, grid.frequency)
  const next = Number(candidate.slice(0, 4)) <= currentYear ? candidate : null
  return { periods: next ? [next, ...periods] : periods, next }
}

export function cellsByKey(cells: readonly GridCell[]): Map<string, GridCell> {
  return new Map(cells.map((c) => [cellKey(c.country, c.period), c]))
}

/** The text a cell starts with: its value as the editor would type it (empty when absent or deleted). */
export function originalText(cell: GridCell | undefined, locale: Locale): string {
  return cell && !cell.deleted && cell.value !== null ? formatInputNumber(cell.value, locale) : ''
}

export type CellError = NumberParseError | 'cleared' | 'belowMin' | 'aboveMax'

export type CellEvaluation =
  | { kind: 'clean' }
  | { kind: 'pending'; value: number; change: CellChange }
  | { kind: 'invalid'; error: CellError; suggestions: string[] }

export interface Bounds {
  minValue: number | null
  maxValue: number | null
}

/** What the editor's text in one cell means: no change, a change to save, or a refusal to show. */
export function evaluateCell(
  country: string,
  period: string,
  cell: GridCell | undefined,
  text: string | undefined,
  locale: Locale,
  bounds: Bounds,
): CellEvaluation {
  if (text === undefined || text === originalText(cell, locale)) return { kind: 'clean' }
  const present = cell !== undefined && !cell.deleted && cell.value !== null
  const parsed = parseLocaleNumber(text, locale)
  if (!parsed.ok) {
    if (parsed.error === 'empty') return present ? { kind: 'invalid', error: 'cleared', suggestions: [] } : { kind: 'clean' }
    return { kind: 'invalid', error: parsed.error, suggestions: parsed.suggestions }
  }
  if (present && parsed.value === cell.value) return { kind: 'clean' }
  if (bounds.minValue !== null && parsed.value < bounds.minValue) {
    return { kind: 'invalid', error: 'belowMin', suggestions: [formatInputNumber(bounds.minValue, locale)] }
  }
  if (bounds.maxValue !== null && parsed.value > bounds.maxValue) {
    return { kind: 'invalid', error: 'aboveMax', suggestions: [formatInputNumber(bounds.maxValue, locale)] }
  }
  const change: CellChange = cell ? { country, period, value: parsed.value, version: cell.version } : { country, period, value: parsed.value }
  return { kind: 'pending', value: parsed.value, change }
}

export interface DraftSummary {
  evaluations: Map<string, CellEvaluation>
  /** The pending changes in grid order (newest period first, then column order). */
  changes: CellChange[]
  /** Keys of the cells whose text is refused. */
  invalid: string[]
}

/** Evaluates every typed cell of the grid. */
export function summarizeDrafts(grid: Grid, drafts: ReadonlyMap<string, string>, locale: Locale, periods: readonly string[]): DraftSummary {
  const cells = cellsByKey(grid.cells)
  const evaluations = new Map<string, CellEvaluation>()
  const changes: CellChange[] = []
  const invalid: string[] = []
  for (const period of periods) {
    for (const column of grid.columns) {
      if (!column.editable) continue
      const key = cellKey(column.country, period)
      const text = drafts.get(key)
      if (text === undefined) continue
      const evaluation = evaluateCell(column.country, period, cells.get(key), text, locale, grid)
      evaluations.set(key, evaluation)
      if (evaluation.kind === 'pending') changes.push(evaluation.change)
      else if (evaluation.kind === 'invalid') invalid.push(key)
    }
  }
  return { evaluations, changes, invalid }
}

/** Moves within a grid of `rows` × `cols` cells; null when the move would leave it. */
export function moveCell(
  position: { row: number; col: number },
  direction: 'up' | 'down' | 'left' | 'right' | 'first' | 'last',
  rows: number,
  cols: number,
): { row: number; col: number } | null {
  const { row, col } = position
  switch (direction) {
    case 'up':
      return row > 0 ? { row: row - 1, col } : null
    case 'down':
      return row < rows - 1 ? { row: row + 1, col } : null
    case 'left':
      return col > 0 ? { row, col: col - 1 } : null
    case 'right':
      return col < cols - 1 ? { row, col: col + 1 } : null
    case 'first':
      return rows > 0 && cols > 0 ? { row: 0, col: 0 } : null
    case 'last':
      return rows > 0 && cols > 0 ? { row: rows - 1, col: cols - 1 } : null
  }
}
