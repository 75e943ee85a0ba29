import { afterEach, describe, expect, test, vi } from 'vitest'
import { z } from 'zod'
import { ApiError, apiGet, apiSend, isNotFound, withQuery } from './api-client.ts'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

afterEach(() => vi.unstubAllGlobals())

describe('apiGet', () => {
  test('returns the body parsed with the wire schema', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ status: 'ok', count: 28 })))
    await expect(apiGet('/api/x', z.object({ status: z.literal('ok'), count: z.number() }))).resolves.toEqual({ status: 'ok', count: 28 })
  })

  test('turns the API error shape into an ApiError with its message and code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ statusCode: 404, error: 'Not Found', code: 'not_found', message: 'Indicator "nope" not found' }, 404)),
    )
    const error = await apiGet('/api/indicators/nope', z.object({})).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ statusCode: 404, code: 'not_found', message: 'Indicator "nope" not found' })
    expect(isNotFound(error)).toBe(true)
  })

  test('fails at the boundary when the response drifts from the schema', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ status: 'ok' })))
    await expect(apiGet('/api/x', z.object({ count: z.number() }))).rejects.toMatchObject({ code: 'invalid_response' })
  })

  test('reports a non-JSON failure with the HTTP status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' })))
    await expect(apiGet('/api/x', z.object({}))).rejects.toMatchObject({ statusCode: 502, code: 'http_error', message: '502 Bad Gateway' })
  })
})

describe('apiSend', () => {
  test('sends the JSON body, the CSRF header and the session cookie of this site', async () => {
    const fetchMock = vi.fn(async (_path: string, _init?: RequestInit) => json({ result: 'saved' }))
    vi.stubGlobal('fetch', fetchMock)
    const result = await apiSend('POST', '/api/admin/x', z.object({ result: z.string() }), { body: { reason: 'INEGI' }, csrfToken: 'tok-1' })
    expect(result).toEqual({ result: 'saved' })
    const [path, init] = fetchMock.mock.calls[0] ?? []
    expect(path).toBe('/api/admin/x')
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"reason":"INEGI"}' })
    expect(init?.headers).toMatchObject({ 'x-csrf-token': 'tok-1', 'content-type': 'application/json' })
  })

  test('reads an empty answer (204) as null', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })))
    await expect(apiSend('POST', '/api/auth/logout', z.null(), { csrfToken: 't' })).resolves.toBeNull()
  })

  test('keeps the whole error body of a 409, with the fields beyond the error shape', async () => {
    const conflict = {
      statusCode: 409,
      error: 'Conflict',
      code: 'version_conflict',
      message: '1 cell(s) changed since you read them: MEX 2025',
      conflicts: [{ country: 'MEX', period: '2025', version: 1, current: { value: 2.6, version: 2 } }],
    }
    vi.stubGlobal('fetch', vi.fn(async () => json(conflict, 409)))
    const error = await apiSend('POST', '/api/admin/x', z.object({}), { body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ statusCode: 409, code: 'version_conflict', body: conflict })
  })
})

describe('withQuery', () => {
  test('skips empty parameters', () => {
    expect(withQuery('/api/progress', { goal: 1, country: undefined, q: '' })).toBe('/api/progress?goal=1')
    expect(withQuery('/api/progress', {})).toBe('/api/progress')
  })
})
