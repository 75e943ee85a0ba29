/**
 * The one way the web app reads the API: fetch, then parse. Success bodies are checked against the
 * wire schema from @nap/schemas, failures against ApiErrorSchema, so drift fails loudly at the boundary.
 * A parser is anything with zod's `safeParse`: the public pages pass the zod-free wire parsers of
 * wire-schemas.ts, the admin screens zod schemas.
 */
import { takeEarlyResponse } from './early-responses.ts'
import type { Parser } from './json-check.ts'
import { ApiErrorWire } from './wire-schemas.ts'

export class ApiError extends Error {
  readonly statusCode: number
  readonly code: string
  readonly issues: { field: string; message: string }[]
  /** The whole error body as the server sent it (409 and 422 answers carry more than the error shape). */
  readonly body: unknown

  constructor(statusCode: number, code: string, message: string, issues: { field: string; message: string }[] = [], body: unknown = null) {
    super(message)
    this.name = 'ApiError'
    this.statusCode = statusCode
    this.code = code
    this.issues = issues
    this.body = body
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.statusCode === 404
}

async function readError(response: Response): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // Not JSON (a proxy error page): fall through to a generic error.
  }
  const parsed = ApiErrorWire.safeParse(body)
  if (parsed.success) {
    const { statusCode, code, message, issues } = parsed.data
    return new ApiError(statusCode, code, message, issues, body)
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`.trim())
}

export async function apiGet<T>(path: string, schema: Parser<T>, init?: RequestInit): Promise<T> {
  // A plain read may find its answer on the way already (asked for by the early script, same request).
  const early = init === undefined ? takeEarlyResponse(path) : undefined
  const response = await (early ?? fetch(path, { credentials: 'same-origin', ...init, headers: { accept: 'application/json', ...init?.headers } }))
  if (!response.ok) throw await readError(response)
  const body: unknown = await response.json()
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new ApiError(response.status, 'invalid_response', `Unexpected response from ${path}: ${parsed.error.message}`)
  }
  return parsed.data
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface SendOptions {
  /** JSON body (omitted: none). */
  body?: unknown
  /**
   * The session's CSRF token (from sign-in or GET /api/auth/me), sent as X-CSRF-Token: the API refuses
   * a cookie-authenticated write without it.
   */
  csrfToken?: string | undefined
}

/**
 * A write to the API with the session cookie (same origin) and the CSRF header; the answer is parsed
 * like apiGet's. An empty answer (204) is parsed as null.
 */
export async function apiSend<T>(method: WriteMethod, path: string, schema: Parser<T>, options: SendOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.csrfToken) headers['x-csrf-token'] = options.csrfToken
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
  })
  if (!response.ok) throw await readError(response)
  const text = await response.text()
  const body: unknown = text === '' ? null : JSON.parse(text)
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new ApiError(response.status, 'invalid_response', `Unexpected response from ${method} ${path}: ${parsed.error.message}`)
  }
  return parsed.data
}

/** Builds `path?a=1&b=2`, skipping empty values. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    search.set(key, String(value))
  }
  const query = search.toString()
  return query ? `${path}?${query}` : path
}
