/**
 * Crash safety of imports (issue 9): the real server is killed with SIGKILL in the middle of a commit
 * that changes thousands of points, restarted, and the database is checked. Run by `pnpm test` (after
 * Vitest) and on its own:
 *
 *   pnpm test:crash               20 kills
 *   pnpm test:crash --runs 50     more
 *   pnpm test:crash --keep        keep the databases of the runs (printed) to inspect them
 *
 * Once: the server starts on a new database (it migrates and seeds it, and creates the admin from
 * ADMIN_EMAIL / ADMIN_PASSWORD); a tidy CSV is written that changes every value of every importable
 * series and adds the missing years since 1950 (≥ 5,000 points); it is uploaded through the API (the
 * dry run is stored in the database) and the server stops. That database file is the template: one
 * copy commits the import without a kill, to measure how long a commit takes. Then, for each run, on a
 * fresh copy of the template: start `node apps/api/src/server.ts`, send the commit (signed in once, on
 * the template: its copies hold the session), SIGKILL
 * the server at a random moment within the commit's duration, start it again (it must come up), and
 * check the file (while the restarted server idles). When the kill left none of the import, the
 * database is as the template was (the import still previewed) and the restarted server serves the
 * next run; otherwise the next run starts on a new copy. The checks:
 *   - `PRAGMA integrity_check` is ok and `PRAGMA foreign_key_check` finds nothing;
 *   - the import is all there or not at all: committed, with one revision (action import) per new or
 *     changed row and every such point holding the row's new value; or still previewed, with no
 *     revision of it and every point as the dry run saw it;
 *   - revisions and observations agree: every observation has revisions, and its value (and deletion)
 *     is its newest revision's new value.
 * Exits 1 on the first failed check, naming the run, and prints a summary line at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createDb } from '../db/src/index.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, keep: { type: 'boolean', default: false } } })
const RUNS = Number(values.runs)
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs ?? ''}`)
const ADMIN = { email: 'crash-test@example.org', password: 'crash test granite meadow 2050' }
const MIN_CHANGES = 5_000

const dir = mkdtempSync(join(tmpdir(), 'nap-crash-'))
const started = performance.now()

// ---- the server ---------------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

interface Server {
  child: ChildProcess
  base: string
  exited: Promise<number | null>
  log: () => string
}

async function startServer(database: string): Promise<Server> {
  const port = await freePort()
  const child = spawn(process.execPath, [join(root, 'apps/api/src/server.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: database,
      LOG_LEVEL: 'warn',
      WEB_DIST: join(dir, 'no-web-build'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ADMIN_PASSWORD_FILE: '',
      // Compiled code cached across the many starts (the server's TypeScript is stripped once).
      NODE_COMPILE_CACHE: join(dir, 'compile-cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) while starting:\n${output}`)
    try {
      const res = await fetch(`${base}/api/health`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer /api/health within 60 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 25))
  }
  return { child, base, exited, log: () => output }
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode === null) server.child.kill('SIGTERM')
  await server.exited
}

interface Session {
  cookie: string
  csrf: string
}

async function signIn(base: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  if (!res.ok) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const body: unknown = await res.json()
  const csrf = typeof body === 'object' && body !== null && 'csrfToken' in body && typeof body.csrfToken === 'string' ? body.csrfToken : ''
  return { cookie, csrf }
}

interface DryRun {
  id: number
  applied: number
}

async function uploadCsv(base: string, s: Session, csv: Uint8Array): Promise<DryRun> {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'crash-test.csv')
  const res = await fetch(`${base}/api/admin/imports`, { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, body: form })
  const text = await res.text()
  if (res.status !== 201) throw new Error(`the upload answered ${res.status}: ${text.slice(0, 500)}`)
  const body = JSON.parse(text) as { id: number; summary: { new: number; changed: number } }
  return { id: body.id, applied: body.summary.new + body.summary.changed }
}

function commit(base: string, s: Session, id: number): Promise<Response> {
  return fetch(`${base}/api/admin/imports/${id}/commit`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'crash test' }),
  })
}

// ---- the file -----------------------------------------------------------------------------------

/** Every value of every importable series changed, and the missing years since 1950 added. */
function buildCsv(database: string): { csv: string; points: number } {
  const db = createDb(database)
  try {
    const sqlite = db.$client
    const inds = sqlite
      .prepare<[], { id: number; slug: string; countries: string; namRule: string; min: number | null; max: number | null; frequency: string }>(
        'select id, slug, countries, nam_rule as namRule, min_value as min, max_value as max, frequency from indicators order by id',
      )
      .all()
    const values = sqlite.prepare<[number, string], { period: string; value: number }>('select period, value from observations where indicator_id = ? and country_code = ? and deleted = 0 and value is not null')
    const lines = ['indicator,country,period,value']
    for (const ind of inds) {
      if (ind.namRule === 'derived' || ind.frequency !== 'annual') continue
      const computedNam = ['sum', 'weighted_mean', 'growth_weighted'].includes(ind.namRule)
      const countries = (JSON.parse(ind.countries) as string[]).filter((c) => !(c === 'NAM' && computedNam))
      const inBounds = (v: number) => (ind.min === null || v >= ind.min) && (ind.max === null || v <= ind.max)
      const changed = (v: number) => [v * 1.01 + 0.001, v * 0.99, v - 0.001, v].find(inBounds) ?? v
      for (const country of countries) {
        const existing = new Map(values.all(ind.id, country).map((r) => [Number(r.period), r.value]))
        if (existing.size === 0) continue
        const years = [...existing.keys()].sort((a, b) => a - b)
        for (let year = 1950; year <= 2025; year++) {
          const v = existing.get(year)
          const nearest = v ?? existing.get(years.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best)))
          if (nearest === undefined) continue
          lines.push(`${ind.slug},${country},${year},${v === undefined ? nearest : changed(v)}`)
        }
      }
    }
    return { csv: `${lines.join('\n')}\n`, points: lines.length - 1 }
  } finally {
    db.$client.close()
  }
}

