import { afterEach, describe, expect, test, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { apiGet } from '@/lib/api-client.ts'
import { renderWithProviders } from '@/testing/test-utils.tsx'
import { gate } from './query-gate.tsx'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

function Probe() {
  const query = useQuery({ queryKey: ['probe'], queryFn: () => apiGet('/api/probe', z.object({ answer: z.number() })), retry: false })
  const state = gate([query], { notFound: <p>Nothing here</p> })
  return state.ready ? <p>Answer {state.data[0].answer}</p> : state.element
}

afterEach(() => vi.unstubAllGlobals())

describe('gate', () => {
  test('shows loading, then the data', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ answer: 42 })))
    renderWithProviders(<Probe />)
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…')
    expect(await screen.findByText('Answer 42')).toBeInTheDocument()
  })

  test('shows the API error with a retry that loads the data again', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json({ statusCode: 500, error: 'Internal Server Error', code: 'internal', message: 'Internal Server Error' }, 500))
      .mockResolvedValueOnce(json({ answer: 7 }))
    vi.stubGlobal('fetch', fetchMock)
    renderWithProviders(<Probe />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The data could not be loaded')
    expect(alert).toHaveTextContent('The server answered: Internal Server Error')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Answer 7')).toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  test('shows the not-found content for a 404', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ statusCode: 404, error: 'Not Found', code: 'not_found', message: 'nope' }, 404)))
    renderWithProviders(<Probe />)
    expect(await screen.findByText('Nothing here')).toBeInTheDocument()
  })

  test('writes the error panel in Spanish', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ statusCode: 503, error: 'Service Unavailable', code: 'unavailable', message: 'Base de datos ocupada' }, 503)))
    renderWithProviders(<Probe />, { lang: 'es' })
    expect(await screen.findByRole('alert')).toHaveTextContent('No se pudieron cargar los datos')
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeInTheDocument()
  })
})
