import { useRef, useState, type KeyboardEvent } from 'react'
import { Calculator, History } from 'lucide-react'
import { useI18n } from '@/i18n/use-i18n.ts'
import type { Grid } from '../api/schemas.ts'
import { cellKey, cellsByKey, moveCell, originalText, type CellEvaluation } from '../utils/grid-model.ts'
import { cellErrorText } from '../utils/cell-messages.ts'
import { formatInputNumber } from '../utils/parse-locale-number.ts'

/** A remark on a cell from the server: an outlier to confirm, or a value someone else changed. */
export interface CellNote {
  kind: 'outlier' | 'stale' | 'refused'
  text: string
}

export interface ActiveCell {
  country: string
  period: string
}

interface EntryGridProps {
  grid: Grid
  /** The rows shown, newest first. */
  periods: readonly string[]
  /** The empty row for the next period, if shown. */
  next: string | null
  caption: string
  drafts: ReadonlyMap<string, string>
  evaluations: ReadonlyMap<string, CellEvaluation>
  notes: ReadonlyMap<string, CellNote>
  countryNames: Partial<Record<string, string>>
  /** A typed text; undefined reverts the cell to its saved value. */
  onDraft: (key: string, text: string | undefined) => void
  onHistory: (cell: ActiveCell) => void
}

type Direction = Parameters<typeof moveCell>[1]

/**
 * The entry grid: periods (rows) × countries (columns), like a spreadsheet. One cell is in the tab
 * order at a time (roving focus): arrows move (left/right once the caret is at the edge of the text),
 * Enter and Shift+Enter move down and up, Tab and Shift+Tab move along the row and leave the grid at
 * its ends, Ctrl+Home / Ctrl+End jump to the first / last cell, Escape undoes the cell's change.
 * Computed columns are read-only and marked; pending, refused, unusual and stale cells carry a marker
 * and words, not only a colour.
 */
