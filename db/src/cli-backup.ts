/**
 * pnpm db:backup [FILE]: a consistent, verified copy of DATABASE_PATH while the server runs.
 * Default FILE: backups/goal-monitor-<UTC time>.sqlite under the repository root.
 * pnpm db:backup --restore FILE [--force]: puts a backup back at DATABASE_PATH (server stopped).
 */
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { backupDatabase, restoreDatabase, type BackupReport } from './backup.ts'
import { loadDotEnv, databasePathFromEnv, invocationDirFromEnv, REPO_ROOT } from './env.ts'

function print(verb: string, report: BackupReport): void {
  const rows = Object.entries(report.tables)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ')
  console.log(`${verb} ${report.path} (${(report.bytes / 1e6).toFixed(1)} MB): integrity ${report.integrity}; rows: ${rows}`)
}

const args = process.argv.slice(2)
loadDotEnv()
const database = databasePathFromEnv()
const here = invocationDirFromEnv()
try {
  if (args[0] === '--restore') {
    const file = args[1]
    if (!file) throw new Error('usage: pnpm db:backup --restore FILE [--force]')
    print('restored into', restoreDatabase(resolve(here, file), database, args.includes('--force')))
  } else {
    const stamp = new Date().toISOString().replaceAll(':', '').replace(/\.\d+Z$/, 'Z')
    const target = args[0]
      ? resolve(here, args[0])
      : join(REPO_ROOT, 'backups', `goal-monitor-${stamp}.sqlite`)
    mkdirSync(dirname(target), { recursive: true })
    print(`backed up ${database} to`, backupDatabase(database, target))
  }
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
