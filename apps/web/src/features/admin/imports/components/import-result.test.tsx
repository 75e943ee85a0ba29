import { afterEach, describe, expect, test, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Locale } from '@nap/domain'
import { gdpPerCapita } from '@/testing/fixtures.ts'
import type { VerdictFilter } from '../api/imports.ts'
import { changedMexico2024, committedImport, rejectedNegative, skippedGermany, unchangedCanada1990, verdictPage, wdiImport } from '../testing/import-fixtures.ts'
import { apiError, CSRF_TOKEN, json, renderImports } from '../testing/render-imports.tsx'
import { createLabels } from '../utils/labels.ts'
import { ImportResult } from './import-result.tsx'

const NAMES: Record<Locale, Record<string, string>> = {
  en: { CAN: 'Canada', MEX: 'Mexico', USA: 'United States', NAM: 'North America', WLD: 'World' },
  es: { CAN: 'Canadá', MEX: 'México', USA: 'Estados Unidos', NAM: 'América del Norte', WLD: 'Mundo' },
  fr: { CAN: 'Canada', MEX: 'Mexique', USA: 'États-Unis', NAM: 'Amérique du Nord', WLD: 'Monde' },
}
const ROWS = [unchangedCanada1990, changedMexico2024, skippedGermany, rejectedNegative]

interface Call {
  path: string
  init: RequestInit | undefined
}

/** The imports API: GET answers by cursor (`after` once committed), the commit with `commit`. */
function stubApi(pages: Record<string, Response>, commit?: Response, after: Record<string, Response> = pages) {
  const calls: Call[] = []
  let current = pages
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      calls.push({ path, init })
      const url = new URL(path, 'http://localhost')
      if (init?.method === 'POST' && url.pathname === '/api/admin/imports/7/commit') {
        const answer = commit ?? apiError(500, 'internal', 'no answer')
        if (answer.ok) current = after
        return answer.clone()
      }
      if (url.pathname === '/api/admin/imports/7') return (current[url.searchParams.get('cursor') ?? 'first'] ?? apiError(404, 'not_found', 'no page')).clone()
      return apiError(404, 'not_found', path)
    }),
  )
  return calls
}

afterEach(() => vi.unstubAllGlobals())

function setup({ lang = 'en', filter = {} }: { lang?: Locale; filter?: VerdictFilter } = {}) {
  const onFilter = vi.fn()
  const labels = createLabels([gdpPerCapita], NAMES[lang], (text) => text[lang], lang)
  const rendered = renderImports(<ImportResult id={7} filter={filter} onFilter={onFilter} indicators={[gdpPerCapita]} labels={labels} focus />, { lang })
  return { ...rendered, onFilter, user: userEvent.setup() }
}

const rowTexts = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))

