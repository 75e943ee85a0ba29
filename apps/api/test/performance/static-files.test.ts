/** The built web app's files: pre-compressed copies sent with their Content-Encoding, hashed assets immutable, index.html revalidated. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { TestApp } from '../helper.ts'
import { buildAppWith } from './app-with.ts'

const web = mkdtempSync(join(tmpdir(), 'nap-web-dist-'))
const script = `export const answer = ${JSON.stringify('x'.repeat(3000))};\n`
const html = `<!doctype html><html lang="en"><head><title>Goal Monitor</title></head><body>${'<p>North America</p>'.repeat(100)}</body></html>`
const svg = `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(80)}</svg>`

let t: TestApp
beforeAll(async () => {
  mkdirSync(join(web, 'assets'))
  writeFileSync(join(web, 'assets', 'index-Ab12Cd34.js'), script)
  writeFileSync(join(web, 'assets', 'index-Ab12Cd34.js.br'), brotliCompressSync(script))
  writeFileSync(join(web, 'assets', 'index-Ab12Cd34.js.gz'), gzipSync(script))
  writeFileSync(join(web, 'index.html'), html)
  writeFileSync(join(web, 'index.html.br'), brotliCompressSync(html))
  writeFileSync(join(web, 'index.html.gz'), gzipSync(html))
  writeFileSync(join(web, 'favicon.svg'), svg) // no pre-compressed copy: compressed on the fly
  t = await buildAppWith({ WEB_DIST: web })
})
afterAll(async () => {
  await t.app.close()
  rmSync(web, { recursive: true, force: true })
})

const get = (url: string, encoding?: string) => t.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} })

describe('static files of the web app', () => {
  test.each([
    ['br', 'br', brotliDecompressSync],
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
  ] as const)('a hashed bundle asked with %s is its pre-compressed .%s copy, immutable', async (accept, coding, decode) => {
    const res = await get('/assets/index-Ab12Cd34.js', accept)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBe(coding)
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.headers['vary']).toBe('accept-encoding')
    expect(decode(res.rawPayload).toString()).toBe(script)
  })

  test('without Accept-Encoding the bundle is sent as it is', async () => {
    const res = await get('/assets/index-Ab12Cd34.js')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body).toBe(script)
  })

  test.each(['/', '/goals/1'])('%s is index.html, pre-compressed, revalidated (no-cache)', async (url) => {
    const res = await get(url, 'br')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(html)
  })

  test('an SVG without a pre-compressed copy is compressed on the fly', async () => {
    const res = await get('/favicon.svg', 'gzip')
    expect(res.headers['content-type']).toBe('image/svg+xml')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(res.headers['vary']).toBe('accept-encoding')
    expect(gunzipSync(res.rawPayload).toString()).toBe(svg)
  })

  test('the OpenAPI document is compressed', async () => {
    const res = await get('/api/openapi.json', 'br')
    expect(res.headers['content-encoding']).toBe('br')
    expect(JSON.parse(brotliDecompressSync(res.rawPayload).toString())).toMatchObject({ openapi: expect.stringMatching(/^3\./) })
  })
})
