import { afterEach, describe, expect, test, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { paths } from '@/config/paths.ts'
import { gdpPerCapita } from '@/testing/fixtures.ts'
import type { Import } from '../api/schemas.ts'
import { committedImport, revertedImport, wdiImport } from '../testing/import-fixtures.ts'
import { apiError, CSRF_TOKEN, json, renderImports } from '../testing/render-imports.tsx'
import { createLabels } from '../utils/labels.ts'
import { ImportHistory } from './import-history.tsx'

const labels = createLabels([gdpPerCapita], { MEX: 'Mexico' }, (text) => text.en, 'en')
const page = (items: Import[]) => json({ items, nextCursor: null })

function stubApi(lists: Response[], revert?: Response) {
  const calls: { path: string; init: RequestInit | undefined }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      calls.push({ path, init })
      if (init?.method === 'POST' && path === '/api/admin/imports/7/revert') return (revert ?? apiError(500, 'internal', 'no answer')).clone()
      if (path === '/api/admin/imports?limit=20') return (lists.length > 1 ? lists.shift() : lists[0])?.clone() ?? apiError(500, 'internal', 'no list')
      return apiError(404, 'not_found', path)
    }),
  )
  return calls
}

afterEach(() => vi.unstubAllGlobals())

function setup() {
  renderImports(<ImportHistory labels={labels} hrefOf={(id) => paths.adminImports.build({ import: id })} />)
  return userEvent.setup()
}

/** The row of import #id (its header cell names the file, then the number). */
const rowOf = (id: number) => {
  const row = screen.getByRole('rowheader', { name: new RegExp(`Import #${id} · `) }).closest('tr')
  if (!row) throw new Error(`no row for import #${id}`)
  return row
}

