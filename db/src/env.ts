import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Default database file: data/goal-monitor.sqlite under the repository root (git-ignored). */
export const DEFAULT_DATABASE_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'goal-monitor.sqlite')

/** The one place the db package reads the environment (CLI scripts only). */
export function databasePathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const p = env['DATABASE_PATH']
  return p && p.trim() !== '' ? (p === ':memory:' ? p : resolve(p)) : DEFAULT_DATABASE_PATH
}