// ---- the checks -----------------------------------------------------------------------------------

interface Checked {
  state: 'all' | 'none'
}

function check(database: string, importId: number, applied: number): Checked {
  const db = createDb(database)
  try {
    const sqlite = db.$client
    const integrity = sqlite.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(`PRAGMA integrity_check: ${String(integrity)}`)
    const fk = sqlite.pragma('foreign_key_check')
    if (Array.isArray(fk) && fk.length > 0) throw new Error(`PRAGMA foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`)

    const one = <T>(q: string, ...params: (string | number)[]): T => {
      const row = sqlite.prepare(q).get(...params)
      if (row === undefined) throw new Error(`no row: ${q}`)
      return row as T
    }
    const status = one<{ status: string }>('select status from imports where id = ?', importId).status
    const rows = one<{ n: number }>(`select count(*) as n from import_rows where import_id = ? and verdict in ('new', 'changed')`, importId).n
    if (rows !== applied) throw new Error(`the dry run holds ${rows} new or changed rows, the upload said ${applied}`)
    const revisions = one<{ n: number }>(`select count(*) as n from revisions where import_id = ? and action = 'import'`, importId).n
    // Each applied row against its point: the new value (committed) or the value the dry run saw.
    const holdsNew = one<{ n: number }>(
      `select count(*) as n from import_rows r join observations o on o.indicator_id = r.indicator_id and o.country_code = r.country and o.period = r.period
       where r.import_id = ? and r.verdict in ('new', 'changed') and o.deleted = 0 and o.value is r.new_value`,
      importId,
    ).n
    const holdsOld = one<{ n: number }>(
      `select count(*) as n from import_rows r left join observations o on o.indicator_id = r.indicator_id and o.country_code = r.country and o.period = r.period
       where r.import_id = ? and r.verdict in ('new', 'changed')
         and ((r.observation_id is null and o.id is null) or (o.id = r.observation_id and o.version = r.old_version and (o.value is r.old_value or o.deleted = 1)))`,
      importId,
    ).n
    const audited = one<{ n: number }>(`select count(*) as n from audit_log where entity = 'imports' and entity_id = ? and action = 'import.commit'`, String(importId)).n
    let state: Checked['state']
    if (status === 'committed' && revisions === applied && holdsNew === applied && audited === 1) state = 'all'
    else if (status === 'previewed' && revisions === 0 && holdsOld === applied && audited === 0) state = 'none'
    else throw new Error(`half an import: status ${status}, ${revisions} import revisions, ${holdsNew} points with the new value and ${holdsOld} with the old one, of ${applied}; ${audited} audit rows`)

    const orphans = one<{ n: number }>('select count(*) as n from observations o where not exists (select 1 from revisions r where r.observation_id = o.id)').n
    if (orphans > 0) throw new Error(`${orphans} observations have no revision`)
    const disagree = one<{ n: number }>(
      `select count(*) as n from observations o join revisions r on r.id = (select max(id) from revisions where observation_id = o.id)
       where o.value is not r.new_value or o.deleted != (r.new_value is null)`,
    ).n
    if (disagree > 0) throw new Error(`${disagree} observations differ from their newest revision`)
    return { state }
  } finally {
    db.$client.close()
  }
}

