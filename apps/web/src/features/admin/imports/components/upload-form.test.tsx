import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { act, fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { gdpPerCapita } from '@/testing/fixtures.ts'
import { FakeXhr } from '../testing/fake-xhr.ts'
import { wdiImport } from '../testing/import-fixtures.ts'
import { CSRF_TOKEN, renderImports } from '../testing/render-imports.tsx'
import { createLabels } from '../utils/labels.ts'
import { UploadForm } from './upload-form.tsx'

const labels = createLabels([gdpPerCapita], { MEX: 'Mexico' }, (text) => text.en, 'en')
const csv = (name: string, bytes = 3_993) => new File(['x'.repeat(bytes)], name, { type: 'text/csv' })

beforeEach(() => {
  FakeXhr.reset()
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
})
afterEach(() => vi.unstubAllGlobals())

function setup() {
  const onChecked = vi.fn()
  renderImports(<UploadForm indicators={[gdpPerCapita]} labels={labels} onChecked={onChecked} />)
  return { onChecked, user: userEvent.setup() }
}

describe('UploadForm', () => {
  test('a file chosen with the labelled input is sent with the options, and the progress is shown until the answer', async () => {
    const { onChecked, user } = setup()
    const input = screen.getByLabelText('File to import')
    expect(input).toHaveAttribute('type', 'file')
    expect(input).toHaveAccessibleDescription('CSV (tidy, World Bank WDI, OECD.Stat, SDMX-CSV), the World Bank’s ZIP download or an XLSX workbook; at most 20 MB.')
    await user.upload(input, csv('API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv'))
    expect(screen.getByText('Chosen: API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv (3.9 kB)')).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Format'), 'World Bank WDI (CSV or ZIP)')
    await user.selectOptions(screen.getByLabelText('Indicator'), 'GDP per capita, PPP')
    await user.click(screen.getByRole('button', { name: 'Check the file' }))

    const xhr = FakeXhr.last()
    expect(xhr.headers['x-csrf-token']).toBe(CSRF_TOKEN)
    expect(xhr.fields()).toEqual([
      ['format', 'wdi'],
      ['indicator', 'gdp-per-capita-ppp'],
      ['file', 'file:API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv'],
    ])
    expect(screen.getByRole('button', { name: 'Checking…' })).toBeDisabled()
    expect(screen.getByLabelText('File to import')).toBeDisabled()
    act(() => xhr.progress(1_600, 4_000))
    expect(screen.getByRole('progressbar', { name: 'Uploading: 40%' })).toHaveAttribute('value', '40')
    act(() => xhr.sentAll())
    expect(screen.getByRole('progressbar', { name: 'Uploaded: the server is reading the file and comparing it with the data…' })).not.toHaveAttribute('value')
    act(() => xhr.respond(201, wdiImport))
    await vi.waitFor(() => expect(onChecked).toHaveBeenCalledWith(wdiImport))
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.getByRole('button', { name: 'Check the file' })).toBeEnabled()
  })

  test('a file dropped on the zone is taken (the first of several)', async () => {
    setup()
    const zone = screen.getByTestId('drop-zone')
    const files = [csv('oecd-gerd.csv', 812), csv('tidy.csv', 100)]
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' }
    fireEvent.dragEnter(zone, { dataTransfer })
    expect(zone).toHaveClass('drop-zone--over')
    expect(screen.getByText('Drop the file to choose it')).toBeInTheDocument()
    fireEvent.drop(zone, { dataTransfer })
    expect(zone).not.toHaveClass('drop-zone--over')
    expect(screen.getByText('Chosen: oecd-gerd.csv (812 bytes) Only the first file is taken: import one file at a time.')).toBeInTheDocument()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check the file' }))
    expect(FakeXhr.last().fields()).toEqual([['file', 'file:oecd-gerd.csv']])
  })

  test('text dragged from the page is not a file drop', () => {
    setup()
    const zone = screen.getByTestId('drop-zone')
    fireEvent.dragEnter(zone, { dataTransfer: { types: ['text/plain'], files: [] } })
    expect(zone).not.toHaveClass('drop-zone--over')
  })

  test('refuses before sending: no file, an empty file, a file over 20 MB', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Check the file' }))
    const input = screen.getByLabelText('File to import')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('Choose a file first.')).toBeInTheDocument()
    await user.upload(input, new File([], 'empty.csv'))
    expect(screen.getByText('empty.csv is empty.')).toBeInTheDocument()
    const big = new File(['x'], 'API_all_DS2.zip')
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 })
    await user.upload(input, big)
    expect(input).toHaveAccessibleDescription(expect.stringContaining('This file is 21 MB: the limit is 20 MB.'))
    await user.click(screen.getByRole('button', { name: 'Check the file' }))
    expect(FakeXhr.sent).toHaveLength(0)
  })

  test.each([
    [
      413,
      { statusCode: 413, error: 'Payload Too Large', code: 'file_too_large', message: 'The file is larger than the limit of 20 MiB (20,971,520 bytes)' },
      'Refused: the file is larger than 20 MB.',
    ],
    [
      400,
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'invalid_file',
        message: 'The file cannot be imported: line 2: Invalid Closing Quote: got "," at position 19',
        issues: [{ field: 'file', message: 'line 2: Invalid Closing Quote: got "," at position 19' }],
        file: { code: 'csv', line: 2, part: null },
      },
      'The file could not be read: line 2: Invalid Closing Quote: got "," at position 19',
    ],
    [
      413,
      { statusCode: 413, error: 'Payload Too Large', code: 'too_many_rows', message: 'The file cannot be imported: line 200,002: more than 200,000 rows', issues: [{ field: 'file', message: 'line 200,002: more than 200,000 rows' }] },
      'The file is over a limit: line 200,002: more than 200,000 rows',
    ],
  ])('says why the server refused the file (%i %#)', async (status, body, text) => {
    const { user, onChecked } = setup()
    await user.upload(screen.getByLabelText('File to import'), csv('broken.csv'))
    await user.click(screen.getByRole('button', { name: 'Check the file' }))
    act(() => FakeXhr.last().respond(status, body))
    expect(await screen.findByRole('alert')).toHaveTextContent(text)
    expect(onChecked).not.toHaveBeenCalled()
  })

  test('the upload can be cancelled while it is sent', async () => {
    const { user } = setup()
    await user.upload(screen.getByLabelText('File to import'), csv('tidy.csv'))
    await user.click(screen.getByRole('button', { name: 'Check the file' }))
    await user.click(screen.getByRole('button', { name: 'Cancel the upload' }))
    expect(FakeXhr.last().aborted).toBe(true)
    expect(await screen.findByRole('alert')).toHaveTextContent('The upload was cancelled.')
    expect(screen.getByRole('button', { name: 'Check the file' })).toBeEnabled()
  })

  test('speaks Spanish, with Spanish sizes', async () => {
    FakeXhr.reset()
    renderImports(<UploadForm indicators={[gdpPerCapita]} labels={createLabels([gdpPerCapita], {}, (t) => t.es, 'es')} onChecked={vi.fn()} />, { lang: 'es' })
    const user = userEvent.setup()
    await user.upload(screen.getByLabelText('Archivo por importar'), csv('tidy.csv', 2_621_440))
    expect(screen.getByText('Elegido: tidy.csv (2.5 MB)')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Revisar el archivo' })).toBeInTheDocument()
  })
})
