/**
 * The response cache: pre-serialised (and, on first use, pre-compressed) bodies of the read routes
 * that only change when the data does (series, progress, catalog), keyed by method, path, the query
 * with its parameters in a fixed order, and the UTC day (progress without `asOf` is assessed at
 * today's date). Each entry carries the data version it was built at (data-version.ts) and is only
 * served while that is still the current version: a write moves the version before any read can
 * see its data, so a write and an immediate read give the new value (test/performance/).
 *
 * Bounded: least recently used entries go first beyond `maxEntries` or `maxBytes`.
 * `invalidate()` drops everything at once (and moves the version on).
 */
import type { DataVersion } from './data-version.ts'
import { bodyOf, sizeOf, type Representation } from './representation.ts'
import type { Encoding } from './accept-encoding.ts'

export interface ResponseCacheOptions {
  maxEntries?: number
  maxBytes?: number
}

interface Entry {
  version: string
  rep: Representation
  size: number
}

export interface ResponseCacheStats {
  entries: number
  bytes: number
  hits: number
  misses: number
}

/**
 * The key of a request: `GET /path?b=2&a=1` and `GET /path?a=1&b=2` are one entry. The raw
 * parameters are only reordered (stably, by name), never decoded, so two keys are equal only when
 * the parsed queries are.
 */
export function cacheKey(method: string, url: string, day: string): string {
  const q = url.indexOf('?')
  const path = q === -1 ? url : url.slice(0, q)
  const query = q === -1 ? '' : url.slice(q + 1)
  const params = query === '' ? [] : query.split('&')
  const name = (p: string) => {
    const eq = p.indexOf('=')
    return eq === -1 ? p : p.slice(0, eq)
  }
  const sorted = params
    .map((p, i) => ({ p, n: name(p), i }))
    .sort((a, b) => (a.n < b.n ? -1 : a.n > b.n ? 1 : a.i - b.i))
    .map((x) => x.p)
  return `${method === 'HEAD' ? 'GET' : method} ${path}${sorted.length > 0 ? `?${sorted.join('&')}` : ''} ${day}`
}

export function createResponseCache(version: DataVersion, options: ResponseCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 1000
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024
  const entries = new Map<string, Entry>()
  let bytes = 0
  let hits = 0
  let misses = 0

  function drop(key: string, e: Entry) {
    entries.delete(key)
    bytes -= e.size
  }

  function evict() {
    for (const [key, e] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break
      drop(key, e)
    }
  }

  return {
    /** The data version now (read it before reading the data a response is built from). */
    version: (): string => version.current(),

    /** The representation stored under `key`, if it was built at `current` (the data version now). */
    get(key: string, current: string): Representation | undefined {
      const e = entries.get(key)
      if (e === undefined || e.version !== current) {
        if (e !== undefined) drop(key, e)
        misses++
        return undefined
      }
      // Most recently used last.
      entries.delete(key)
      entries.set(key, e)
      hits++
      return e.rep
    },

    /** Keeps `rep`, built from the data at `builtAt` (ignored if the data has moved on since). */
    set(key: string, builtAt: string, rep: Representation): void {
      if (builtAt !== version.current()) return
      const old = entries.get(key)
      if (old !== undefined) drop(key, old)
      const size = sizeOf(rep)
      entries.set(key, { version: builtAt, rep, size })
      bytes += size
      evict()
    },

    /** The body of a stored representation in `coding`, compressed once and counted. */
    body(key: string, rep: Representation, coding: Encoding): Buffer {
      const before = sizeOf(rep)
      const body = bodyOf(rep, coding)
      const e = entries.get(key)
      if (e !== undefined && e.rep === rep) {
        const after = sizeOf(rep)
        e.size += after - before
        bytes += after - before
        evict()
      }
      return body
    },

    /** Drops every entry and moves the data version on: what was cached is never served again. */
    invalidate(): void {
      version.invalidate()
      entries.clear()
      bytes = 0
    },

    stats(): ResponseCacheStats {
      return { entries: entries.size, bytes, hits, misses }
    },
  }
}
export type ResponseCache = ReturnType<typeof createResponseCache>
