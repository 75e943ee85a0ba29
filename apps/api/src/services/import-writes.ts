/**
 * The bulk form of the observation store's `insertObservation` / `reviseObservation`
 * (db/src/observations-store.ts) for imports: the same rows, the same revision (old and new value,
 * the state after the change as the same JSON, who, why, the import), written through statements
 * prepared once per transaction instead of one built query per point, so that a commit of thousands
 * of points stays within its time budget. It runs on the connection of the transaction it is called
 * in (better-sqlite3 has one), so it is part of that transaction. The import tests check that both
 * paths write identical rows.
 */
import type { ObservationRow } from '@nap/db'
import type { Db } from '@nap/db'
import { yearOfPeriod } from '@nap/db'

export interface PointFlags {
  estimate: boolean
  provisional: boolean
  breakInSeries: boolean
}

export interface WriteAttribution {
  action: 'import' | 'update' | 'delete'
  actor: string
  userId: number | null
  reason: string
  importId: number | null
  /** One time for the whole transaction (ISO 8601 UTC, ms). */
  at: string
}

export interface NewPoint {
  indicatorId: number
  countryCode: string
  period: string
  value: number
  flags: PointFlags
  sourceNote: string | null
}

export interface NextPoint {
  value: number | null
  deleted: boolean
  flags: PointFlags
  sourceNote: string | null
}

const bit = (b: boolean) => (b ? 1 : 0)

/** The revision's `state`: as the store writes it (stateOf), key for key. */
function stateJson(deleted: boolean, flags: PointFlags, sourceNote: string | null): string {
  return JSON.stringify({ deleted, estimate: flags.estimate, provisional: flags.provisional, breakInSeries: flags.breakInSeries, sourceNote })
}

export interface PointWriter {
  insert(point: NewPoint, by: WriteAttribution): { observationId: number; revisionId: number }
  revise(existing: ObservationRow, next: NextPoint, by: WriteAttribution): { revisionId: number }
}

export function createPointWriter(db: Pick<Db, '$client'>): PointWriter {
  const sqlite = db.$client
  const insertObservation = sqlite.prepare<[number, string, string, number, number, string | null, number, number, number, string], { id: number }>(
    `insert into observations (indicator_id, country_code, period, year, value, derived, source_note, estimate, provisional, break_in_series, version, updated_at)
     values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 1, ?) returning id`,
  )
  const updateObservation = sqlite.prepare<[number | null, number, number, number, number, string | null, number, string, number]>(
    `update observations set value = ?, deleted = ?, estimate = ?, provisional = ?, break_in_series = ?, source_note = ?, version = ?, updated_at = ? where id = ?`,
  )
  const insertRevision = sqlite.prepare<[number, string, number | null, number | null, string, number | null, string, string, number | null, string], { id: number }>(
    `insert into revisions (observation_id, action, old_value, new_value, state, user_id, actor, reason, import_id, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
  )
  const idOf = (row: { id: number } | undefined): number => {
    if (row === undefined) throw new Error('an insert returned no row')
    return row.id
  }
  return {
    insert(p, by) {
      const observationId = idOf(
        insertObservation.get(p.indicatorId, p.countryCode, p.period, yearOfPeriod(p.period), p.value, p.sourceNote, bit(p.flags.estimate), bit(p.flags.provisional), bit(p.flags.breakInSeries), by.at),
      )
      const revisionId = idOf(insertRevision.get(observationId, by.action, null, p.value, stateJson(false, p.flags, p.sourceNote), by.userId, by.actor, by.reason, by.importId, by.at))
      return { observationId, revisionId }
    },
    revise(e, next, by) {
      const value = next.deleted ? null : next.value
      updateObservation.run(value, bit(next.deleted), bit(next.flags.estimate), bit(next.flags.provisional), bit(next.flags.breakInSeries), next.sourceNote, e.version + 1, by.at, e.id)
      const revisionId = idOf(insertRevision.get(e.id, by.action, e.deleted ? null : e.value, value, stateJson(next.deleted, next.flags, next.sourceNote), by.userId, by.actor, by.reason, by.importId, by.at))
      return { revisionId }
    },
  }
}
