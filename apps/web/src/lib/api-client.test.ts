import { afterEach, describe, expect, test, vi } from 'vitest'
import { z } from 'zod'
import { ApiError, apiGet, isNotFound, withQuery } from './api-client.ts'

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

describe('withQuery', () => {
  test('skips empty parameters', () => {
    expect(withQuery('/api/progress', { goal: 1, country: undefined, q: '' })).toBe('/api/progress?goal=1')
    expect(withQuery('/api/progress', {})).toBe('/api/progress')
  })
})
