/**
 * Benchmark: requests per second of the API's series and progress endpoints next to a bare node:http
 * server answering the same series query from the same SQLite file with the same bytes (the floor,
 * floor-server.ts). Three servers, each in a process of its own: the floor, the API with its
 * response cache (RESPONSE_CACHE=on) and the API without (RESPONSE_CACHE=off, "uncached"). The load
 * generator (autocannon) runs in this process. Rounds are interleaved (every case once per round) and
 * the medians are printed with the ratio to the floor. Then the progress matrix's latency, one
 * request at a time: uncached, and cold (right after a write, so the assessments are recomputed).
 * Prints numbers; asserts nothing (the README says what they were). Loopback only; bounded in time.
 *
 *   pnpm bench                       (BENCH_SECONDS=5 BENCH_ROUNDS=3 BENCH_CONNECTIONS=50)
 *   BENCH_DATABASE=data/synthetic-1m.sqlite pnpm bench   (another database: pnpm db:synthetic makes a 1M-row one)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, totalmem, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { REPO_ROOT, createDb, openDatabase } from '@nap/db'

const here = dirname(fileURLToPath(import.meta.url))
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5)
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3)
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50)
const LATENCY_SAMPLES = Number(process.env['BENCH_LATENCY_SAMPLES'] ?? 30)
/** Series requests one at a time (on each database), for a p99 that load and queueing do not make. */
const SERIES_SAMPLES = LATENCY_SAMPLES * 10
const SOURCE_DATABASE = process.env['BENCH_DATABASE'] ? resolve(REPO_ROOT, process.env['BENCH_DATABASE']) : undefined

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const a = s.address()
      const port = typeof a === 'object' && a ? a.port : 0
      s.close(() => ok(port))
    })
  })
}

