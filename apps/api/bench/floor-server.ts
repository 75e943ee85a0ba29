/**
 * The benchmark's floor: a bare node:http server that answers the series query with one prepared
 * statement on the same SQLite file and sends the same JSON as the API's
 * `GET /api/indicators/gdp-per-capita-ppp/series` (byte for byte: bench.ts checks it before it
 * measures), shaped by the same pure function (`toSeries`: each source note once). No framework,
 * no validation, no headers beyond the content type. Started by bench.ts in its own process:
 * `node apps/api/bench/floor-server.ts DATABASE_FILE PORT`.
 */
import { createServer } from 'node:http'
import { createDb } from '@nap/db'
import { toSeries, type NotedPoint } from '@nap/schemas'

const SLUG = 'gdp-per-capita-ppp'
const COUNTRIES = ['CAN', 'MEX', 'USA', 'NAM'] as const
type Row = [country: string, period: string, year: number, value: number, estimate: number, provisional: number, breakInSeries: number, derived: number, sourceNote: string | null]

const [file, portArg] = process.argv.slice(2)
if (!file || !portArg) throw new Error('usage: floor-server.ts DATABASE_FILE PORT')
const db = createDb(file)
const stmt = db.$client
  .prepare<[string], Row>(
    `select o.country_code, o.period, o.year, o.value, o.estimate, o.provisional, o.break_in_series, o.derived, o.source_note
       from observations o join indicators i on i.id = o.indicator_id
      where i.slug = ? and o.country_code in ('CAN','MEX','USA','NAM') and o.deleted = 0 and o.value is not null
      order by o.country_code, o.period`,
  )
  .raw(true)

const server = createServer((_req, res) => {
  const byCountry = new Map<string, NotedPoint[]>(COUNTRIES.map((c) => [c, []]))
  for (const [country, period, year, value, estimate, provisional, breakInSeries, derived, sourceNote] of stmt.all(SLUG)) {
    byCountry.get(country)?.push({ period, year, value, estimate: estimate !== 0, provisional: provisional !== 0, breakInSeries: breakInSeries !== 0, derived: derived !== 0, sourceNote })
  }
  const body = JSON.stringify(toSeries(SLUG, null, COUNTRIES.map((country) => ({ country, points: byCountry.get(country) ?? [] }))))
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
  res.end(body)
})
server.listen(Number(portArg), '127.0.0.1', () => console.log('ready'))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
