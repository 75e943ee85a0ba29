/**
 * Imports a file from the command line, through the same import service as the API (no HTTP):
 *
 *   pnpm data:import FILE [--format F] [--indicator SLUG] [--sheet NAME] [--dry-run | --commit --reason "…"] --as EMAIL [--json]
 *
 * A dry run (the default) stores the import and prints what it would change; `--commit` makes the dry
 * run and applies exactly its new and changed values at once, all or nothing. `--as` names the editor
 * or admin the import is made by (their name goes into the history; the audit log records the
 * command line's e-mail and no IP address). The summary goes to stdout (`--json`: the outcome as
 * JSON); a progress bar to stderr for large files. Opens (and, when new, migrates and seeds) the
 * database at DATABASE_PATH.
 *
 * Exit codes: 0 done, 1 refused (the file, an option, the user, or points changed since), 2 usage.
 */
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { ImportDetail, ImportStage, ProgressFn } from '../services/import-service.ts'

/** The largest file (the parser's limit: 20 MiB), checked before anything is loaded. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

const USAGE = 'usage: pnpm data:import FILE [--format tidy|wdi|oecd|sdmx|xlsx] [--indicator SLUG] [--sheet NAME] [--dry-run | --commit --reason "…"] --as EMAIL [--json]'

/** Steps with at least this many items get a progress bar. */
const BAR_FROM = 5_000
const STAGE_WORDS: Record<ImportStage, string> = {
  parsing: 'reading the file',
  comparing: 'comparing with the data',
  preview: 'measuring the impact',
  storing: 'storing the verdicts',
  applying: 'writing the points',
  recomputing: 'recomputing derived values',
  assessing: 'assessing the statuses',
}

/** A progress bar on stderr: redrawn in place on a terminal, a line per quarter otherwise. */
export function progressBar(stream: NodeJS.WriteStream, width = 30): ProgressFn {
  let lastStage: ImportStage | null = null
  let lastQuarter = -1
  return (stage, done, total) => {
    if (total < BAR_FROM) return
    if (stage !== lastStage) {
      if (lastStage !== null && stream.isTTY) stream.write('\n')
      lastStage = stage
      lastQuarter = -1
    }
    const share = total === 0 ? 1 : Math.min(1, done / total)
    const filled = Math.round(share * width)
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${STAGE_WORDS[stage]} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`
    if (stream.isTTY) {
      stream.write(`\r${line}`)
      if (done >= total) stream.write('\n')
    } else {
      const quarter = Math.floor(share * 4)
      if (quarter !== lastQuarter) {
        lastQuarter = quarter
        stream.write(`${line}\n`)
      }
    }
  }
}

function describe(imp: ImportDetail): string {
  const s = imp.summary
  const lines = [
    `import #${imp.id}: ${imp.fileName} (${imp.format}${imp.encoding ? `, ${imp.encoding}` : ''}, ${imp.rows.toLocaleString('en-US')} rows) — ${imp.state}`,
    `  new ${s.new} · changed ${s.changed} · unchanged ${s.unchanged} · rejected ${s.rejected} · skipped ${s.skipped} · outlier warnings ${imp.warnings.outliers}`,
  ]
  const moved = imp.preview?.assessments.filter((a) => a.before.status !== a.after.status) ?? []
  for (const a of moved) lines.push(`  status ${a.indicator} ${a.country}: ${a.before.status} → ${a.after.status}`)
  return lines.join('\n')
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        indicator: { type: 'string' },
        sheet: { type: 'string' },
        'dry-run': { type: 'boolean' },
        commit: { type: 'boolean' },
        reason: { type: 'string' },
        as: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    })
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const [file, ...extra] = positionals
  const problems: string[] = []
  if (file === undefined || extra.length > 0) problems.push('give exactly one FILE')
  if (values.as === undefined || values.as.trim() === '') problems.push('--as EMAIL (an editor or admin) is required')
  if (values.commit && values['dry-run']) problems.push('--dry-run and --commit exclude each other')
  const reason = values.reason?.trim() ?? ''
  if (values.commit && reason === '') problems.push('--commit needs --reason "why the file is applied"')
  if (!values.commit && values.reason !== undefined) problems.push('--reason goes with --commit')
  if (problems.length > 0 || file === undefined || values.as === undefined) {
    console.error(`${problems.join('; ')}\n${USAGE}`)
    return 2
  }

  let size: number
  try {
    size = statSync(file).size
  } catch {
    console.error(`Refused: cannot read ${file}`)
    return 1
  }
  if (size > MAX_UPLOAD_BYTES) {
    console.error(`Refused: ${file} is larger than the limit of ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB (${MAX_UPLOAD_BYTES.toLocaleString('en-US')} bytes)`)
    return 1
  }

  // Loaded only now, so that a usage error answers at once.
  const [{ loadDotEnv, openDatabase }, { loadEnv }, { createProgressService }, { createUsersRepository }, { createImportService }] = await Promise.all([
    import('@nap/db'),
    import('../config/env.ts'),
    import('../repositories/progress-service.ts'),
    import('../repositories/users-repository.ts'),
    import('../services/import-service.ts'),
  ])
  loadDotEnv()
  const env = loadEnv()
  const { db } = openDatabase(env.DATABASE_PATH)
  try {
    const user = createUsersRepository(db).findCredentialsByEmail(values.as)?.user
    if (user === undefined || user.disabled) {
      console.error(`Refused: no active account ${values.as.trim().toLowerCase()}`)
      return 1
    }
    const editor = { userId: user.id, email: user.email, name: user.name, ip: null }
    const imports = createImportService({ db, progress: createProgressService(db) })
    const bar = values.json ? undefined : progressBar(process.stderr)
    const bytes = new Uint8Array(readFileSync(file))
    const dry = await imports.dryRun({ bytes, fileName: basename(file), format: values.format, indicator: values.indicator, sheet: values.sheet }, editor, bar)
    if (dry.kind === 'file_error') {
      console.error(`Refused: the file cannot be imported: ${dry.error.message}`)
      return 1
    }
    if (dry.kind === 'option_error') {
      console.error(`Refused: --${dry.error.option}: ${dry.error.message}`)
      return 1
    }
    if (!values.commit) {
      console.log(values.json ? JSON.stringify({ import: dry.import }) : `${describe(dry.import)}\n(dry run: nothing changed; commit with --commit --reason "…")`)
      return 0
    }
    const outcome = imports.commit(dry.import.id, reason, editor, bar)
    switch (outcome.kind) {
      case 'committed':
        if (values.json) console.log(JSON.stringify({ import: outcome.import, applied: outcome.applied, derived: outcome.derived, statusFlips: outcome.statusFlips }))
        else {
          console.log(describe(outcome.import))
          console.log(`committed: ${outcome.applied} points written, ${outcome.derived} derived values recomputed, ${outcome.statusFlips.length} statuses moved`)
        }
        return 0
      case 'conflict':
        console.error(`Refused: ${outcome.total} point(s) changed during the import, nothing was applied: ${outcome.conflicts.slice(0, 10).map((c) => `${c.indicator} ${c.country} ${c.period}`).join(', ')}`)
        return 1
      case 'state':
        console.error(`Refused: ${outcome.message}`)
        return 1
      case 'not_found':
        console.error(`Refused: import #${dry.import.id} vanished`)
        return 1
    }
  } finally {
    db.$client.close()
  }
}

process.exitCode = await main()
