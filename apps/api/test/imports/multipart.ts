/**
 * multipart/form-data bodies for app.inject, as a browser's FormData sends them:
 *
 *   const { payload, headers } = multipart({ file: { name: 'tidy.csv', content: bytes }, fields: { format: 'tidy' } })
 *   await app.inject({ method: 'POST', url: '/api/admin/imports', headers: { ...authHeaders(s), ...headers }, payload })
 */
import { randomUUID } from 'node:crypto'

export interface MultipartFile {
  name: string
  content: Uint8Array | string
  /** The form field (default "file"). */
  field?: string
  type?: string
}

export interface MultipartInput {
  file?: MultipartFile
  files?: MultipartFile[]
  fields?: Record<string, string>
}

export function multipart(input: MultipartInput): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = `----nap-${randomUUID()}`
  const chunks: Buffer[] = []
  for (const [name, value] of Object.entries(input.fields ?? {})) {
    chunks.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`, 'utf8'))
  }
  for (const f of [...(input.file ? [input.file] : []), ...(input.files ?? [])]) {
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.name}"\r\ncontent-type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`
    chunks.push(Buffer.from(head, 'utf8'), typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : Buffer.from(f.content), Buffer.from('\r\n', 'utf8'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'))
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
