import { act, Suspense } from 'react'
import { describe, expect, test } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderWithProviders } from '@/testing/test-utils.tsx'
import { MethodologyArticle } from './methodology-article.tsx'

/** Renders the article and waits for its language's page to load (React suspends on it meanwhile). */
const renderArticle = (lang: 'en' | 'es' | 'fr') =>
  act(async () => {
    renderWithProviders(
      <Suspense fallback={<p>loading</p>}>
        <MethodologyArticle />
      </Suspense>,
      { lang },
    )
  })

describe('MethodologyArticle', () => {
  test('loads the reader’s language and links its table of contents to the sections', async () => {
    await renderArticle('fr')
    expect(await screen.findByRole('heading', { level: 1, name: 'Méthodologie : comment un statut est calculé' })).toBeInTheDocument()
    const toc = screen.getByRole('navigation', { name: 'Sommaire de la méthodologie' })
    const link = within(toc).getByRole('link', { name: 'Exemples détaillés (données réelles)' })
    expect(link).toHaveAttribute('href', '#examples')
    expect(screen.getByRole('region', { name: 'Exemples détaillés (données réelles)' })).toContainElement(
      screen.getByRole('heading', { level: 2, name: 'Exemples détaillés (données réelles)' }),
    )
  })

  test('draws the status chips of the status table and of the worked examples', async () => {
    await renderArticle('en')
    const table = await screen.findByRole('table')
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Achieved', 'On track', 'Progress, must accelerate', 'Off track', 'Moving away', 'Not enough data', 'No target (trend only)',
    ])
    const examples = screen.getByRole('region', { name: 'Worked examples (real data)' })
    expect([...examples.querySelectorAll('.status-chip')].map((chip) => chip.getAttribute('data-status'))).toEqual([
      'off_track', 'off_track', 'on_track', 'off_track', 'regressing',
    ])
  })

  test('keeps the formulas in a labelled region', async () => {
    await renderArticle('es')
    const region = await screen.findByRole('region', { name: 'Fórmulas del método de ritmo' })
    expect(region.querySelector('pre code')?.textContent).toContain('brecha         = d · (v_t − path(t)) / |path(t)|')
  })
})