async function start(name: string, args: string[], env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`)
      await res.arrayBuffer()
      return child
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  child.kill('SIGKILL')
  throw new Error(`${name} did not start on port ${port}`)
}

/** CPU seconds (user + system, every thread) a process has used so far; null where /proc is missing. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    // Fields after the command name: state is 3rd, utime 14th, stime 15th (in clock ticks, 100 a second).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

interface Result {
  rps: number
  /** CPU time the server spent per request (µs), or NaN: steadier than req/s on a busy machine. */
  cpuUs: number
  p50: number
  p99: number
  kb: number
  errors: number
}

async function load(url: string, pid: number | undefined, headers: Record<string, string> = {}): Promise<Result> {
  const cpuBefore = cpuSeconds(pid)
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers })
  const cpuAfter = cpuSeconds(pid)
  return {
    rps: r.requests.average,
    cpuUs: cpuBefore === null || cpuAfter === null ? Number.NaN : ((cpuAfter - cpuBefore) * 1e6) / Math.max(1, r.requests.total),
    p50: r.latency.p50,
    p99: r.latency.p99,
    kb: r.throughput.average / Math.max(1, r.requests.average) / 1024,
    errors: r.non2xx + r.errors + r.timeouts,
  }
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0
}

/** Milliseconds of one request, read to the end (one at a time: no queueing in the numbers). */
async function timed(url: string): Promise<number> {
  const t = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
  return performance.now() - t
}

const dir = mkdtempSync(join(tmpdir(), 'nap-bench-'))
const file = join(dir, 'bench.sqlite')
if (SOURCE_DATABASE) copyFileSync(SOURCE_DATABASE, file)
const prepared = openDatabase(file).db // migrate (and seed when new) before the servers open it
const observations = prepared.$client.prepare<[], { n: number }>('select count(*) as n from observations').get()?.n ?? 0
prepared.$client.close()
// With another database, a fourth server on a fresh seed database: the same series, uncached, in
// the same rounds, so that the two p99s are compared within one run.
const seedFile = join(dir, 'seed.sqlite')
if (SOURCE_DATABASE) openDatabase(seedFile).db.$client.close()

const floorPort = await freePort()
const cachedPort = await freePort()
const uncachedPort = await freePort()
const seedPort = await freePort()
const apiEnv = (port: number, cache: 'on' | 'off', database = file) => ({
  DATABASE_PATH: database,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  NODE_ENV: 'production',
  RESPONSE_CACHE: cache,
})
const server = join(here, '..', 'src', 'server.ts')
const children = [
  await start('floor', [join(here, 'floor-server.ts'), file, String(floorPort)], {}, floorPort),
  await start('api (cache on)', [server], apiEnv(cachedPort, 'on'), cachedPort),
  await start('api (cache off)', [server], apiEnv(uncachedPort, 'off'), uncachedPort),
  ...(SOURCE_DATABASE ? [await start('api (cache off, seed)', [server], apiEnv(seedPort, 'off', seedFile), seedPort)] : []),
]

const SERIES = '/api/indicators/gdp-per-capita-ppp/series'
const floorUrl = `http://127.0.0.1:${floorPort}/`
const on = (path: string) => `http://127.0.0.1:${cachedPort}${path}`
const off = (path: string) => `http://127.0.0.1:${uncachedPort}${path}`

// The floor must send exactly what the API sends, or the ratio means nothing.
const floorBody = await (await fetch(floorUrl)).text()
const apiBody = await (await fetch(off(SERIES))).text()
if (floorBody !== apiBody) throw new Error(`the floor's body (${floorBody.length} B) differs from the API's (${apiBody.length} B)`)

const [floorPid, cachedPid, uncachedPid, seedPid] = children.map((c) => c.pid)
const SEED_CASE = 'series, uncached, on a seed database'
type Case = [name: string, url: string, pid: number | undefined, headers?: Record<string, string>]
const cases: Case[] = [
  ['floor: bare node:http, same series bytes', floorUrl, floorPid],
  ['series, uncached', off(SERIES), uncachedPid],
  ['series, cached', on(SERIES), cachedPid],
  ['series, cached, brotli', on(SERIES), cachedPid, { 'accept-encoding': 'br' }],
  ['indicator progress, uncached', off('/api/indicators/gdp-per-capita-ppp/progress'), uncachedPid],
  ['indicator progress, cached', on('/api/indicators/gdp-per-capita-ppp/progress'), cachedPid],
  ['progress matrix, uncached', off('/api/progress'), uncachedPid],
  ['progress matrix, cached', on('/api/progress'), cachedPid],
  ...(SOURCE_DATABASE ? [[SEED_CASE, `http://127.0.0.1:${seedPort}${SERIES}`, seedPid] satisfies Case] : []),
]
const results = new Map<string, Result[]>(cases.map(([name]) => [name, []]))
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
    `autocannon ${CONNECTIONS} connections × ${SECONDS} s, ${ROUNDS} interleaved rounds, medians; servers in their own processes; ` +
    `${observations.toLocaleString('en')} observations${SOURCE_DATABASE ? ` (${SOURCE_DATABASE})` : ' (the seed)'}; series body ${apiBody.length} B\n`,
)
const latency: { name: string; ms: number[] }[] = [
  { name: 'progress matrix, uncached (warm)', ms: [] },
  { name: 'progress matrix, cold (after a write)', ms: [] },
]
const sequentialSeries: { name: string; ms: number[] }[] = [
  { name: 'series, uncached', ms: [] },
  ...(SOURCE_DATABASE ? [{ name: SEED_CASE, ms: [] }] : []),
]
try {
  for (const [, url, pid, headers] of cases) await load(url, pid, headers) // warm-up (JIT, caches)
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, url, pid, headers] of cases) results.get(name)?.push(await load(url, pid, headers))
    process.stderr.write(`round ${round}/${ROUNDS} done\n`)
  }

  // One request at a time. "Cold": a write (from this process, another connection) first, so the
  // uncached server recomputes every assessment from the data, as after an edit.
  const writer = createDb(file)
  const touch = writer.$client.prepare("update indicators set updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where slug = 'gdp-per-capita-ppp'")
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    latency[0]?.ms.push(await timed(off('/api/progress')))
    touch.run()
    latency[1]?.ms.push(await timed(off('/api/progress')))
  }
  writer.$client.close()
  for (let i = 0; i < SERIES_SAMPLES; i++) {
    sequentialSeries[0]?.ms.push(await timed(off(SERIES)))
    if (SOURCE_DATABASE) sequentialSeries[1]?.ms.push(await timed(`http://127.0.0.1:${seedPort}${SERIES}`))
  }
} finally {
  for (const c of children) c.kill('SIGTERM')
}

