/**
 * The one way the web app reads the API: fetch, then parse. Success bodies are parsed with the wire
 * schema from @nap/schemas, failures with ApiErrorSchema, so drift fails loudly at the boundary.
 */
import { ApiErrorSchema } from '@nap/schemas'
import type { z } from 'zod'

export class ApiError extends Error {
  readonly statusCode: number
  readonly code: string
  readonly issues: { field: string; message: string }[]

  constructor(statusCode: number, code: string, message: string, issues: { field: string; message: string }[] = []) {
    super(message)
    this.name = 'ApiError'
    this.statusCode = statusCode
    this.code = code
    this.issues = issues
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
  const parsed = ApiErrorSchema.safeParse(body)
  if (parsed.success) {
    const { statusCode, code, message, issues } = parsed.data
    return new ApiError(statusCode, code, message, issues)
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`.trim())
}

export async function apiGet<S extends z.ZodType>(path: string, schema: S, init?: RequestInit): Promise<z.infer<S>> {
  const response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } })
  if (!response.ok) throw await readError(response)
  const body: unknown = await response.json()
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new ApiError(response.status, 'invalid_response', `Unexpected response from ${path}: ${parsed.error.message}`)
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
