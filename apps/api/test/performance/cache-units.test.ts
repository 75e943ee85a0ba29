import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import Fastify from 'fastify'
import { registerHttpCache } from '../../src/plugins/http-cache.ts'
import { chooseEncoding } from '../../src/cache/accept-encoding.ts'
import type { DataVersion } from '../../src/cache/data-version.ts'
import { bodyOf, codingFor, etagOf, matchesIfNoneMatch, representationOf } from '../../src/cache/representation.ts'
import { cacheKey, createResponseCache } from '../../src/cache/response-cache.ts'

describe('chooseEncoding', () => {
  test.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0.1', 'gzip'],
    ['GZIP', 'gzip'],
    ['deflate', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['identity', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*;q=0', null],
    ['identity;q=0', null],
    ['*;q=0, identity', 'identity'],
    ['br; q=1.0, gzip; q=0.9', 'br'],
  ])('Accept-Encoding %j → %j', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected)
  })
})

describe('cacheKey', () => {
  test.each([
    ['/api/x?b=2&a=1', '/api/x?a=1&b=2', true],
    ['/api/x?countries=MEX&from=2020', '/api/x?from=2020&countries=MEX', true],
    ['/api/x?a=1&a=2', '/api/x?a=2&a=1', false],
    ['/api/x?a=1', '/api/x?a=%31', false],
    ['/api/x', '/api/x?', true],
    ['/api/x?countries=MEX', '/api/x?countries=mex', false],
    ['/api/x?a=1', '/api/y?a=1', false],
  ])('%s and %s are one entry: %s', (a, b, same) => {
    expect(cacheKey('GET', a, '2026-01-01') === cacheKey('GET', b, '2026-01-01')).toBe(same)
  })

  test('HEAD shares the GET entry; the day and the method are part of the key', () => {
    expect(cacheKey('HEAD', '/api/x', '2026-01-01')).toBe(cacheKey('GET', '/api/x', '2026-01-01'))
    expect(cacheKey('GET', '/api/x', '2026-01-02')).not.toBe(cacheKey('GET', '/api/x', '2026-01-01'))
    expect(cacheKey('GET', '/api/x?b=2&a=1', '2026-01-01')).toBe('GET /api/x?a=1&b=2 2026-01-01')
  })
})

describe('a representation', () => {
  const big = JSON.stringify({ points: Array.from({ length: 200 }, (_, i) => ({ year: 1900 + i, value: i * 1.5 })) })
  const rep = representationOf(big, 'application/json; charset=utf-8')

  test('has one strong ETag per coding, each naming the same body', () => {
    expect(etagOf(rep, 'identity')).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    expect(etagOf(rep, 'br')).toBe(`"${rep.tag}-br"`)
    expect(etagOf(rep, 'gzip')).toBe(`"${rep.tag}-gzip"`)
    expect(representationOf(big, 'application/json').tag).toBe(rep.tag)
    expect(representationOf(`${big} `, 'application/json').tag).not.toBe(rep.tag)
  })

  test('its brotli and gzip bodies decode to the body, and are built once', () => {
    const br = bodyOf(rep, 'br')
    expect(brotliDecompressSync(br).toString()).toBe(big)
    expect(gunzipSync(bodyOf(rep, 'gzip')).toString()).toBe(big)
    expect(bodyOf(rep, 'br')).toBe(br)
    expect(br.length).toBeLessThan(big.length / 3)
  })

  test.each([
    ['a small body', representationOf('{"a":1}', 'application/json'), 'br', 'identity'],
    ['a zip', representationOf(Buffer.alloc(4096), 'application/zip'), 'gzip', 'identity'],
    ['a CSV', representationOf('a,b\n'.repeat(400), 'text/csv; charset=utf-8'), 'gzip', 'gzip'],
    ['an Atom feed', representationOf('<feed/>'.repeat(400), 'application/atom+xml; charset=utf-8'), 'br', 'br'],
    ['a client that refuses everything', rep, null, 'identity'],
  ] as const)('%s is sent as %s → %s', (_name, r, wanted, coding) => {
    expect(codingFor(r, wanted)).toBe(coding)
  })

  test.each([
    [undefined, false],
    ['*', true],
    [`"${rep.tag}"`, true],
    [`W/"${rep.tag}"`, true],
    [`"${rep.tag}-br"`, true],
    [`"other", "${rep.tag}-gzip"`, true],
    ['"other"', false],
    [rep.tag, false],
  ])('If-None-Match %s matches: %s', (header, matches) => {
    expect(matchesIfNoneMatch(header, rep)).toBe(matches)
  })
})

describe('the response cache', () => {
  const clock = () => {
    let v = 0
    const version: DataVersion & { write: () => void } = { current: () => String(v), invalidate: () => v++, write: () => v++ }
    return version
  }
  const rep = (text: string) => representationOf(text, 'application/json')

  test('serves an entry only at the data version it was built at', () => {
    const version = clock()
    const cache = createResponseCache(version)
    cache.set('k', version.current(), rep('{"v":1}'))
    expect(cache.get('k', version.current())?.identity.toString()).toBe('{"v":1}')
    version.write()
    expect(cache.get('k', version.current())).toBeUndefined()
    expect(cache.stats()).toMatchObject({ entries: 0, hits: 1, misses: 1 })
  })

  test('does not keep a response built before a write that came before it was stored', () => {
    const version = clock()
    const cache = createResponseCache(version)
    const builtAt = version.current()
    version.write()
    cache.set('k', builtAt, rep('{"v":"old"}'))
    expect(cache.stats().entries).toBe(0)
  })

  test('invalidate() drops everything and moves the version on', () => {
    const version = clock()
    const cache = createResponseCache(version)
    const before = version.current()
    cache.set('a', before, rep('1'))
    cache.set('b', before, rep('2'))
    cache.invalidate()
    expect(version.current()).not.toBe(before)
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 })
    expect(cache.get('a', before)).toBeUndefined()
  })

  test('keeps at most maxEntries, dropping the least recently used', () => {
    const version = clock()
    const cache = createResponseCache(version, { maxEntries: 2 })
    const v = version.current()
    cache.set('a', v, rep('1'))
    cache.set('b', v, rep('2'))
    cache.get('a', v)
    cache.set('c', v, rep('3'))
    expect(['a', 'b', 'c'].map((k) => cache.get(k, v)?.identity.toString())).toEqual(['1', undefined, '3'])
  })

  test('keeps at most maxBytes, counting the compressed bodies as they are made', () => {
    const version = clock()
    const cache = createResponseCache(version, { maxBytes: 5000 })
    const v = version.current()
    const text = 'x'.repeat(2000)
    cache.set('a', v, rep(text))
    cache.set('b', v, rep(`${text}y`))
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 4001 })
    const b = cache.get('b', v)
    if (!b) throw new Error('b was dropped')
    const gz = cache.body('b', b, 'gzip')
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 4001 + gz.length })
    cache.set('c', v, rep(text))
    expect(cache.stats().entries).toBe(2)
    expect(cache.get('a', v)).toBeUndefined()
  })
})

describe('registerHttpCache', () => {
  test('refuses a cached route behind sign-in', async () => {
    const app = Fastify()
    registerHttpCache(app, { cache: null })
    expect(() => app.get('/api/private', { config: { responseCache: true, auth: 'admin' } }, () => 'secret')).toThrow(
      '/api/private: config.responseCache is for public reads, not for a route with config.auth',
    )
    await app.close()
  })
})
