/**
 * Benchmark of imports (printed numbers, not a test): `pnpm bench:import [--from YEAR] [--runs N]`.
 *
 * On a new, seeded database (a temporary file), a tidy CSV is built with every value of every
 * importable series of the catalog changed (the North America aggregates and derived indicators are
 * computed, never imported) and every missing year from `--from` (default 1950) to 2025 added; then
 * it is uploaded through the API (multipart, `app.inject`: parsing, matching, comparing, outliers,
 * the impact preview and the stored verdicts) and committed (one transaction: the points, their
 * revisions, the derived values recomputed once, the status flips, the audit row). Each step's time
 * is printed, with the time per stage from the service's progress reports. `--runs` repeats the
 * whole thing on fresh copies of the database and prints the median.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { randomUUID } from 'node:crypto'
import { createDb, hasComputedNam, indicators, observations, openDatabase } from '@nap/db'
import { buildApp } from '../src/app.ts'
import { loadEnv } from '../src/config/env.ts'
import { createProgressService } from '../src/repositories/progress-service.ts'
import { createImportService, type ImportStage } from '../src/services/import-service.ts'
import { hashPassword } from '../src/auth/passwords.ts'

const { values } = parseArgs({ options: { from: { type: 'string', default: '1950' }, runs: { type: 'string', default: '3' } } })
const FROM = Number(values.from)
const RUNS = Number(values.runs)

const dir = mkdtempSync(join(tmpdir(), 'nap-import-bench-'))
const template = join(dir, 'template.sqlite')
openDatabase(template).db.$client.close()

/** Every live value of every importable series changed, and every missing year since FROM added. */
function buildCsv(path: string): { csv: string; changed: number; added: number } {
  const db = createDb(path)
  const inds = db.select().from(indicators).all()
  const rows = db.select().from(observations).all()
  const lines = ['indicator,country,period,value,flags']
  let changed = 0
  let added = 0
  for (const ind of inds) {
    if (ind.namRule === 'derived' || ind.frequency !== 'annual') continue
    for (const country of ind.countries) {
      if (country === 'NAM' && hasComputedNam(ind)) continue
      const series = new Map(rows.filter((r) => r.indicatorId === ind.id && r.countryCode === country && !r.deleted && r.value !== null).map((r) => [Number(r.period), r.value ?? 0]))
      if (series.size === 0) continue
      const years = [...series.keys()].sort((a, b) => a - b)
      const inBounds = (v: number) => (ind.minValue === null || v >= ind.minValue) && (ind.maxValue === null || v <= ind.maxValue)
      for (let year = FROM; year <= 2025; year++) {
        const v = series.get(year)
        if (v !== undefined) {
          lines.push(`${ind.slug},${country},${year},${[v * 1.01 + 0.001, v * 0.99, v - 0.001].find(inBounds) ?? v},`)
          changed++
        } else {
          const nearest = years.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best))
          lines.push(`${ind.slug},${country},${year},${series.get(nearest) ?? 0},E`)
          added++
        }
      }
    }
  }
  db.$client.close()
  return { csv: `${lines.join('\n')}\n`, changed, added }
}

function multipart(name: string, content: string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----bench-${randomUUID()}`
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: text/csv\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const { csv, changed, added } = buildCsv(template)
console.log(`import benchmark: a tidy CSV of ${(changed + added).toLocaleString('en-US')} rows (${changed.toLocaleString('en-US')} values changed, ${added.toLocaleString('en-US')} years added since ${FROM}), ${(csv.length / 1024).toFixed(0)} KiB; ${RUNS} runs on fresh copies of the seeded database`)

const dryRuns: number[] = []
const httpRuns: number[] = []
const commits: number[] = []
for (let run = 1; run <= RUNS; run++) {
  const path = join(dir, `run-${run}.sqlite`)
  copyFileSync(template, path)
  const env = loadEnv({ DATABASE_PATH: path, LOG_LEVEL: 'silent', WEB_DIST: join(dir, 'no-web') })
  const app = await buildApp({ env })
  const password = 'bench granite meadow lantern 2050'
  const user = app.users.create({ email: `bench-${run}@example.org`, name: 'Bench', role: 'editor', passwordHash: await hashPassword(password), mustChangePassword: false, now: new Date().toISOString() })
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password } })
  const cookie = String(login.headers['set-cookie'] ?? '').split(';')[0] ?? ''
  const csrf = login.json<{ csrfToken: string }>().csrfToken
  const editor = { userId: user.id, email: user.email, name: user.name, ip: null }

  // Through HTTP as the web app sends it (multipart upload).
  const { payload, headers } = multipart('bench.csv', csv)
  const t2 = performance.now()
  const res = await app.inject({ method: 'POST', url: '/api/admin/imports', headers: { ...headers, cookie, 'x-csrf-token': csrf }, payload })
  const httpMs = performance.now() - t2
  if (res.statusCode !== 201) throw new Error(`upload answered ${res.statusCode}: ${res.body.slice(0, 300)}`)

  // Through the service, to time each stage (the API calls the same service).
  const stages = new Map<ImportStage, number>()
  let stage: ImportStage | null = null
  let since = performance.now()
  const onProgress = (s: ImportStage) => {
    const now = performance.now()
    if (stage !== null) stages.set(stage, (stages.get(stage) ?? 0) + now - since)
    stage = s
    since = now
  }
  const service = createImportService({ db: app.db, progress: createProgressService(app.db) })
  const t0 = performance.now()
  const dry = await service.dryRun({ bytes: new TextEncoder().encode(csv), fileName: 'bench.csv' }, editor, onProgress)
  onProgress('parsing')
  const dryMs = performance.now() - t0
  if (dry.kind !== 'previewed') throw new Error(`dry run: ${dry.kind}`)
  const dryStages = [...stages].map(([s, ms]) => `${s} ${ms.toFixed(0)}`).join(', ')
  stages.clear()
  stage = null
  const t1 = performance.now()
  const done = service.commit(dry.import.id, 'benchmark', editor, onProgress)
  onProgress('parsing')
  const commitMs = performance.now() - t1
  if (done.kind !== 'committed') throw new Error(`commit: ${done.kind}`)
  const commitStages = [...stages].map(([s, ms]) => `${s} ${ms.toFixed(0)}`).join(', ')
  await app.close()
  dryRuns.push(dryMs)
  httpRuns.push(httpMs)
  commits.push(commitMs)
  const s = dry.import.summary
  console.log(
    `run ${run}: dry run ${dryMs.toFixed(0)} ms (${dryStages}) → new ${s.new}, changed ${s.changed}, rejected ${s.rejected}; ` +
      `commit ${commitMs.toFixed(0)} ms (${commitStages}; ${done.applied} points, ${done.derived} derived); ` +
      `the same dry run through HTTP (multipart upload): ${httpMs.toFixed(0)} ms`,
  )
  rmSync(path, { force: true })
}
console.log(`median: dry run ${median(dryRuns).toFixed(0)} ms (through HTTP ${median(httpRuns).toFixed(0)} ms), commit ${median(commits).toFixed(0)} ms (goal ≤ 2,000 ms)`)
rmSync(dir, { recursive: true, force: true })
