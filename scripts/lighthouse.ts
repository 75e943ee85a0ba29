/**
 * pnpm lighthouse: Lighthouse (mobile: simulated slow 4G, 4× CPU slowdown) on the production build,
 * each page 3 times, medians printed. Starts the real server (node apps/api/src/server.ts) on a fresh
 * seeded database and Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Prints numbers;
 * asserts nothing. Run `pnpm build` first.
 *
 *   pnpm lighthouse                 (LH_RUNS=3; LH_PAGES="/,/goals/1?country=MEX" to choose pages;
 *                                    LH_REPORTS=dir keeps every run's report there, page-run.json;
 *                                    LH_WARMUP=1: uncounted runs of each page first, printed apart)
 *
 * The warm-up run: the first load of a page after the server started paid for the cold start of the
 * server (its JIT, SQLite's page cache) and of Chromium, and scored 5–10 points under the runs after
 * it on this machine; a deployed server is warm. Its score is printed, not counted.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const root = join(import.meta.dirname, '..')
const RUNS = Number(process.env['LH_RUNS'] ?? 3)
const WARMUP = Number(process.env['LH_WARMUP'] ?? 1)
const PAGES = (process.env['LH_PAGES'] ?? '/,/goals/1?country=MEX,/indicators/gdp-per-capita-ppp?countries=CAN,MEX,USA,NAM').split(',').filter(Boolean)
// "/indicators/…?countries=CAN,MEX,USA,NAM" contains commas: re-join the pieces that are not paths.
const pages = PAGES.reduce<string[]>((acc, part) => {
  if (part.startsWith('/') || acc.length === 0) acc.push(part)
  else acc[acc.length - 1] += `,${part}`
  return acc
}, [])
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const REPORTS = process.env['LH_REPORTS']
if (REPORTS) mkdirSync(REPORTS, { recursive: true })

if (!existsSync(join(root, 'apps', 'web', 'dist', 'index.html'))) throw new Error('apps/web/dist is missing: run pnpm build first')

const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const a = s.address()
    s.close(() => resolve(typeof a === 'object' && a ? a.port : 0))
  })
})
const dir = mkdtempSync(join(tmpdir(), 'nap-lh-'))
const server = spawn(process.execPath, [join(root, 'apps', 'api', 'src', 'server.ts')], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'lh.sqlite'), LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  stdio: ['ignore', 'ignore', 'inherit'],
})
const base = `http://127.0.0.1:${port}`
for (let i = 0; i < 150; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break
  } catch {
    /* not listening yet */
  }
  await new Promise((r) => setTimeout(r, 200))
}

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})

interface Run {
  performance: number
  accessibility: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  si: number
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const rows: [string, Run][] = []
try {
  for (const page of pages) {
    const runs: Run[] = []
    const warmups: number[] = []
    for (let i = 0; i < WARMUP; i++) {
      const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
      warmups.push(Math.round((result?.lhr.categories['performance']?.score ?? 0) * 100))
    }
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
      if (!result) throw new Error(`no Lighthouse result for ${page}`)
      const { categories, audits } = result.lhr
      const n = (id: string) => audits[id]?.numericValue ?? Number.NaN
      runs.push({
        performance: Math.round((categories['performance']?.score ?? 0) * 100),
        accessibility: Math.round((categories['accessibility']?.score ?? 0) * 100),
        fcp: n('first-contentful-paint'),
        lcp: n('largest-contentful-paint'),
        tbt: n('total-blocking-time'),
        cls: n('cumulative-layout-shift'),
        si: n('speed-index'),
      })
      if (REPORTS) writeFileSync(join(REPORTS, `${rows.length + 1}-${i + 1}.json`), JSON.stringify(result.lhr))
    }
    const m = (k: keyof Run) => median(runs.map((r) => r[k]))
    rows.push([page, { performance: m('performance'), accessibility: m('accessibility'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), si: m('si') }])
    process.stderr.write(`${page}: ${runs.map((r) => r.performance).join(', ')}${warmups.length ? ` (warm-up, not counted: ${warmups.join(', ')})` : ''}\n`)
  }
} finally {
  await chrome.kill()
  server.kill('SIGTERM')
}
console.log(`Lighthouse ${RUNS} runs per page after ${WARMUP} warm-up run (mobile, simulated slow 4G, 4× CPU), medians; Chromium ${CHROMIUM}\n`)
console.log('page'.padEnd(58), 'perf'.padStart(5), 'a11y'.padStart(5), 'FCP s'.padStart(6), 'LCP s'.padStart(6), 'TBT ms'.padStart(7), 'CLS'.padStart(6), 'SI s'.padStart(6))
for (const [page, r] of rows) {
  console.log(
    page.padEnd(58),
    String(r.performance).padStart(5),
    String(r.accessibility).padStart(5),
    (r.fcp / 1000).toFixed(1).padStart(6),
    (r.lcp / 1000).toFixed(1).padStart(6),
    r.tbt.toFixed(0).padStart(7),
    r.cls.toFixed(3).padStart(6),
    (r.si / 1000).toFixed(1).padStart(6),
  )
}
await new Promise((r) => setTimeout(r, 300))
rmSync(dir, { recursive: true, force: true })
