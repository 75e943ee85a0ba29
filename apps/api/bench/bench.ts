/**
 * Benchmark: requests per second of the API's series and progress endpoints next to a bare node:http
 * server answering the same series query from the same SQLite file (the floor). Each server runs in a
 * process of its own; the load generator (autocannon) runs in this process. Rounds are interleaved
 * (floor, endpoints, floor, endpoints, …) and the medians are printed with the ratio to the floor.
 * Prints numbers; asserts nothing. Loopback only; bounded in time.
 *
 *   pnpm bench                       (BENCH_SECONDS=5 BENCH_ROUNDS=3 BENCH_CONNECTIONS=50)
 *   BENCH_DATABASE=file.sqlite pnpm bench   (benchmark another database, e.g. the 1M-row one)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { openDatabase } from '@nap/db'

const here = dirname(fileURLToPath(import.meta.url))
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5)
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3)
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50)
const SOURCE_DATABASE = process.env['BENCH_DATABASE']

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const a = s.address()
      const port = typeof a === 'object' && a ? a.port : 0
      s.close(() => resolve(port))
    })
  })
}

async function start(name: string, args: string[], env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  const deadline = Date.now() + 30_000
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

interface Result {
  rps: number
  p50: number
  p99: number
  kb: number
  non2xx: number
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers })
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    kb: r.throughput.average / Math.max(1, r.requests.average) / 1024,
    non2xx: r.non2xx + r.errors + r.timeouts,
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

const dir = mkdtempSync(join(tmpdir(), 'nap-bench-'))
const file = join(dir, 'bench.sqlite')
if (SOURCE_DATABASE) copyFileSync(SOURCE_DATABASE, file)
openDatabase(file).db.$client.close() // migrate (and seed when new) before the servers open it

const floorPort = await freePort()
const appPort = await freePort()
const floor = await start('floor', [join(here, 'floor-server.ts'), file, String(floorPort)], {}, floorPort)
const app = await start(
  'api',
  [join(here, '..', 'src', 'server.ts')],
  { DATABASE_PATH: file, PORT: String(appPort), HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'production' },
  appPort,
)

const cases: [string, string, Record<string, string>?][] = [
  ['floor: bare node:http, same series query', `http://127.0.0.1:${floorPort}/`],
  ['GET /api/indicators/gdp-per-capita-ppp/series', `http://127.0.0.1:${appPort}/api/indicators/gdp-per-capita-ppp/series`],
  ['GET /api/indicators/gdp-per-capita-ppp/progress', `http://127.0.0.1:${appPort}/api/indicators/gdp-per-capita-ppp/progress`],
  ['GET /api/progress (the full matrix)', `http://127.0.0.1:${appPort}/api/progress`],
]
const results = new Map<string, Result[]>(cases.map(([name]) => [name, []]))
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; autocannon ${CONNECTIONS} connections × ${SECONDS} s, ` +
    `${ROUNDS} interleaved rounds, medians; servers in their own processes${SOURCE_DATABASE ? `; database ${SOURCE_DATABASE}` : ''}\n`,
)
try {
  for (const [, url, headers] of cases) await load(url, headers) // warm-up (JIT, caches)
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, url, headers] of cases) results.get(name)?.push(await load(url, headers))
    process.stderr.write(`round ${round}/${ROUNDS} done\n`)
  }
} finally {
  floor.kill('SIGTERM')
  app.kill('SIGTERM')
}
const floorRps = median((results.get(cases[0]?.[0] ?? '') ?? []).map((r) => r.rps))
console.log('case'.padEnd(50), 'req/s'.padStart(8), '× floor'.padStart(8), 'p50 ms'.padStart(7), 'p99 ms'.padStart(7), 'KB'.padStart(7), 'errors'.padStart(7))
for (const [name] of cases) {
  const rs = results.get(name) ?? []
  const rps = median(rs.map((r) => r.rps))
  console.log(
    name.padEnd(50),
    rps.toFixed(0).padStart(8),
    (rps / floorRps).toFixed(2).padStart(8),
    median(rs.map((r) => r.p50)).toFixed(0).padStart(7),
    median(rs.map((r) => r.p99)).toFixed(0).padStart(7),
    median(rs.map((r) => r.kb)).toFixed(1).padStart(7),
    String(rs.reduce((n, r) => n + r.non2xx, 0)).padStart(7),
  )
}
await new Promise((r) => setTimeout(r, 500))
rmSync(dir, { recursive: true, force: true })
