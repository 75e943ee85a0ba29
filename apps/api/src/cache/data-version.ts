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
  const read = db.$client
    .prepare<[], [changes: number, dataVersion: number]>('select total_changes(), data_version from pragma_data_version')
    .raw(true)
  let bumps = 0
  return {
    current() {
      const row = read.get()
      return `${bumps}.${row?.[0] ?? 0}.${row?.[1] ?? 0}`
    },
    invalidate() {
      bumps++
    },
  }
}
