/**
 * The bundle budgets of scripts/check-bundle-budget.ts on the build these browser tests run against
 * (E2E_WEB_DIST or apps/web/dist), and the pre-compressed copies beside its text files.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { checkBundleBudget, OVERVIEW_BUDGET, ROUTE_BUDGET } from '../../../scripts/check-bundle-budget.ts'

const dist = process.env['E2E_WEB_DIST'] ?? join(import.meta.dirname, '..', 'dist')

describe('bundle budget', () => {
  test(`the overview loads at most ${OVERVIEW_BUDGET / 1000} kB of JavaScript (gzip), every page at most ${ROUTE_BUDGET / 1000} kB, and no public page an admin module`, () => {
    const report = checkBundleBudget(dist)
    console.log(report.text)
    expect(report.failures).toEqual([])
    expect(report.routes.map((r) => r.route)).toEqual(['overview', 'about', 'admin', 'changes', 'countries', 'country', 'goal', 'goals', 'indicator', 'methodology'])
    const overview = report.routes.find((r) => r.route === 'overview')
    const admin = report.routes.find((r) => r.route === 'admin')
    expect(overview?.gzip).toBeLessThanOrEqual(OVERVIEW_BUDGET)
    expect(admin?.adminModules.length).toBeGreaterThan(0)
    // The charts library is in no page's first screen: the indicator page loads it when a pointer
    // first reaches its chart (its axes and readout), in a chunk of its own.
    const recharts = (route: string) => report.routes.find((r) => r.route === route)?.modules.some((id) => id.startsWith('node_modules/recharts/'))
    expect(report.routes.filter((r) => recharts(r.route)).map((r) => r.route)).toEqual([])
    const indicator = report.routes.find((r) => r.route === 'indicator')
    expect(indicator?.deferred.some((file) => /interactive-chart-[\w-]+\.js$/.test(file))).toBe(true)
    expect(indicator?.gzip).toBeLessThan(150_000)
  })
})

describe('the early script of index.html', () => {
  test('imports the chunk of every page it requests data for, with the chunks that chunk imports', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8')
    const src = /<script async src="(\/assets\/early-[\w-]+\.js)">/.exec(html)?.[1]
    expect(src).toBeDefined()
    const script = readFileSync(join(dist, src ?? ''), 'utf8')
    const manifest = Object.values(JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; isEntry?: boolean }>)
    const byKey = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean }>
    const modules = JSON.parse(readFileSync(join(dist, '.vite', 'chunk-modules.json'), 'utf8')) as Record<string, string[]>
    const pages = ['overview', 'goals', 'goal', 'countries', 'country', 'about', 'methodology', 'changes', 'indicator']
    for (const page of pages) {
      // The file holding the page's module (its chunk's facade or not: the indicator page's has none).
      const file = Object.keys(modules).find((f) => modules[f]?.includes(`src/app/routes/${page}.tsx`))
      expect(file, page).toBeDefined()
      const entry = manifest.find((e) => e.file === file)
      // The page's chunk and its own imports (but the entry, which index.html loads) are in its list.
      const list = new RegExp(`[{,]${page}:\\[([^\\]]*)\\]`).exec(script)?.[1] ?? ''
      const files = list.split(',').map((f) => f.replace(/"/g, ''))
      expect(files[0], page).toBe(`/${file ?? ''}`)
      const own = (entry?.imports ?? []).filter((key) => !byKey[key]?.isEntry).map((key) => `/${byKey[key]?.file ?? ''}`)
      expect(own.length, page).toBeLessThan(files.length)
      for (const f of own) expect(files, `${page} imports ${f}`).toContain(f)
    }
  })
})

describe('pre-compressed build', () => {
  test('every text file has a .br and a .gz copy with the same bytes (unless a copy would not be smaller); images and fonts have none', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => !relative(dist, join(dist, file)).startsWith('.vite'))
    const text = files.filter((file) => /\.(js|css|html|svg)$/.test(file))
    expect(text.length).toBeGreaterThan(10)
    const encodings = [
      { suffix: '.br', compress: (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), decompress: brotliDecompressSync },
      { suffix: '.gz', compress: (b: Buffer) => gzipSync(b, { level: 9 }), decompress: gunzipSync },
    ]
    for (const file of text) {
      const bytes = readFileSync(join(dist, file))
      for (const { suffix, compress, decompress } of encodings) {
        if (files.includes(`${file}${suffix}`)) {
          const copy = readFileSync(join(dist, `${file}${suffix}`))
          expect(decompress(copy).equals(bytes), `${file}${suffix}`).toBe(true)
          expect(copy.length, `${file}${suffix}`).toBeLessThan(bytes.length)
        } else {
          expect(compress(bytes).length, `${file}${suffix} is missing`).toBeGreaterThanOrEqual(bytes.length)
        }
      }
    }
    expect(text.filter((file) => readFileSync(join(dist, file)).length > 1000 && !files.includes(`${file}.br`))).toEqual([])
    expect(files.filter((file) => /\.(woff2?|png|jpe?g|webp|gif)\.(br|gz)$/.test(file))).toEqual([])
  })
})
