/**
 * The benchmark's floor: a bare node:http server that answers the series query with one prepared
 * statement on the same SQLite file and sends the same JSON content. Started by bench.ts in its own
 * process: `node apps/api/bench/floor-server.ts DATABASE_FILE PORT`.
 */
import { createServer } from 'node:http'
import { createDb } from '@nap/db'

const [file, portArg] = process.argv.slice(2)
if (!file || !portArg) throw new Error('usage: floor-server.ts DATABASE_FILE PORT')
const db = createDb(file)
const stmt = db.$client.prepare(
  `select o.country_code as country, o.period, o.year, o.value, o.estimate, o.provisional, o.break_in_series as breakInSeries,
          o.derived, o.source_note as sourceNote
     from observations o join indicators i on i.id = o.indicator_id
    where i.slug = ? and o.country_code in ('CAN','MEX','USA','NAM') and o.deleted = 0 order by o.country_code, o.period`,
)
const server = createServer((_req, res) => {
  const rows = stmt.all('gdp-per-capita-ppp')
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ indicator: 'gdp-per-capita-ppp', series: rows }))
})
server.listen(Number(portArg), '127.0.0.1', () => console.log('ready'))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
