import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { gdpPerCapita } from '@/testing/fixtures.ts'
import { FakeXhr } from '../testing/fake-xhr.ts'
import { changedMexico2024, verdictPage, wdiImport } from '../testing/import-fixtures.ts'
import { apiError, json, renderImports } from '../testing/render-imports.tsx'
import { ImportsPage } from './imports-page.tsx'

const NAMES = { CAN: 'Canada', MEX: 'Mexico', USA: 'United States', NAM: 'North America', WLD: 'World' }

function stubApi() {
  const calls: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      calls.push(path)
      const url = new URL(path, 'http://localhost')
      if (url.pathname === '/api/indicators') return json([gdpPerCapita])
      if (url.pathname === '/api/admin/imports') return json({ items: [], nextCursor: null })
      if (url.pathname === '/api/admin/imports/7') return json(verdictPage([changedMexico2024]))
      return apiError(404, 'not_found', path)
    }),
  )
  return calls
}

beforeEach(() => {
  FakeXhr.reset()
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
})
afterEach(() => vi.unstubAllGlobals())

describe('ImportsPage', () => {
  test('after a check the URL names the import, its verdicts are shown and the focus moves to them', async () => {
    const calls = stubApi()
    const { router } = renderImports(<ImportsPage countryNames={NAMES} />, { route: '/admin/imports?lang=en' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Imports' })).toBeInTheDocument()
    expect(document.title).toContain('Imports')
    const user = userEvent.setup()
    await user.upload(await screen.findByLabelText('File to import'), new File(['x'], 'API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv'))
    await user.click(screen.getByRole('button', { name: 'Check the file' }))
    act(() => FakeXhr.last().respond(201, wdiImport))
    const heading = await screen.findByRole('heading', { level: 2, name: 'Checked: API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv' })
    expect(router.state.location.search).toBe('?lang=en&import=7')
    await vi.waitFor(() => expect(heading).toHaveFocus())
    expect(calls).toContain('/api/admin/imports/7?limit=50')
  })

  test('the URL’s filters are the table’s, and choosing others writes them there (the language kept)', async () => {
    const calls = stubApi()
    const { router } = renderImports(<ImportsPage countryNames={NAMES} />, { route: '/admin/imports?lang=en&import=7&verdict=changed&country=MEX' })
    expect(await screen.findByText('Values 1–1 of 1')).toBeInTheDocument()
    expect(calls).toContain('/api/admin/imports/7?verdict=changed&country=MEX&limit=50')
    // Opened from the URL, not after a check: the focus stays where it is.
    expect(screen.getByRole('heading', { level: 2, name: /^Checked: / })).not.toHaveFocus()
    const user = userEvent.setup()
    await user.selectOptions(screen.getByLabelText('Verdict'), 'Any verdict')
    await user.selectOptions(screen.getByLabelText('Country'), 'Canada')
    await user.click(screen.getByRole('button', { name: 'Show' }))
    expect(router.state.location.search).toBe('?lang=en&import=7&country=CAN')
  })

  test('an import number that is not one shows no result', async () => {
    stubApi()
    renderImports(<ImportsPage countryNames={NAMES} />, { route: '/admin/imports?import=7abc' })
    expect(await screen.findByRole('heading', { level: 2, name: 'Past imports' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: /^Checked: / })).toBeNull()
  })
})
