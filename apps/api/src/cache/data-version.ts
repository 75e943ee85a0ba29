/**
 * The version of the data a response was built from: it changes with every write to the database,
 * through any path, before any read can see the new data.
 *
 * It is read from SQLite itself on every request (one prepared statement, a few microseconds):
 * - `total_changes()`: the rows inserted, updated or deleted by this connection since it was opened.
 *   Every write of the app (the observation editor's transactions, the target PUT, the derived
 *   values they recompute, the seed, a test writing through `db`) goes through this connection, and
 *   the counter moves as each statement completes, so a read in the same tick as a commit already
 *   sees a new version. No write path has to remember to call anything.
 * - `PRAGMA data_version`: moves when another connection commits (`pnpm db:seed` or a restore of a
 *   running server's file, a second process).
 * - a counter of `invalidate()` calls, for changes that are not rows (and for tests).
 *
 * A rolled-back write (a preview) also moves it: the cost is one rebuilt response, never a stale one.
 * Writes that do not change any response (a session's last-seen time, once a minute per signed-in
 * user) move it too, for the same price.
 */
import type { Db } from '@nap/db'

export interface DataVersion {
  /** The current version (compare for equality only). */
  current(): string
  /** Moves the version on (every cached response becomes stale). */
  invalidate(): void
}

export function createDataVersion(db: Db): DataVersion {
  // Two prepared statements: the table-valued form (`select … from pragma_data_version`) prepared
  // the pragma again inside on every read, 15 % of a cached answer's CPU in the profile.
  const changes = db.$client.prepare<[], number>('select total_changes()').pluck()
  const dataVersion = db.$client.prepare<[], number>('pragma data_version').pluck()
  let bumps = 0
  return {
    current() {
      return `${bumps}.${changes.get() ?? 0}.${dataVersion.get() ?? 0}`
    },
    invalidate() {
      bumps++
    },
  }
}