// ---- the runs -------------------------------------------------------------------------------------

let failed = false
try {
  const template = join(dir, 'template.sqlite')
  const first = await startServer(template)
  const { csv, points } = buildCsv(template)
  writeFileSync(join(dir, 'crash-test.csv'), csv)
  // One sign-in for the whole test: the session lives in the template, so every copy of it holds it
  // (a sign-in per run would meet the sign-in rate limit, which is kept in the database too).
  const session = await signIn(first.base)
  const dry = await uploadCsv(first.base, session, new TextEncoder().encode(csv))
  await stopServer(first)
  if (dry.applied < MIN_CHANGES) throw new Error(`the file changes ${dry.applied} points, fewer than ${MIN_CHANGES}`)

  // A commit without a kill: how long it takes (the kills fall within that time).
  const calibration = join(dir, 'calibration.sqlite')
  copyFileSync(template, calibration)
  const server = await startServer(calibration)
  const t0 = performance.now()
  const res = await commit(server.base, session, dry.id)
  const commitMs = performance.now() - t0
  if (res.status !== 200) throw new Error(`the calibration commit answered ${res.status}: ${await res.text()}`)
  await stopServer(server)
  if (check(calibration, dry.id, dry.applied).state !== 'all') throw new Error('the calibration commit did not apply')
  console.log(`crash test: ${points.toLocaleString('en-US')} rows in the file, ${dry.applied.toLocaleString('en-US')} new or changed points; a commit takes ${commitMs.toFixed(0)} ms; ${RUNS} runs`)

  const outcomes = { all: 0, none: 0, answered: 0 }
  // A server whose database still holds the import previewed (a fresh copy, or one a kill left
  // untouched: then the restarted server goes on to the next run, which halves the starts).
  let live: { server: Server; database: string } | null = null
  for (let run = 1; run <= RUNS; run++) {
    if (live === null) {
      const database = join(dir, `run-${run}.sqlite`)
      copyFileSync(template, database)
      live = { server: await startServer(database), database }
    }
    const { server, database } = live
    const { id, applied } = dry
    // Within the commit's time, and a little past it (commits vary), so that some kills find it done.
    const delay = Math.random() * commitMs * 1.15
    let answered = false
    const pending = commit(server.base, session, id).then(
      (r) => {
        answered = r.status === 200
      },
      () => undefined,
    )
    await new Promise((r) => setTimeout(r, delay))
    server.child.kill('SIGKILL')
    await server.exited
    await pending
    // It must come up again on the file the kill left; the checks read that file while it idles.
    const again = await startServer(database)
    let result: Checked
    try {
      result = check(database, id, applied)
    } catch (error) {
      console.error(`run ${run} (killed ${delay.toFixed(0)} ms into the commit): ${error instanceof Error ? error.message : String(error)}\nserver log:\n${server.log()}\n${again.log()}`)
      values.keep = true
      await stopServer(again)
      throw error
    }
    outcomes[result.state]++
    if (answered) outcomes.answered++
    console.log(`run ${String(run).padStart(2)}: killed ${delay.toFixed(0).padStart(4)} ms into the commit → ${result.state === 'all' ? 'all of it' : 'none of it'}${answered ? ' (answered before the kill)' : ''}; restarted, integrity ok, revisions agree`)
    if (result.state === 'none' && run < RUNS) {
      live = { server: again, database }
    } else {
      await stopServer(again)
      if (!values.keep) rmSync(database, { force: true })
      live = null
    }
  }
  console.log(
    `crash test: ${RUNS} kills, ${RUNS} consistent (${outcomes.all} all of the import, ${outcomes.none} none of it; ${outcomes.answered} answered before the kill) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
} catch (error) {
  failed = true
  console.error(`crash test FAILED: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  if (values.keep) console.log(`kept ${dir}`)
  else rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
