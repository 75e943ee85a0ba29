/**
 * Lints the API's OpenAPI document with Redocly's recommended rules (see redocly.yaml).
 *
 * Builds the real app on a temporary, freshly seeded SQLite file, asks it for GET /api/openapi.json,
 * writes the document to a temporary file and runs `redocly lint` on it. Exits non-zero on any
 * error or warning (Redocly itself fails on errors only), so `pnpm test` stops at a badly
 * documented route.
 *
 *   pnpm lint:openapi                       lint the document
 *   node scripts/lint-openapi.ts --keep     …and keep the written document to inspect it
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp } from '../apps/api/src/app.ts'
import { loadEnv } from '../apps/api/src/config/env.ts'

interface Problem {
  ruleId: string
  severity: string
  message: string
  location?: { pointer?: string }[]
}
interface LintReport {
  totals: { errors: number; warnings: number }
  problems: Problem[]
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const keep = process.argv.includes('--keep')
const dir = mkdtempSync(join(tmpdir(), 'nap-openapi-'))

async function openApiDocument(): Promise<string> {
  const env = loadEnv({ DATABASE_PATH: join(dir, 'lint.sqlite'), LOG_LEVEL: 'silent', WEB_DIST: join(dir, 'no-web-build') })
  const app = await buildApp({ env }) // opens, migrates and seeds the new database
  try {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' })
    if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${res.statusCode}: ${res.body}`)
    return `${JSON.stringify(res.json(), null, 2)}\n`
  } finally {
    await app.close()
  }
}

function isLintReport(value: unknown): value is LintReport {
  if (typeof value !== 'object' || value === null || !('totals' in value) || !('problems' in value)) return false
  const { totals, problems } = value
  return typeof totals === 'object' && totals !== null && 'errors' in totals && 'warnings' in totals && Array.isArray(problems)
}

function lint(file: string): LintReport {
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'redocly'),
    ['lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  )
  if (run.error) throw run.error
  const start = run.stdout.indexOf('{')
  const report: unknown = start === -1 ? null : JSON.parse(run.stdout.slice(start))
  if (!isLintReport(report)) throw new Error(`redocly lint gave no report (exit ${run.status}):\n${run.stdout}${run.stderr}`)
  return report
}

let status = 1
try {
  const file = join(dir, 'openapi.json')
  writeFileSync(file, await openApiDocument())
  const { totals, problems } = lint(file)
  for (const p of problems) {
    console.log(`${p.severity.padEnd(5)}  ${p.ruleId}  ${p.location?.[0]?.pointer ?? ''}\n       ${p.message}`)
  }
  console.log(`OpenAPI document (GET /api/openapi.json): ${totals.errors} errors, ${totals.warnings} warnings.`)
  status = totals.errors === 0 && totals.warnings === 0 ? 0 : 1
  if (keep) console.log(`Kept ${file}`)
} catch (error) {
  console.error(error)
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true })
}
process.exit(status)