const floorResults = results.get(cases[0]?.[0] ?? '') ?? []
const floorRps = median(floorResults.map((r) => r.rps))
const floorCpu = median(floorResults.map((r) => r.cpuUs))
console.log(
  'case'.padEnd(44),
  'req/s'.padStart(8),
  '× floor'.padStart(8),
  'p50 ms'.padStart(7),
  'p99 ms'.padStart(7),
  'KB'.padStart(7),
  'CPU µs/req'.padStart(11),
  'floor CPU ÷'.padStart(12),
  'errors'.padStart(7),
)
for (const [name] of cases) {
  const rs = results.get(name) ?? []
  const rps = median(rs.map((r) => r.rps))
  console.log(
    name.padEnd(44),
    rps.toFixed(0).padStart(8),
    (rps / floorRps).toFixed(2).padStart(8),
    median(rs.map((r) => r.p50)).toFixed(0).padStart(7),
    median(rs.map((r) => r.p99)).toFixed(0).padStart(7),
    median(rs.map((r) => r.kb)).toFixed(1).padStart(7),
    median(rs.map((r) => r.cpuUs)).toFixed(0).padStart(11),
    (floorCpu / median(rs.map((r) => r.cpuUs))).toFixed(2).padStart(12),
    String(rs.reduce((n, r) => n + r.errors, 0)).padStart(7),
  )
}
console.log('(CPU µs/req: what the server process used per request; "floor CPU ÷": the floor\'s CPU per request divided by this case\'s, above 1 = cheaper than the floor)')
console.log(`\none request at a time, ${LATENCY_SAMPLES} samples`.padEnd(45), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'max ms'.padStart(8))
for (const { name, ms } of latency) {
  console.log(name.padEnd(44), median(ms).toFixed(1).padStart(8), quantile(ms, 0.95).toFixed(1).padStart(8), Math.max(...ms).toFixed(1).padStart(8))
}
console.log(`\none request at a time, ${SERIES_SAMPLES} samples`.padEnd(45), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'max ms'.padStart(8))
for (const { name, ms } of sequentialSeries) {
  console.log(name.padEnd(44), median(ms).toFixed(1).padStart(8), quantile(ms, 0.99).toFixed(1).padStart(8), Math.max(...ms).toFixed(1).padStart(8))
}
if (SOURCE_DATABASE) {
  const underLoad = (name: string) => median((results.get(name) ?? []).map((r) => r.p99))
  const cpu = (name: string) => median((results.get(name) ?? []).map((r) => r.cpuUs))
  const alone = (i: number) => quantile(sequentialSeries[i]?.ms ?? [], 0.99)
  console.log(
    `\nseries, uncached, this database ÷ a seed database: p99 one at a time ${(alone(0) / alone(1)).toFixed(2)}×, ` +
      `p99 under load ${(underLoad('series, uncached') / underLoad(SEED_CASE)).toFixed(2)}×, CPU per request ${(cpu('series, uncached') / cpu(SEED_CASE)).toFixed(2)}×`,
  )
}
await new Promise((r) => setTimeout(r, 500))
rmSync(dir, { recursive: true, force: true })
