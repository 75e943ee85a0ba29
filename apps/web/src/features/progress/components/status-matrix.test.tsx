import { describe, expect, test } from 'vitest'
import { screen, within } from '@testing-library/react'
import { countries, goals, progress } from '@/testing/fixtures.ts'
import { renderWithProviders } from '@/testing/test-utils.tsx'
import { buildStatusMatrix } from '../utils/build-status-matrix.ts'
import { StatusMatrix } from './status-matrix.tsx'

const model = buildStatusMatrix(goals, progress, ['CAN', 'MEX', 'USA', 'NAM'])

describe('StatusMatrix', () => {
  test('shows one linked status cell per goal and country', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />)
    const table = await screen.findByRole('table')
    const bodyRows = within(table).getAllByRole('row').slice(1, 5)
    expect(bodyRows).toHaveLength(4)
    for (const row of bodyRows) expect(within(row).getAllByRole('cell')).toHaveLength(4)
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Goal',
      'Canada',
      'Mexico',
      'United States',
      'North America',
    ])
  })

  test('links each cell to the goal page for that country, with words and coverage', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />)
    const row = (await screen.findByRole('rowheader', { name: /Shared prosperity/ })).closest('tr')
    expect(row).not.toBeNull()
    const mexicoCell = within(row as HTMLElement).getAllByRole('cell')[1] as HTMLElement
    const link = within(mexicoCell).getByRole('link')
    expect(link).toHaveAttribute('href', '/goals/1?country=MEX')
    expect(link).toHaveTextContent('Progress, must accelerate')
    expect(link).toHaveTextContent('5 of 7 assessed')
    expect(mexicoCell.querySelector('svg')).not.toBeNull()
  })

  test('shows the overall score per country with its status', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />)
    const overall = (await screen.findByRole('rowheader', { name: 'Overall score' })).closest('tr') as HTMLElement
    const cells = within(overall).getAllByRole('cell').map((c) => c.textContent)
    expect(cells).toEqual(['-0.8Off track', '+0.3Progress, must accelerate', '+1.9Progress, must accelerate', '-0.4Off track'])
  })

  test('marks a goal that could not be assessed as "Not enough data"', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />)
    const row = (await screen.findByRole('rowheader', { name: /Investment/ })).closest('tr') as HTMLElement
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('Not enough data0 of 7 assessed')
  })

  test('uses the Spanish status words and country names in Spanish', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />, { lang: 'es' })
    const table = await screen.findByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'México' })).toBeInTheDocument()
    expect(within(table).getAllByText('Rezagado').length).toBeGreaterThan(0)
    expect(within(table).getAllByText('5 de 7 evaluados').length).toBeGreaterThan(0)
  })
})
