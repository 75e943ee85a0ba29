import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { ApiError } from '@/lib/api-client.ts'
import { FakeXhr } from '../testing/fake-xhr.ts'
import { wdiImport } from '../testing/import-fixtures.ts'
import { uploadFields } from './imports.ts'
import { ImportDetailSchema } from './schemas.ts'
import { UploadAborted, uploadForm, type UploadProgress } from './upload.ts'

const file = new File(['\uFEFF"Data Source","World Development Indicators",\r\n'], 'API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv', { type: 'text/csv' })

beforeEach(() => {
  FakeXhr.reset()
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
})
afterEach(() => vi.unstubAllGlobals())

const send = (extra: { onProgress?: (p: UploadProgress) => void; onSent?: () => void; signal?: AbortSignal } = {}) =>
  uploadForm({ url: '/api/admin/imports', fields: uploadFields({ file, format: 'wdi', indicator: '', sheet: ' ' }), csrfToken: 'csrf-9', ...extra }, ImportDetailSchema)

describe('uploadForm', () => {
  test('posts the options that are set, then the file, with the session cookie and the CSRF header', async () => {
    const answer = send()
    const xhr = FakeXhr.last()
    expect([xhr.method, xhr.url, xhr.withCredentials]).toEqual(['POST', '/api/admin/imports', true])
    expect(xhr.headers).toEqual({ accept: 'application/json', 'x-csrf-token': 'csrf-9' })
    expect(xhr.fields()).toEqual([
      ['format', 'wdi'],
      ['file', 'file:API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv'],
    ])
    xhr.respond(201, wdiImport)
    await expect(answer).resolves.toEqual(wdiImport)
  })

  test('reports the bytes sent, then that the server is reading', async () => {
    const progress: UploadProgress[] = []
    const onSent = vi.fn()
    const answer = send({ onProgress: (p) => progress.push(p), onSent })
    const xhr = FakeXhr.last()
    xhr.progress(1_000, 3_993)
    xhr.progress(3_993, 3_993)
    expect(onSent).not.toHaveBeenCalled()
    xhr.sentAll()
    expect(onSent).toHaveBeenCalledOnce()
    expect(progress).toEqual([
      { loaded: 1_000, total: 3_993 },
      { loaded: 3_993, total: 3_993 },
    ])
    xhr.respond(201, wdiImport)
    await answer
  })

  test('turns the API’s refusals into ApiErrors with their code and body', async () => {
    const tooLarge = send()
    const body = { statusCode: 413, error: 'Payload Too Large', code: 'file_too_large', message: 'The file is larger than the limit of 20 MiB (20,971,520 bytes)' }
    FakeXhr.last().respond(413, body)
    await expect(tooLarge).rejects.toEqual(new ApiError(413, 'file_too_large', body.message, [], body))

    const broken = send()
    FakeXhr.last().respond(400, {
      statusCode: 400,
      error: 'Bad Request',
      code: 'invalid_file',
      message: 'The file cannot be imported: line 2: Invalid Closing Quote',
      issues: [{ field: 'file', message: 'line 2: Invalid Closing Quote' }],
      file: { code: 'csv', line: 2, part: null },
    })
    const error = await broken.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ statusCode: 400, code: 'invalid_file', issues: [{ field: 'file', message: 'line 2: Invalid Closing Quote' }] })
  })

  test('a proxy’s 413 page without JSON is still a 413', async () => {
    const answer = send()
    FakeXhr.last().respond(413, '<html>Request Entity Too Large</html>', 'Payload Too Large')
    await expect(answer).rejects.toMatchObject({ statusCode: 413, code: 'payload_too_large', message: '413 Payload Too Large' })
  })

  test('refuses an answer of the wrong shape', async () => {
    const answer = send()
    FakeXhr.last().respond(201, { id: 'seven' })
    await expect(answer).rejects.toMatchObject({ statusCode: 201, code: 'invalid_response' })
  })

  test('a network failure is the TypeError fetch gives; an abort is UploadAborted', async () => {
    const lost = send()
    FakeXhr.last().fail()
    await expect(lost).rejects.toBeInstanceOf(TypeError)

    const controller = new AbortController()
    const cancelled = send({ signal: controller.signal })
    controller.abort()
    await expect(cancelled).rejects.toBeInstanceOf(UploadAborted)
    expect(FakeXhr.last().aborted).toBe(true)
  })
})
