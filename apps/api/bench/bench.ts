/**
 * Benchmark: requests per second of the series and progress endpoints, next to a bare node:http
 * server answering the same series query from the same SQLite file (the floor DESIGN.md compares
 * against). Prints numbers; asserts nothing. Loopback only; bounded by count.
 *
 *   pnpm bench            (BENCH_REQUESTS=2000 BENCH_CONCURRENCY=16 to change the load)
 */
import { createServer, request as httpRequest, Agent, type Server } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '@nap/db'
import { buildApp } from '../src/app.ts'
import { loadEnv } from '../src/config/env.ts'

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 2000)
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16)
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })

function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent }, (res) => {
      let bytes = 0
      res.on('data', (c: Buffer) => (bytes += c.length))
      res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path}: ${res.statusCode}`))))
    })
    req.on('error', reject)
    req.end()
  })
}

async function load(port: number, path: string): Promise<{ rps: number; p50: number; p99: number; bytes: number }> {
  await get(port, path) // warm-up
  const latencies: number[] = []
  let next = 0
  let bytes = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++
        const t0 = performance.now()
        bytes = await get(port, path)
        latencies.push(performance.now() - t0)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0
  return { rps: latencies.length / seconds, p50: q(0.5), p99: q(0.99), bytes }
}

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))

const benchDir = mkdtempSync(join(tmpdir(), 'nap-bench-'))
const path = join(benchDir, 'bench.sqlite')
const { db } = openDatabase(path)
const app = await buildApp({ env: loadEnv({ DATABASE_PATH: path, LOG_LEVEL: 'silent' }), db })
await app.listen({ port: 0, host: '127.0.0.1' })
const appPort = (app.server.address() as AddressInfo).port

// The floor: node:http + one prepared statement on the same file, same JSON content.
const stmt = db.$client.prepare(
  `select o.country_code as country, o.period, o.year, o.value, o.estimate, o.provisional, o.break_in_series as breakInSeries,
          o.derived, o.source_note as sourceNote
     from observations o join indicators i on i.id = o.indicator_id
    where i.slug = ? and o.country_code in ('CAN','MEX','USA','NAM') and o.deleted = 0 order by o.country_code, o.period`,
)
const bare = createServer((req, res) => {
  const rows = stmt.all('gdp-per-capita-ppp')
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ indicator: 'gdp-per-capita-ppp', series: rows }))
})
const barePort = await listen(bare)

const cases: [string, number, string][] = [
  ['bare node:http, same series query', barePort, '/'],
  ['GET /api/indicators/gdp-per-capita-ppp/series', appPort, '/api/indicators/gdp-per-capita-ppp/series'],
  ['GET /api/indicators/gdp-per-capita-ppp/progress', appPort, '/api/indicators/gdp-per-capita-ppp/progress'],
  ['GET /api/progress (full matrix)', appPort, '/api/progress'],
  ['GET /api/goals', appPort, '/api/goals'],
]
console.log(`${REQUESTS} requests per case, concurrency ${CONCURRENCY}, loopback\n`)
console.log('case'.padEnd(52), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'KB'.padStart(7))
for (const [name, port, url] of cases) {
  const r = await load(port, url)
  console.log(name.padEnd(52), r.rps.toFixed(0).padStart(8), r.p50.toFixed(2).padStart(8), r.p99.toFixed(2).padStart(8), (r.bytes / 1024).toFixed(1).padStart(7))
}
agent.destroy()
bare.close()
await app.close()
db.$client.close()
rmSync(benchDir, { recursive: true, force: true })
