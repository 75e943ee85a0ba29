/**
 * The one write path for observations: every change is a row in `revisions` (who, when, why),
 * written in the same transaction as the observation itself. Nothing is overwritten silently.
 */
import { and, eq } from 'drizzle-orm'
import { AREA_CODES, isAreaCode, type AreaCode } from '@nap/domain'
import type { Db } from './client.ts'
import { observations, revisions } from './schema.ts'

export type RevisionAction = (typeof revisions.$inferInsert)['action']

export interface PointInput {
  indicatorId: number
  /** One of AREA_CODES; a string because points also come from files (an unknown code is refused). */
  countryCode: string
  period: string
  value: number
  derived?: boolean
  sourceNote?: string | null
  estimate?: boolean
  provisional?: boolean
  breakInSeries?: boolean
}

export interface Attribution {
  action: RevisionAction
  actor: string
  reason: string
  userId?: number | null
  importId?: number | null
}

type Tx = Pick<Db, 'select' | 'insert' | 'update'>

export function yearOfPeriod(period: string): number {
  const year = Number(period.slice(0, 4))
  if (!/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(period)) throw new Error(`invalid period "${period}"`)
  return year
}

/** The code as an AreaCode, or an error naming it (the seed's CSV and imports hand over plain strings). */
export function areaCodeOf(code: string): AreaCode {
  if (!isAreaCode(code)) throw new Error(`unknown country code "${code}" (use ${AREA_CODES.join(', ')})`)
  return code
}

function stateOf(row: typeof observations.$inferSelect): Record<string, unknown> {
  return {
    deleted: row.deleted,
    estimate: row.estimate,
    provisional: row.provisional,
    breakInSeries: row.breakInSeries,
    sourceNote: row.sourceNote,
  }
}

/**
 * Inserts the point when it is new, updates it when the value changed (or it was deleted), and does
 * nothing when it is unchanged. Returns what happened.
 */
export function upsertObservation(tx: Tx, point: PointInput, by: Attribution): 'inserted' | 'updated' | 'unchanged' {
  const countryCode = areaCodeOf(point.countryCode)
  const existing = tx
    .select()
    .from(observations)
    .where(
      and(
        eq(observations.indicatorId, point.indicatorId),
        eq(observations.countryCode, countryCode),
        eq(observations.period, point.period),
      ),
    )
    .get()
  if (!existing) {
    const row = tx
      .insert(observations)
      .values({
        indicatorId: point.indicatorId,
        countryCode,
        period: point.period,
        year: yearOfPeriod(point.period),
        value: point.value,
        derived: point.derived ?? false,
        sourceNote: point.sourceNote ?? null,
        estimate: point.estimate ?? false,
        provisional: point.provisional ?? false,
        breakInSeries: point.breakInSeries ?? false,
      })
      .returning()
      .get()
    recordRevision(tx, row, null, by)
    return 'inserted'
  }
  if (existing.value === point.value && !existing.deleted) return 'unchanged'
  const row = tx
    .update(observations)
    .set({
      value: point.value,
      deleted: false,
      sourceNote: point.sourceNote ?? existing.sourceNote,
      version: existing.version + 1,
      updatedAt: new Date().toISOString(),
    })
    .where(eq(observations.id, existing.id))
    .returning()
    .get()
  recordRevision(tx, row, existing.deleted ? null : existing.value, by)
  return 'updated'
}

/** Marks a point deleted (soft delete, with a revision). */
export function deleteObservation(tx: Tx, id: number, by: Attribution): void {
  const existing = tx.select().from(observations).where(eq(observations.id, id)).get()
  if (!existing || existing.deleted) return
  const row = tx
    .update(observations)
    .set({ value: null, deleted: true, version: existing.version + 1, updatedAt: new Date().toISOString() })
    .where(eq(observations.id, id))
    .returning()
    .get()
  recordRevision(tx, row, existing.value, by)
}

function recordRevision(
  tx: Tx,
  row: typeof observations.$inferSelect,
  oldValue: number | null,
  by: Attribution,
): void {
  tx.insert(revisions)
    .values({
      observationId: row.id,
      action: by.action,
      oldValue,
      newValue: row.value,
      state: stateOf(row),
      userId: by.userId ?? null,
      actor: by.actor,
      reason: by.reason,
      importId: by.importId ?? null,
    })
    .run()
}
