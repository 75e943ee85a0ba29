import { useState } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Locale } from '@nap/domain'
import { renderWithProviders } from '@/testing/test-utils.tsx'
import { countryNames, unemploymentGrid } from '../testing/unemployment-grid.ts'
import { gridRows, summarizeDrafts } from '../utils/grid-model.ts'
import { EntryGrid, type ActiveCell } from './entry-grid.tsx'

function Harness({ lang, onHistory }: { lang: Locale; onHistory: (cell: ActiveCell) => void }) {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map())
  const { periods, next } = gridRows(unemploymentGrid, 2026)
  const summary = summarizeDrafts(unemploymentGrid, drafts, lang, periods)
  return (
    <>
      <button type="button">before the grid</button>
      <EntryGrid
        grid={unemploymentGrid}
        periods={periods}
        next={next}
        caption="Unemployment rate"
        drafts={drafts}
        evaluations={summary.evaluations}
        notes={new Map()}
        countryNames={countryNames}
        onDraft={(key, text) =>
          setDrafts((current) => {
            const copy = new Map(current)
            if (text === undefined) copy.delete(key)
            else copy.set(key, text)
            return copy
          })
        }
        onHistory={onHistory}
      />
      <p data-testid="pending">{summary.changes.map((c) => `${c.country} ${c.period} ${c.value} v${c.version ?? '-'}`).join('; ')}</p>
      <button type="button">after the grid</button>
    </>
  )
}

function setup(lang: Locale = 'en') {
  const onHistory = vi.fn()
  const user = userEvent.setup()
  renderWithProviders(<Harness lang={lang} onHistory={onHistory} />, { lang })
  const cell = (name: string) => screen.getByRole('textbox', { name })
  return { user, cell, onHistory }
}

