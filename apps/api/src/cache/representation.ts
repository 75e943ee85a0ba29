/**
 * A response body with what HTTP caching needs: its strong ETag (a hash of the bytes), and its
 * brotli and gzip codings, each built once when first asked for. Every coding has its own ETag
 * (`"<hash>"`, `"<hash>-br"`, `"<hash>-gzip"`): a strong validator names one exact representation.
 */
import { hash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Encoding } from './accept-encoding.ts'

/** Bodies smaller than this are sent as they are (compression would not pay for its headers). */
export const COMPRESS_THRESHOLD = 1024
/** Brotli quality 5: a few hundred µs for a series, a few ms for the whole progress matrix (bench/README.md). */
const BROTLI_QUALITY = 5
const GZIP_LEVEL = 6

const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.+-]+\+)?(?:json|xml|javascript)\b|image\/svg\+xml)/i

export interface Representation {
  readonly contentType: string
  /** The body's bytes (a string is encoded in UTF-8 once, here: hashed, measured and sent as these bytes). */
  readonly identity: Buffer
  /** Its length in bytes. */
  readonly size: number
  /** The hash of the identity body (base64url), the opaque part of every ETag. */
  readonly tag: string
  readonly codings: Partial<Record<Exclude<Encoding, 'identity'>, Buffer>>
}

/** `tag`: the body's tag when it is already known (`knownTagOf`); by default the SHA-1 of its bytes. */
export function representationOf(body: string | Buffer, contentType: string, tag?: string): Representation {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  return { contentType, identity: bytes, size: bytes.length, tag: tag ?? hash('sha1', bytes, 'base64url'), codings: {} }
}

/** Whether this body is worth compressing (a text type, at least the threshold). */
export function isCompressible(rep: Representation): boolean {
  return rep.size >= COMPRESS_THRESHOLD && COMPRESSIBLE.test(rep.contentType)
}

/** The coding actually sent for a request that accepts `wanted`. */
export function codingFor(rep: Representation, wanted: Encoding | null): Encoding {
  return wanted === null || wanted === 'identity' || !isCompressible(rep) ? 'identity' : wanted
}

export function etagOf(rep: Representation, coding: Encoding): string {
  return coding === 'identity' ? `"${rep.tag}"` : `"${rep.tag}-${coding}"`
}

/** The body in `coding`, compressing it the first time (kept on the representation). */
export function bodyOf(rep: Representation, coding: Encoding): Buffer {
  if (coding === 'identity') return rep.identity
  const known = rep.codings[coding]
  if (known) return known
  const made =
    coding === 'br'
      ? brotliCompressSync(rep.identity, {
          params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: rep.size },
        })
      : gzipSync(rep.identity, { level: GZIP_LEVEL })
  rep.codings[coding] = made
  return made
}

/** Bytes held by the representation (its body and the codings built so far). */
export function sizeOf(rep: Representation): number {
  return rep.size + (rep.codings.br?.length ?? 0) + (rep.codings.gzip?.length ?? 0)
}

/**
 * Whether `If-None-Match` names this representation in any coding (RFC 9110 §13.1.2: weak
 * comparison, so `W/"…"` matches too, and `*` matches any current representation).
 */
export function matchesIfNoneMatch(header: string | undefined, rep: Representation): boolean {
  if (header === undefined) return false
  const h = header.trim()
  if (h === '*') return true
  for (const raw of h.split(',')) {
    const t = raw.trim().replace(/^W\//, '')
    if (t === `"${rep.tag}"` || t === `"${rep.tag}-br"` || t === `"${rep.tag}-gzip"`) return true
  }
  return false
}
