/**
 * Compression of everything the API's own GET hook (http-cache.ts) does not already encode: the
 * web app's files that have no pre-compressed copy, index.html, the docs, errors, other methods'
 * answers. Brotli, then gzip, for text of 1 KB or more (@fastify/compress, which skips any reply
 * that already has a Content-Encoding).
 *
 * The built web app's files come pre-compressed: the web build writes `file.br` and `file.gz`
 * beside each file and @fastify/static (`preCompressed: true`) sends the one the client accepts
 * with its Content-Encoding; `staticFileHeaders` adds the caching headers.
 */
import type { FastifyCompressOptions } from '@fastify/compress'
import type { SetHeadersResponse } from '@fastify/static'

export const compressionOptions: FastifyCompressOptions = {
  global: true,
  threshold: 1024,
  encodings: ['br', 'gzip'],
}

/** Hashed bundles under /assets/ never change; everything else (index.html, favicon) is revalidated. */
export function staticFileHeaders(res: SetHeadersResponse, filePath: string): void {
  const hashed = filePath.includes('/assets/')
  res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
  res.setHeader('vary', 'accept-encoding')
}
