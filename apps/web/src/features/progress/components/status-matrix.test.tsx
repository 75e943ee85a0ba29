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

  test('links each cell to the goal page for that country, with words, coverage and a full name', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />)
    const row = (await screen.findByRole('rowheader', { name: /Shared prosperity/ })).closest('tr')
    expect(row).not.toBeNull()
    const mexicoCell = within(row as HTMLElement).getAllByRole('cell')[1] as HTMLElement
    const link = within(mexicoCell).getByRole('link')
    expect(link).toHaveAttribute('href', '/goals/1?country=MEX')
    expect(link).toHaveAccessibleName('Goal 1, Mexico: Progress, must accelerate, 5 of 7 indicators assessed')
    expect(link).toHaveTextContent('Progress, must accelerate')
    expect(link).toHaveTextContent('Progress, must accelerate 5 of 7 indicators assessed')
    expect(mexicoCell.querySelector('svg')).not.toBeNull()
  })

  test('names every status cell by goal, country, status and count, out of the table', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />)
    await screen.findByRole('table')
    const cellLinks = screen.getAllByRole('link', { name: /^Goal \d, / })
    expect(cellLinks).toHaveLength(16)
    expect(screen.getByRole('link', { name: 'Goal 4, Mexico: Not enough data, 0 of 7 indicators assessed' })).toHaveAttribute(
      'href',
      '/goals/4?country=MEX',
    )
    expect(screen.getByRole('link', { name: 'Goal 3, United States: Off track, 5 of 7 indicators assessed' })).toHaveAttribute(
      'href',
      '/goals/3?country=USA',
    )
  })

  test('says "1 indicator" in the name of a cell with a single indicator', async () => {
    const single = {
      ...progress,
      goals: progress.goals.map((g) => (g.goalId === 3 && g.country === 'CAN' ? { ...g, assessed: 1, total: 1 } : g)),
    }
    renderWithProviders(<StatusMatrix model={buildStatusMatrix(goals, single, ['CAN', 'MEX', 'USA', 'NAM'])} countries={countries} />)
    const link = await screen.findByRole('link', { name: /^Goal 3, Canada: / })
    expect(link).toHaveAccessibleName(/, 1 of 1 indicator assessed$/)
  })

  test('links each goal name to its goal page', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />)
    await screen.findByRole('table')
    const goalLinks = goals.map((g) => screen.getByRole('link', { name: `Goal ${g.id}: ${g.shortName.en}` }))
    expect(goalLinks.map((a) => a.getAttribute('href'))).toEqual(['/goals/1', '/goals/2', '/goals/3', '/goals/4'])
    expect(goalLinks[0]).toHaveTextContent('1 Shared prosperity')
  })

  test('shows the overall score per country with its status, each linked to the country page', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />)
    const overall = (await screen.findByRole('rowheader', { name: 'Overall score' })).closest('tr') as HTMLElement
    const cells = within(overall).getAllByRole('cell').map((c) => c.textContent)
    expect(cells).toEqual(['-0.8 Off track', '+0.3 Progress, must accelerate', '+1.9 Progress, must accelerate', '-0.4 Off track'])
    const canada = within(overall).getByRole('link', { name: 'Canada, overall score -0.8: Off track' })
    expect(canada).toHaveAttribute('href', '/countries/CAN')
  })

  test('marks a goal that could not be assessed as "Not enough data"', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />)
    const row = (await screen.findByRole('rowheader', { name: /Investment/ })).closest('tr') as HTMLElement
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('Not enough data 0 of 7 indicators assessed')
  })

  test('uses the Spanish status words, country names and link names in Spanish', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />, { lang: 'es', route: '/?lang=es' })
    const table = await screen.findByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'México' })).toBeInTheDocument()
    expect(within(table).getAllByText('Rezagado').length).toBeGreaterThan(0)
    expect(within(table).getAllByText('5 de 7 indicadores evaluados').length).toBeGreaterThan(0)
    expect(within(table).getByRole('link', { name: 'Meta 1, México: Avanza, debe acelerar; 5 de 7 indicadores evaluados' })).toHaveAttribute(
      'href',
      '/goals/1?country=MEX&lang=es',
    )
    expect(within(table).getByRole('link', { name: 'Meta 1: Prosperidad compartida' })).toHaveAttribute('href', '/goals/1?lang=es')
  })

  test('names the cells in French', async () => {
    renderWithProviders(<StatusMatrix model={model} countries={countries} />, { lang: 'fr' })
    const table = await screen.findByRole('table')
    expect(
      within(table).getByRole('link', { name: 'Objectif 1, Mexique : Progrès, doit accélérer; 5 sur 7 indicateurs évalués' }),
    ).toBeInTheDocument()
  })
})