describe('ImportResult', () => {
  test('shows the file, the counts, every verdict with the value before → after and why, and the statuses it moves', async () => {
    const calls = stubApi({ first: json(verdictPage(ROWS)) })
    setup()
    const heading = await screen.findByRole('heading', { level: 2, name: 'Checked: API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv' })
    expect(heading).toHaveFocus()
    expect(calls[0]?.path).toBe('/api/admin/imports/7?limit=50')
    expect(screen.getByText(/^Import #7 · World Bank WDI \(CSV or ZIP\) · encoding utf-8 · 3.9 kB · 4 rows/)).toBeInTheDocument()
    expect(screen.getByText('140 values in the file; 1 to apply.')).toBeInTheDocument()
    expect(screen.getByText('1 new or changed value looks unusual (a jump or a level far from the series): read the warnings in the table before applying.')).toBeInTheDocument()
    const counts = screen.getAllByRole('definition').map((dd) => dd.textContent)
    expect(counts).toEqual(['0 values', '1 value', '139 values', '0 values', '0 values'])

    expect(screen.getByText('Values 1–4')).toBeInTheDocument()
    expect(rowTexts()).toEqual([
      ['line 6, column 1990', 'GDP per capita, PPPCanada · 1990', 'Unchanged', '40,475.112391  to  40,475.112391', 'Already so: nothing to do.'],
      [
        'line 7, column 2024',
        'GDP per capita, PPPMexico · 2024',
        'Changed',
        '22,039.628702  to  25,410.3',
        'Changes the value.Unusual value. It moves by 3,493.051416 from 2023 (21,917.248584), more than 4 × the series’ usual change (1,569.101495). It is outside the series’ range widened by that much (15,459.020005 to 23,566.874512).',
      ],
      ['line 9, column 2024', 'GDP per capita, PPPDEU · 2024', 'Skipped', 'in the file: “61421.52”', 'Not a tracked country: DEU.country DEU (Germany) is not tracked'],
      ['line 10', 'GDP per capita, PPPUnited States · 2024', 'Rejected', 'in the file: “-5”', 'Outside the possible values of GDP per capita, PPP.-5 is below the lowest possible value of gdp-per-capita-ppp, 0'],
    ])
    // The API's own words are English: marked so for a screen reader.
    expect(screen.getByText('country DEU (Germany) is not tracked')).toHaveAttribute('lang', 'en')

    const impact = screen.getByRole('region', { name: 'Impact on the statuses' })
    expect(within(impact).getByText('2 assessments are recomputed: 1 status moves.')).toBeInTheDocument()
    const moving = within(impact).getByText('GDP per capita, PPP · Mexico').closest('li')
    expect(moving).toHaveClass('impact-row--moves')
    expect(moving).toHaveTextContent('GDP per capita, PPP · MexicoOff track to On trackmoves')
    expect(within(impact).getByText('1 status that stays')).toBeInTheDocument()
    expect(within(impact).getAllByText('2 statuses that stay')).toHaveLength(2)
    expect(screen.getByRole('button', { name: 'Apply 1 change' })).toBeInTheDocument()
  })

  test('the filters go to the URL’s owner; the pages follow the server’s cursor and come back', async () => {
    const calls = stubApi({ first: json(verdictPage([unchangedCanada1990], 'c50')), c50: json(verdictPage([changedMexico2024])) })
    const { user, onFilter } = setup()
    await screen.findByText('Values 1–1 (more on the next pages)')
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    expect(await screen.findByText('Values 51–51')).toBeInTheDocument()
    expect(calls.at(-1)?.path).toBe('/api/admin/imports/7?cursor=c50&limit=50')
    expect(rowTexts()[0]?.[1]).toBe('GDP per capita, PPPMexico · 2024')
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Previous page' }))
    expect(await screen.findByText('Values 1–1 (more on the next pages)')).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Verdict'), 'Changed (1)')
    await user.selectOptions(screen.getByLabelText('Country'), 'Mexico')
    await user.click(screen.getByRole('button', { name: 'Show' }))
    expect(onFilter).toHaveBeenCalledWith({ verdict: 'changed', country: 'MEX' })
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }))
    expect(onFilter).toHaveBeenLastCalledWith({})
  })

  test('asks the API for the filtered verdicts and counts them against the verdict’s total', async () => {
    const calls = stubApi({ first: json(verdictPage([changedMexico2024])) })
    setup({ filter: { verdict: 'changed', indicator: 'gdp-per-capita-ppp', country: 'MEX' } })
    expect(await screen.findByText('Values 1–1 of 1')).toBeInTheDocument()
    expect(calls[0]?.path).toBe('/api/admin/imports/7?verdict=changed&indicator=gdp-per-capita-ppp&country=MEX&limit=50')
    expect(screen.getByLabelText('Verdict')).toHaveValue('changed')
    // One page: no pager.
    expect(screen.queryByRole('button', { name: 'Next page' })).toBeNull()
  })

  test('applies with a required reason, then says what it did and marks the public answers stale', async () => {
    const committed = { import: committedImport, applied: 1, derived: 3, statusFlips: [{ indicator: 'gdp-per-capita-ppp', country: 'MEX', from: 'off_track', to: 'on_track' }] }
    const calls = stubApi({ first: json(verdictPage([changedMexico2024])) }, json(committed), {
      first: json(verdictPage([changedMexico2024], null, { ...committedImport, preview: wdiImport.preview })),
    })
    const { user, queryClient } = setup()
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries')
    await user.click(await screen.findByRole('button', { name: 'Apply 1 change' }))
    expect(screen.getByLabelText('Reason')).toHaveAccessibleDescription('Shown publicly with every change, e.g. “World Bank WDI update of 2026-02-24”. Say why the values change.')
    expect(calls.filter((c) => c.init?.method === 'POST')).toHaveLength(0)

    await user.type(screen.getByLabelText('Reason'), 'World Bank WDI update of 2026-02-24')
    await user.click(screen.getByRole('button', { name: 'Apply 1 change' }))
    const done = await screen.findByRole('region', { name: 'Applied' })
    const post = calls.find((c) => c.init?.method === 'POST')
    expect(post?.init?.body).toBe(JSON.stringify({ reason: 'World Bank WDI update of 2026-02-24' }))
    expect(post?.init?.headers).toMatchObject({ 'x-csrf-token': CSRF_TOKEN, 'content-type': 'application/json' })
    expect(within(done).getByText('Applied 1 value; 3 computed values followed.')).toBeInTheDocument()
    expect(within(done).getByText('1 status moved:')).toBeInTheDocument()
    expect(within(done).getByText('GDP per capita, PPP · Mexico').closest('li')).toHaveTextContent('Off track to On track')
    expect(within(done).getByRole('link', { name: 'GDP per capita, PPP' })).toHaveAttribute('href', '/indicators/gdp-per-capita-ppp?tab=table')
    const keys = invalidate.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey))
    for (const key of [['indicators'], ['progress'], ['changes'], ['health'], ['revisions'], ['admin', 'imports'], ['admin', 'grid']]) {
      expect(keys).toContain(JSON.stringify(key))
    }
    // The import, read again, is applied: the form is gone, the answer stays.
    expect(await screen.findByText(/^Applied on .* by Inés Importer/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Apply 1 change' })).toBeNull()
    expect(within(done).getByText('Applied 1 value; 3 computed values followed.')).toBeInTheDocument()
  })

  test('a point changed since the check refuses the whole import and is listed', async () => {
    const conflict = apiError(409, 'version_conflict', '1 point(s) changed since the dry run, nothing was applied: gdp-per-capita-ppp MEX 2024; upload the file again', {
      total: 1,
      conflicts: [
        {
          indicator: 'gdp-per-capita-ppp',
          country: 'MEX',
          period: '2024',
          version: 1,
          current: { value: 22100, version: 2, deleted: false, updatedAt: '2026-12-01T15:01:00.000Z', author: 'Ana Editor' },
        },
      ],
    })
    stubApi({ first: json(verdictPage([changedMexico2024])) }, conflict)
    const { user } = setup()
    await user.type(await screen.findByLabelText('Reason'), 'WDI update')
    await user.click(screen.getByRole('button', { name: 'Apply 1 change' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was applied: 1 value was changed by someone else since the check. Check the file again to compare it with the current data.',
    )
    expect(screen.getByText(/^GDP per capita, PPP · Mexico, 2024: changed by Ana Editor \(.+\), now 22,100\.$/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Apply 1 change' })).toBeEnabled()
  })

  test('an import applied before shows its state and no apply form', async () => {
    stubApi({ first: json(verdictPage([changedMexico2024], null, { ...committedImport, preview: wdiImport.preview })) })
    setup()
    expect(await screen.findByText(/^Applied on .* by Inés Importer/)).toHaveTextContent('Reason: World Bank WDI update of 2026-02-24')
    expect(screen.getByText('As checked before it was applied, 2 assessments were recomputed: 1 status moved.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull()
  })

  test('says when there is no such import', async () => {
    stubApi({ first: apiError(404, 'not_found', 'Import #7 not found') })
    setup()
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no import #7.')
  })

  test('reads in Spanish and French', async () => {
    stubApi({ first: json(verdictPage([changedMexico2024, skippedGermany])) })
    setup({ lang: 'es' })
    expect(await screen.findByText('140 valores en el archivo; 1 por aplicar.')).toBeInTheDocument()
    expect(rowTexts()[0]?.slice(0, 4)).toEqual(['línea 7, columna 2024', 'PIB per cápita, PPAMéxico · 2024', 'Modificado', '22.039,628702  a  25.410,3'])
    expect(rowTexts()[1]?.[4]).toBe('No es un país seguido: DEU.country DEU (Germany) is not tracked')
    expect(screen.getByRole('button', { name: 'Aplicar 1 cambio' })).toBeInTheDocument()
  })
})
