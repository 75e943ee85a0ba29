import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (db/src/../..): relative paths in the environment are relative to it. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Default database file: data/goal-monitor.sqlite under the repository root (git-ignored). */
export const DEFAULT_DATABASE_PATH = join(REPO_ROOT, 'data', 'goal-monitor.sqlite')

/**
 * The database file named by DATABASE_PATH: empty or unset means the default; a relative path is
 * relative to the repository root, so `pnpm start`, `pnpm db:seed` and `pnpm db:migrate` (each run in
 * its own package folder) open the same file; `:memory:` is kept as it is.
 */
export function resolveDatabasePath(value: string | undefined): string {
  const p = value?.trim() ?? ''
  if (p === '') return DEFAULT_DATABASE_PATH
  if (p === ':memory:') return p
  return isAbsolute(p) ? p : resolve(REPO_ROOT, p)
}

/** The one place the db package reads the environment (CLI scripts only). */
export function databasePathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolveDatabasePath(env['DATABASE_PATH'])
}

/** Where the user ran the command (pnpm sets INIT_CWD; scripts run in their package folder). */
export function invocationDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env['INIT_CWD'] ?? process.cwd()
}

/**
 * Reads the repository's `.env` (if there is one) into process.env without overriding variables
 * that are already set: the CLI scripts and the server call this first.
 */
export function loadDotEnv(path: string = join(REPO_ROOT, '.env')): void {
  if (existsSync(path)) process.loadEnvFile(path)
}