export function EntryGrid({ grid, periods, next, caption, drafts, evaluations, notes, countryNames, onDraft, onHistory }: EntryGridProps) {
  const { t, lang } = useI18n()
  const cells = cellsByKey(grid.cells)
  const refs = useRef(new Map<string, HTMLInputElement>())
  const firstEditable = Math.max(
    0,
    grid.columns.findIndex((c) => c.editable),
  )
  const [active, setActive] = useState({ row: 0, col: firstEditable })
  const rows = periods.length
  const cols = grid.columns.length
  const position = { row: Math.min(active.row, Math.max(rows - 1, 0)), col: Math.min(active.col, Math.max(cols - 1, 0)) }
  const name = (code: string) => countryNames[code] ?? code
  const activeColumn = grid.columns[position.col]
  const activePeriod = periods[position.row]

  const focusAt = (target: { row: number; col: number }) => {
    setActive(target)
    const input = refs.current.get(`${target.row}:${target.col}`)
    if (input) {
      input.focus()
      input.select()
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, key: string) => {
    const input = event.currentTarget
    const length = input.value.length
    const start = input.selectionStart ?? 0
    const end = input.selectionEnd ?? 0
    const whole = start === 0 && end === length
    let direction: Direction | null = null
    switch (event.key) {
      case 'ArrowUp':
        direction = 'up'
        break
      case 'ArrowDown':
        direction = 'down'
        break
      case 'ArrowLeft':
        if (input.readOnly || whole || (start === 0 && end === 0)) direction = 'left'
        break
      case 'ArrowRight':
        if (input.readOnly || whole || (start === length && end === length)) direction = 'right'
        break
      case 'Enter':
        direction = event.shiftKey ? 'up' : 'down'
        event.preventDefault()
        break
      case 'Tab':
        direction = event.shiftKey ? 'left' : 'right'
        break
      case 'Home':
        if (event.ctrlKey || event.metaKey) direction = 'first'
        break
      case 'End':
        if (event.ctrlKey || event.metaKey) direction = 'last'
        break
      case 'Escape':
        if (drafts.has(key)) {
          event.preventDefault()
          onDraft(key, undefined)
        }
        return
      default:
        return
    }
    if (direction === null) return
    const target = moveCell({ row, col }, direction, rows, cols)
    // Tab at the end of a row (or Shift+Tab at its start) leaves the grid as usual.
    if (!target) return
    event.preventDefault()
    focusAt(target)
  }

  return (
    <div className="entry-grid">
      <div className="entry-grid__toolbar">
        <p className="note" id="entry-grid-keys">
          {t('admin.grid.keys')}
        </p>
        {activeColumn && activePeriod ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onHistory({ country: activeColumn.country, period: activePeriod })}
          >
            <History aria-hidden="true" size={16} /> {t('admin.grid.history', { cell: t('admin.grid.cellName', { country: name(activeColumn.country), period: activePeriod }) })}
          </button>
        ) : null}
      </div>
      <div className="table-scroll entry-grid__scroll" role="region" aria-label={caption}>
        <table className="data-table entry-grid__table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.grid.period')}</th>
              {grid.columns.map((column) => (
                <th scope="col" key={column.country} className={column.editable ? undefined : 'entry-grid__computed-head'}>
                  {name(column.country)}
                  {column.editable ? null : ' '}
                  {column.editable ? null : (
                    <span className="entry-grid__computed-tag">
                      <Calculator aria-hidden="true" size={14} /> {t('admin.grid.computed')}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period, row) => (
              <tr key={period} className={period === next ? 'entry-grid__next' : undefined}>
                <th scope="row">
                  {period}
                  {period === next ? <span className="entry-grid__next-tag">{t('admin.grid.nextPeriod')}</span> : null}
                </th>
                {grid.columns.map((column, col) => {
                  const key = cellKey(column.country, period)
                  const cell = cells.get(key)
                  const evaluation = evaluations.get(key)
                  const note = notes.get(key)
                  const tabbable = row === position.row && col === position.col
                  const label = t('admin.grid.cellName', { country: name(column.country), period })
                  const ref = (node: HTMLInputElement | null) => {
                    if (node) refs.current.set(`${row}:${col}`, node)
                    else refs.current.delete(`${row}:${col}`)
                  }
                  if (!column.editable) {
                    const shown = cell && !cell.deleted && cell.value !== null ? formatInputNumber(Number(cell.value.toFixed(Math.min(grid.decimals + 2, 6))), lang) : ''
                    return (
                      <td key={column.country} className="entry-cell entry-cell--computed">
                        <input
                          ref={ref}
                          type="text"
                          readOnly
                          aria-readonly="true"
                          aria-label={t('admin.grid.computedCell', { cell: label })}
                          value={shown}
                          tabIndex={tabbable ? 0 : -1}
                          onFocus={() => setActive({ row, col })}
                          onKeyDown={(event) => onKeyDown(event, row, col, key)}
                        />
                      </td>
                    )
                  }
                  const text = drafts.get(key) ?? originalText(cell, lang)
                  const state = describe(evaluation, note)
                  const message =
                    evaluation?.kind === 'invalid'
                      ? cellErrorText(t, evaluation.error, text, evaluation.suggestions)
                      : evaluation?.kind === 'pending'
                        ? t('admin.grid.pendingCell', { from: originalText(cell, lang) || t('admin.grid.empty'), to: text })
                        : null
                  const descriptionId = `cell-${column.country}-${period}-note`
                  return (
                    <td key={column.country} className={`entry-cell${state ? ` entry-cell--${state}` : ''}`} data-state={state ?? 'clean'}>
                      <input
                        ref={ref}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        spellCheck={false}
                        aria-label={label}
                        aria-invalid={evaluation?.kind === 'invalid' ? true : undefined}
                        aria-describedby={message || note ? descriptionId : undefined}
                        value={text}
                        tabIndex={tabbable ? 0 : -1}
                        onFocus={() => setActive({ row, col })}
                        onChange={(event) => onDraft(key, event.target.value)}
                        onKeyDown={(event) => onKeyDown(event, row, col, key)}
                      />
                      {state ? (
                        <span className="entry-cell__tag" aria-hidden="true">
                          {TAG_MARK[state]} {t(`admin.grid.tag.${state}`)}
                        </span>
                      ) : null}
                      {message || note ? (
                        <span id={descriptionId} className="visually-hidden">
                          {[message, note?.text].filter(Boolean).join(' ')}
                        </span>
                      ) : null}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

type CellState = 'invalid' | 'stale' | 'outlier' | 'refused' | 'pending' | 'added'

const TAG_MARK: Record<CellState, string> = {
  invalid: '⚠',
  stale: '⟳',
  outlier: '!',
  refused: '⚠',
  pending: '✎',
  added: '✎',
}

/** The strongest remark on a cell: a refusal first, then a server note, then a pending change. */
function describe(evaluation: CellEvaluation | undefined, note: CellNote | undefined): CellState | null {
  if (evaluation?.kind === 'invalid') return 'invalid'
  if (note) return note.kind
  if (evaluation?.kind === 'pending') return evaluation.change.version === undefined ? 'added' : 'pending'
  return null
}
