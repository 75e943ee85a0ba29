/**
 * The upload of an import file with progress: XMLHttpRequest, because fetch reports no upload
 * progress. Same rules as lib/api-client.ts: the session cookie (same origin), the X-CSRF-Token header,
 * failures parsed into an ApiError, the answer checked against its schema.
 */
import { ApiError } from '@/lib/api-client.ts'
import type { Parser } from '@/lib/json-check.ts'
import { ApiErrorWire } from '@/lib/wire-schemas.ts'

export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number
  /** Bytes to send (the whole multipart body), or null when the browser cannot tell. */
  total: number | null
}

export interface UploadRequest {
  url: string
  /** The form fields, in this order (the options before the file: a streaming server reads them first). */
  fields: readonly (readonly [string, string | Blob, string?])[]
  csrfToken: string
  onProgress?: (progress: UploadProgress) => void
  /** Called once every byte is sent: the server is now reading the file. */
  onSent?: () => void
  signal?: AbortSignal
}

/** Thrown when the caller aborted the upload (its signal). */
export class UploadAborted extends Error {
  override name = 'UploadAborted'
}

function parseJson(text: string): unknown {
  if (text === '') return null
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The ApiError of a refused upload (413, 400…): the API's error body, else the HTTP status. */
export function uploadError(status: number, statusText: string, text: string): ApiError {
  const body = parseJson(text)
  const parsed = ApiErrorWire.safeParse(body)
  if (parsed.success) {
    const { statusCode, code, message, issues } = parsed.data
    return new ApiError(statusCode, code, message, issues, body)
  }
  return new ApiError(status, status === 413 ? 'payload_too_large' : 'http_error', `${status} ${statusText}`.trim())
}

/** Sends `fields` as multipart/form-data to `url` and parses the answer with `schema`. */
export function uploadForm<T>(request: UploadRequest, schema: Parser<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const form = new FormData()
    for (const [name, value, fileName] of request.fields) {
      if (typeof value === 'string') form.append(name, value)
      else form.append(name, value, fileName)
    }
    const abort = () => xhr.abort()
    const done = () => request.signal?.removeEventListener('abort', abort)

    xhr.open('POST', request.url)
    xhr.withCredentials = true
    xhr.setRequestHeader('accept', 'application/json')
    xhr.setRequestHeader('x-csrf-token', request.csrfToken)
    xhr.upload.addEventListener('progress', (event) => {
      request.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null })
    })
    xhr.upload.addEventListener('load', () => request.onSent?.())
    xhr.addEventListener('load', () => {
      done()
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(uploadError(xhr.status, xhr.statusText, xhr.responseText))
        return
      }
      const parsed = schema.safeParse(parseJson(xhr.responseText))
      if (parsed.success) resolve(parsed.data)
      else reject(new ApiError(xhr.status, 'invalid_response', `Unexpected response from POST ${request.url}: ${parsed.error.message}`))
    })
    // A network failure: the same TypeError fetch throws, so errorText says "network".
    xhr.addEventListener('error', () => {
      done()
      reject(new TypeError('Network request failed'))
    })
    xhr.addEventListener('abort', () => {
      done()
      reject(new UploadAborted('The upload was cancelled'))
    })
    if (request.signal?.aborted) {
      reject(new UploadAborted('The upload was cancelled'))
      return
    }
    request.signal?.addEventListener('abort', abort)
    xhr.send(form)
  })
}
