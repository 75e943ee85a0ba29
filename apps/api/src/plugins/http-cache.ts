/**
 * HTTP caching and compression of the API's GET responses:
 *
 * - routes with `config: { responseCache: true }` (series, progress, catalog) are answered from the
 *   response cache while the data has not changed (src/cache/response-cache.ts), before their
 *   handler, validation or serialisation run; a miss stores the serialised body;
 * - every 200 answer to a GET under /api/ gets a strong `ETag` (the hash of the body, or the tag the
 *   serialiser knows for it, `knownTagOf`; with the coding: `"h"`, `"h-br"`, `"h-gzip"`),
 *   `Vary: Accept-Encoding`, a `Cache-Control` that makes browsers revalidate (`public, max-age=0,
 *   must-revalidate` for the cached public reads, `no-cache` for the others unless the route set its
 *   own, e.g. `no-store` behind sign-in), and a `304 Not Modified` without a body when
 *   `If-None-Match` names it;
 * - the body is sent in brotli or gzip when the client accepts it and it is text of 1 KB or more
 *   (cached bodies are compressed once per data version, the others per request). Everything else
 *   (the web app, the docs, errors, streams) is left to @fastify/compress (compression.ts).
 *
 * `x-cache: hit | miss` tells which way a cacheable request went (`off` with RESPONSE_CACHE=off).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { chooseEncoding } from '../cache/accept-encoding.ts'
import { cacheKey, type ResponseCache } from '../cache/response-cache.ts'
import { bodyOf, codingFor, etagOf, matchesIfNoneMatch, representationOf, type Representation } from '../cache/representation.ts'
import { knownTagOf } from './json-serializer.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The answer depends only on the URL, the data and the day, is the same for every client and
     * sets no header of its own: serve it from the response cache (public routes only).
     */
    responseCache?: boolean
  }
  interface FastifyRequest {
    httpCache: CacheState | null
  }
}

interface CacheState {
  key: string
  /** The data version read before the handler read any data. */
  version: string
  hit: Representation | null
}

export const PUBLIC_REVALIDATE = 'public, max-age=0, must-revalidate'

export interface HttpCacheOptions {
  /** The response cache, or null to build every response (RESPONSE_CACHE=off). */
  cache: ResponseCache | null
  /** The clock of the cache key's day (progress without asOf is assessed at today's date). */
  now?: () => Date
}

const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD'
const isCacheable = (request: FastifyRequest) => request.routeOptions.config.responseCache === true

function addVary(reply: FastifyReply) {
  const vary = reply.getHeader('vary')
  const current = typeof vary === 'string' ? vary : Array.isArray(vary) ? vary.join(', ') : ''
  if (current === '') reply.header('vary', 'accept-encoding')
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(current)) reply.header('vary', `${current}, accept-encoding`)
}

/** Adds the hooks to `app` (the root instance, after the auth plugin so access is decided first). */
export function registerHttpCache(app: FastifyInstance, { cache, now = () => new Date() }: HttpCacheOptions): void {
  app.decorateRequest('httpCache', null)

  // A cached answer is the same for everyone: never for a route behind sign-in.
  app.addHook('onRoute', (route) => {
    if (route.config?.responseCache === true && route.config.auth !== undefined) {
      throw new Error(`${route.url}: config.responseCache is for public reads, not for a route with config.auth`)
    }
  })

  // Callback-style hooks (no promise per request on the hot path).
  app.addHook('onRequest', (request, reply, done) => {
    if (!isRead(request) || !isCacheable(request)) return done()
    if (cache === null) {
      reply.header('x-cache', 'off')
      return done()
    }
    const key = cacheKey(request.method, request.url, now().toISOString().slice(0, 10))
    const version = cache.version()
    const hit = cache.get(key, version) ?? null
    request.httpCache = { key, version, hit }
    reply.header('x-cache', hit ? 'hit' : 'miss')
    if (!hit) return done()
    // Answered here: the handler, validation and serialisation do not run.
    reply.type(hit.contentType).send(hit.identity)
  })

  app.addHook('onSend', (request, reply, payload, done) => {
    done(null, answer(request, reply, payload))
  })

  function answer(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
    if (!isRead(request) || reply.statusCode !== 200 || !request.url.startsWith('/api/')) return payload
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    if (reply.getHeader('content-encoding') !== undefined) return payload

    const state = request.httpCache
    let rep: Representation
    if (state?.hit) {
      rep = state.hit
    } else {
      const type = reply.getHeader('content-type')
      const known = typeof payload === 'string' ? knownTagOf(payload) : undefined
      rep = representationOf(payload, typeof type === 'string' ? type : 'application/json; charset=utf-8', known)
      if (state && cache) cache.set(state.key, state.version, rep)
    }

    addVary(reply)
    if (reply.getHeader('cache-control') === undefined) reply.header('cache-control', isCacheable(request) ? PUBLIC_REVALIDATE : 'no-cache')
    const coding = codingFor(rep, chooseEncoding(request.headers['accept-encoding']))
    reply.header('etag', etagOf(rep, coding))
    // GET only: a HEAD keeps the 200's headers (Fastify's HEAD handler needs a body to measure).
    if (request.method === 'GET' && matchesIfNoneMatch(request.headers['if-none-match'], rep)) {
      reply.code(304)
      reply.removeHeader('content-type')
      reply.removeHeader('content-length')
      return null
    }
    if (coding !== 'identity') reply.header('content-encoding', coding)
    return state && cache ? cache.body(state.key, rep, coding) : bodyOf(rep, coding)
  }
}