describe('ImportHistory', () => {
  test('lists every import with who, when, the file, what it found and where it stands', async () => {
    stubApi([page([committedImport, revertedImport, { ...wdiImport, id: 8 }])])
    setup()
    await screen.findByRole('table')
    const committed = rowOf(7)
    expect(within(committed).getByRole('link', { name: 'API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv' })).toHaveAttribute('href', '/admin/imports?import=7')
    const cells = within(committed).getAllByRole('cell').map((c) => c.textContent)
    expect(cells[1]).toBe('0 new · 1 changed · 139 unchanged · 0 rejected · 0 skipped')
    expect(cells[2]).toMatch(/^Applied on .+ by Inés ImporterReason: World Bank WDI update of 2026-02-24$/)
    expect(within(committed).getByRole('button', { name: 'Revert import #7' })).toHaveAttribute('aria-expanded', 'false')

    const reverted = rowOf(5)
    expect(within(reverted).getByRole('rowheader')).toHaveTextContent('tidy.csvImport #5 · Tidy CSV (indicator, country, period, value)')
    expect(within(reverted).getAllByRole('cell')[1]).toHaveTextContent('2 new · 0 changed · 10 unchanged · 1 rejected · 3 skipped')
    expect(within(reverted).getAllByRole('cell')[2]).toHaveTextContent(/^Applied, then reverted on .+ by Ana EditorReason: Wrong file$/)
    expect(within(reverted).queryByRole('button')).toBeNull()
    // A dry run never applied cannot be reverted either.
    expect(within(rowOf(8)).getAllByRole('cell')[2]).toHaveTextContent('Checked, not applied')
    expect(within(rowOf(8)).queryByRole('button')).toBeNull()
  })

  test('reverts after a confirmation with a reason, then says so and reads the history again', async () => {
    const reverted = { import: { ...committedImport, state: 'reverted', revertedAt: '2026-12-01T15:05:00.000Z', revertedBy: 'Inés Importer', revertReason: 'Withdrawn' }, reverted: 1, derived: 3, statusFlips: [{ indicator: 'gdp-per-capita-ppp', country: 'MEX', from: 'on_track', to: 'off_track' }] }
    const calls = stubApi([page([committedImport]), page([{ ...committedImport, ...reverted.import }])], json(reverted))
    const user = setup()
    const open = await screen.findByRole('button', { name: 'Revert import #7' })
    await user.click(open)
    const panel = screen.getByRole('form', { name: 'Revert import #7 (API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv)?' })
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveFocus()
    expect(open).toHaveAttribute('aria-expanded', 'true')
    expect(panel).toHaveTextContent('The value it applied goes back to what it was before, as new revisions with your reason; values it added are deleted again.')

    // Escape closes it without reverting, and the focus goes back to the button.
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('form')).toBeNull()
    expect(open).toHaveFocus()

    await user.click(open)
    await user.click(screen.getByRole('button', { name: 'Revert 1 value' }))
    expect(screen.getByLabelText('Reason')).toHaveAccessibleDescription('Say why the import is reverted.')
    expect(calls.some((c) => c.init?.method === 'POST')).toBe(false)
    await user.type(screen.getByLabelText('Reason'), 'Withdrawn')
    await user.click(screen.getByRole('button', { name: 'Revert 1 value' }))

    expect(await screen.findByText('Import #7 (API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv) reverted: 1 value restored.')).toBeInTheDocument()
    const post = calls.find((c) => c.init?.method === 'POST')
    expect(post?.init?.body).toBe(JSON.stringify({ reason: 'Withdrawn' }))
    expect(post?.init?.headers).toMatchObject({ 'x-csrf-token': CSRF_TOKEN })
    expect(screen.getByText('GDP per capita, PPP · Mexico').closest('li')).toHaveTextContent('On track to Off track')
    expect(screen.queryByRole('form')).toBeNull()
    expect(screen.getByRole('heading', { level: 2, name: 'Past imports' })).toHaveFocus()
    await vi.waitFor(() => expect(within(rowOf(7)).queryByRole('button')).toBeNull())
    expect(calls.filter((c) => c.path === '/api/admin/imports?limit=20').length).toBeGreaterThanOrEqual(2)
  })

  test('a value changed since the import blocks the revert and is listed', async () => {
    const conflict = apiError(409, 'version_conflict', '1 point(s) changed since the dry run', {
      total: 3,
      conflicts: [
        { indicator: 'gdp-per-capita-ppp', country: 'MEX', period: '2024', version: 2, current: { value: 25500, version: 3, deleted: false, updatedAt: '2026-12-01T15:04:00.000Z', author: 'Ana Editor' } },
        { indicator: 'gdp-per-capita-ppp', country: 'CAN', period: '2024', version: 2, current: { value: null, version: 3, deleted: true, updatedAt: '2026-12-01T15:04:00.000Z', author: 'Ana Editor' } },
      ],
    })
    stubApi([page([committedImport])], conflict)
    const user = setup()
    await user.click(await screen.findByRole('button', { name: 'Revert import #7' }))
    await user.type(screen.getByLabelText('Reason'), 'Withdrawn')
    await user.click(screen.getByRole('button', { name: 'Revert 1 value' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was reverted: 3 values were changed by someone else since the import. Correct them in data entry instead.',
    )
    expect(screen.getByText(/^GDP per capita, PPP · Mexico, 2024: changed by Ana Editor \(.+\), now 25,500\.$/)).toBeInTheDocument()
    expect(screen.getByText(/^GDP per capita, PPP · CAN, 2024: deleted by Ana Editor \(.+\)\.$/)).toBeInTheDocument()
    expect(screen.getByText('…and 1 more.')).toBeInTheDocument()
  })

  test('an import reverted meanwhile is said so', async () => {
    stubApi([page([committedImport])], apiError(409, 'already_reverted', 'import #7 was already reverted', { state: 'reverted' }))
    const user = setup()
    await user.click(await screen.findByRole('button', { name: 'Revert import #7' }))
    await user.type(screen.getByLabelText('Reason'), 'Withdrawn')
    await user.click(screen.getByRole('button', { name: 'Revert 1 value' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This import was reverted: check the file again to apply it.')
  })

  test('loads older imports on demand', async () => {
    const calls: string[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        calls.push(path)
        if (path === '/api/admin/imports?limit=20') return json({ items: [committedImport], nextCursor: 'older' })
        if (path === '/api/admin/imports?cursor=older&limit=20') return json({ items: [revertedImport], nextCursor: null })
        return apiError(404, 'not_found', path)
      }),
    )
    const user = setup()
    await user.click(await screen.findByRole('button', { name: 'Load older imports' }))
    expect(await screen.findByRole('rowheader', { name: /Import #5 · / })).toBeInTheDocument()
    expect(screen.getAllByRole('row')).toHaveLength(3)
    expect(screen.queryByRole('button', { name: 'Load older imports' })).toBeNull()
  })

  test('says when nothing was imported yet', async () => {
    stubApi([page([])])
    setup()
    expect(await screen.findByText('No file has been imported yet.')).toBeInTheDocument()
  })
})