describe('EntryGrid', () => {
  test('shows the periods newest first under the next period, with the computed column read-only and marked', () => {
    const { cell } = setup()
    const rowHeaders = screen.getAllByRole('rowheader').map((th) => th.textContent)
    expect(rowHeaders).toEqual(['2026new', '2025', '2024', '2023'])
    expect(cell('Mexico, 2025')).toHaveValue('2.673')
    expect(cell('Mexico, 2026')).toHaveValue('')
    const computed = cell('North America, 2025 (computed from other series: edit its inputs)')
    expect(computed).toHaveAttribute('readonly')
    expect(computed).toHaveValue('4.074')
    expect(screen.getByRole('columnheader', { name: 'North America computed' })).toBeInTheDocument()
  })

  test('puts exactly one cell in the tab order and enters the grid there', async () => {
    const { user, cell } = setup()
    const tabbable = screen.getAllByRole('textbox').filter((input) => input.tabIndex === 0)
    expect(tabbable).toEqual([cell('Canada, 2026')])
    await user.click(screen.getByRole('button', { name: 'before the grid' }))
    await user.tab()
    // The history button of the active cell comes first, then the cell itself.
    expect(screen.getByRole('button', { name: 'History of Canada, 2026' })).toHaveFocus()
    await user.tab()
    expect(cell('Canada, 2026')).toHaveFocus()
  })

  test('moves with the arrows, Enter and Shift+Enter, Ctrl+Home and Ctrl+End, and stops at the edges', async () => {
    const { user, cell } = setup()
    await user.click(cell('Canada, 2026'))
    await user.keyboard('{ArrowRight}')
    expect(cell('Mexico, 2026')).toHaveFocus()
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(cell('Mexico, 2024')).toHaveFocus()
    // The whole text is selected on arrival, so left and right move on at once.
    await user.keyboard('{ArrowLeft}')
    expect(cell('Canada, 2024')).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(cell('Canada, 2024')).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(cell('Canada, 2023')).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(cell('Canada, 2023')).toHaveFocus()
    await user.keyboard('{Shift>}{Enter}{/Shift}')
    expect(cell('Canada, 2024')).toHaveFocus()
    await user.keyboard('{Control>}{End}{/Control}')
    expect(cell('North America, 2023 (computed from other series: edit its inputs)')).toHaveFocus()
    await user.keyboard('{Control>}{Home}{/Control}')
    expect(cell('Canada, 2026')).toHaveFocus()
    expect(cell('Canada, 2026').tabIndex).toBe(0)
    expect(cell('North America, 2023 (computed from other series: edit its inputs)').tabIndex).toBe(-1)
  })

  test('keeps the caret inside the text: left and right move on only from its edge', async () => {
    const { user, cell } = setup()
    await user.click(cell('Mexico, 2025'))
    const input = cell('Mexico, 2025')
    if (!(input instanceof HTMLInputElement)) throw new Error('not an input')
    input.setSelectionRange(2, 2)
    await user.keyboard('{ArrowRight}')
    expect(input).toHaveFocus()
    input.setSelectionRange(input.value.length, input.value.length)
    await user.keyboard('{ArrowRight}')
    expect(cell('United States, 2025')).toHaveFocus()
  })

  test('Tab moves along the row and leaves the grid after its last cell', async () => {
    const { user, cell } = setup()
    await user.click(cell('United States, 2024'))
    await user.tab()
    expect(cell('North America, 2024 (computed from other series: edit its inputs)')).toHaveFocus()
    await user.tab({ shift: true })
    expect(cell('United States, 2024')).toHaveFocus()
    await user.tab()
    await user.tab()
    expect(screen.getByRole('button', { name: 'after the grid' })).toHaveFocus()
  })

  test('marks a typed value as pending with a marker and words, and Escape undoes it', async () => {
    const { user, cell } = setup()
    await user.click(cell('Mexico, 2026'))
    await user.keyboard('2.7')
    const input = cell('Mexico, 2026')
    expect(input.closest('td')).toHaveAttribute('data-state', 'added')
    expect(input.closest('td')?.querySelector('.entry-cell__tag')).toHaveTextContent('✎ new')
    expect(input).toHaveAccessibleDescription('Pending change: empty → 2.7.')
    expect(screen.getByTestId('pending')).toHaveTextContent('MEX 2026 2.7 v-')
    await user.clear(cell('Mexico, 2025'))
    await user.keyboard('2.8')
    expect(cell('Mexico, 2025').closest('td')).toHaveAttribute('data-state', 'pending')
    expect(screen.getByTestId('pending')).toHaveTextContent('MEX 2026 2.7 v-; MEX 2025 2.8 v1')
    await user.keyboard('{Escape}')
    expect(cell('Mexico, 2025')).toHaveValue('2.673')
    expect(screen.getByTestId('pending')).toHaveTextContent('MEX 2026 2.7 v-')
  })

  test('refuses a number written the other way while typing, in the reader’s language', async () => {
    const { user, cell } = setup('es')
    await user.click(cell('Mexico, 2026'))
    await user.keyboard('2.750')
    const input = cell('Mexico, 2026')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('“2.750” es ambiguo: escriba 2750 para el número entero o 2,75 para el decimal.')
    expect(input.closest('td')?.querySelector('.entry-cell__tag')).toHaveTextContent('⚠ corregir')
    await user.clear(input)
    await user.keyboard('2,75')
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(screen.getByTestId('pending')).toHaveTextContent('MEX 2026 2.75 v-')
  })

  test('typing in a computed cell changes nothing', async () => {
    const { user, cell } = setup()
    const computed = cell('North America, 2025 (computed from other series: edit its inputs)')
    await user.click(computed)
    await user.keyboard('9')
    expect(computed).toHaveValue('4.074')
    expect(screen.getByTestId('pending')).toHaveTextContent('')
  })

  test('opens the history of the cell in focus', async () => {
    const { user, cell, onHistory } = setup()
    await user.click(cell('United States, 2024'))
    await user.click(screen.getByRole('button', { name: 'History of United States, 2024' }))
    expect(onHistory).toHaveBeenCalledWith({ country: 'USA', period: '2024' })
  })
})
