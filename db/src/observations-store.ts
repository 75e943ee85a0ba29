/**
 * The one write path for observations: every change is a row in `revisions` (who, when, why, old and
 * new value, flags after the change), written in the same transaction as the observation itself.
 * Nothing is overwritten silently and nothing is removed: a delete is a revision too.
 *
 * Functions take the transaction (or the database) as their first argument and return plain data, so
 * callers compose them inside one `db.transaction(...)`.
 */
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm'
import { AREA_CODES, isAreaCode, type AreaCode, type CountryCode, type Status } from '@nap/domain'
import type { Db } from './client.ts'
import { observations, revisions, statusFlips, users } from './schema.ts'

export type RevisionAction = (typeof revisions.$inferInsert)['action']
export type ObservationRow = typeof observations.$inferSelect

/** The flags a statistical office attaches to a value. */
export interface ObservationFlags {
  estimate: boolean
  provisional: boolean
  breakInSeries: boolean
}

export const FLAG_NAMES = ['estimate', 'provisional', 'breakInSeries'] as const satisfies readonly (keyof ObservationFlags)[]

export interface PointInput {
  indicatorId: number
  /** One of AREA_CODES; a string because points also come from files (an unknown code is refused). */
  countryCode: string
  period: string
  value: number
  derived?: boolean
  /** Omitted: kept as it is (null for a new point). */
  sourceNote?: string | null
  /** Omitted flags are kept as they are (false for a new point). */
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
  /** Time of the change (ISO 8601, UTC, milliseconds); default now. One transaction uses one time. */
  at?: string
}

/** What can run the store's queries: the database or a transaction. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'get' | 'all'>

/**
 * What can run the store's writes: a transaction only. A point and its revision are two statements;
 * on the bare database each would commit on its own, and a reader (or a backup) between them would see
 * a point without its revision. The database has `$client` and a transaction has not, so passing the
 * database is a type error.
 */
export type WriteTx = Tx & { readonly $client?: never }

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

export function flagsOf(row: ObservationRow): ObservationFlags {
  return { estimate: row.estimate, provisional: row.provisional, breakInSeries: row.breakInSeries }
}

function stateOf(row: ObservationRow): Record<string, unknown> {
  return { deleted: row.deleted, ...flagsOf(row), sourceNote: row.sourceNote }
}

export function findObservation(tx: Tx, indicatorId: number, countryCode: AreaCode, period: string): ObservationRow | undefined {
  return statementsOf(tx).find.get({ indicatorId, countryCode, period })
}

/** Every row (deleted ones too) of one indicator, optionally of some countries. */
export function listObservations(tx: Tx, indicatorId: number, countryCodes?: readonly AreaCode[]): ObservationRow[] {
  const byIndicator = eq(observations.indicatorId, indicatorId)
  return tx
    .select()
    .from(observations)
    .where(countryCodes ? and(byIndicator, inArray(observations.countryCode, [...countryCodes])) : byIndicator)
    .all()
}

/** The state a point is moved to by a revision. */
export interface NextState {
  value: number | null
  deleted: boolean
  flags: ObservationFlags
  sourceNote: string | null
}

export interface Revised {
  row: ObservationRow
  revisionId: number
}

export interface NewObservation {
  indicatorId: number
  countryCode: AreaCode
  period: string
  value: number
  derived?: boolean
  flags?: Partial<ObservationFlags>
  sourceNote?: string | null
}

/** The store's lookup of a point and its three writes, as statements prepared once per connection or transaction. */
interface Statements {
  find: { get: (params: { indicatorId: number; countryCode: AreaCode; period: string }) => ObservationRow | undefined }
  insert: (point: NewObservation, at: string) => ObservationRow
  update: (existing: ObservationRow, next: NextState, at: string) => ObservationRow
  revision: (row: ObservationRow, oldValue: number | null, by: Attribution & { at: string }) => number
}

const p = sql.placeholder
const bit = (b: boolean): number => (b ? 1 : 0)
const prepared = new WeakMap<Tx, Statements>()

/**
 * The statements for `tx`, prepared on its first write and kept while it lives (a transaction writes
 * thousands of derived points and imported values; building each query anew cost most of the time).
 */
function statementsOf(tx: Tx): Statements {
  const cached = prepared.get(tx)
  if (cached) return cached
  const insert = tx
    .insert(observations)
    .values({
      indicatorId: p('indicatorId'),
      countryCode: p('countryCode'),
      period: p('period'),
      year: p('year'),
      value: p('value'),
      derived: p('derived'),
      sourceNote: p('sourceNote'),
      estimate: p('estimate'),
      provisional: p('provisional'),
      breakInSeries: p('breakInSeries'),
      version: 1,
      updatedAt: p('at'),
    })
    .returning()
    .prepare()
  // In an update Drizzle's types take a placeholder only inside sql``, unencoded: booleans go as 0/1.
  const update = tx
    .update(observations)
    .set({
      value: sql`${p('value')}`,
      deleted: sql`${p('deleted')}`,
      estimate: sql`${p('estimate')}`,
      provisional: sql`${p('provisional')}`,
      breakInSeries: sql`${p('breakInSeries')}`,
      sourceNote: sql`${p('sourceNote')}`,
      version: sql`${p('version')}`,
      updatedAt: sql`${p('at')}`,
    })
    .where(eq(observations.id, p('id')))
    .returning()
    .prepare()
  const revision = tx
    .insert(revisions)
    .values({
      observationId: p('observationId'),
      action: p('action'),
      oldValue: p('oldValue'),
      newValue: p('newValue'),
      state: p('state'),
      userId: p('userId'),
      actor: p('actor'),
      reason: p('reason'),
      importId: p('importId'),
      createdAt: p('at'),
    })
    .returning({ id: revisions.id })
    .prepare()
  const find = tx
    .select()
    .from(observations)
    .where(and(eq(observations.indicatorId, p('indicatorId')), eq(observations.countryCode, p('countryCode')), eq(observations.period, p('period'))))
    .prepare()
  const written = <T>(row: T | undefined): T => {
    if (row === undefined) throw new Error('a write returned no row')
    return row
  }
  const statements: Statements = {
    find,
    insert: (point, at) =>
      written(
        insert.get({
          indicatorId: point.indicatorId,
          countryCode: point.countryCode,
          period: point.period,
          year: yearOfPeriod(point.period),
          value: point.value,
          derived: point.derived ?? false,
          sourceNote: point.sourceNote ?? null,
          estimate: point.flags?.estimate ?? false,
          provisional: point.flags?.provisional ?? false,
          breakInSeries: point.flags?.breakInSeries ?? false,
          at,
        }),
      ),
    update: (existing, next, at) =>
      written(
        update.get({
          value: next.deleted ? null : next.value,
          deleted: bit(next.deleted),
          estimate: bit(next.flags.estimate),
          provisional: bit(next.flags.provisional),
          breakInSeries: bit(next.flags.breakInSeries),
          sourceNote: next.sourceNote,
          version: existing.version + 1,
          at,
          id: existing.id,
        }),
      ),
    revision: (row, oldValue, by) =>
      written(
        revision.get({
          observationId: row.id,
          action: by.action,
          oldValue,
          newValue: row.value,
          state: stateOf(row),
          userId: by.userId ?? null,
          actor: by.actor,
          reason: by.reason,
          importId: by.importId ?? null,
          at: by.at,
        }),
      ).id,
  }
  prepared.set(tx, statements)
  return statements
}

/** Inserts a new point (version 1) with its first revision. */
export function insertObservation(tx: WriteTx, point: NewObservation, by: Attribution): Revised {
  const at = by.at ?? new Date().toISOString()
  const statements = statementsOf(tx)
  const row = statements.insert(point, at)
  return { row, revisionId: statements.revision(row, null, { ...by, at }) }
}

/** Moves an existing point to `next` (version + 1) with a revision from its current state. */
export function reviseObservation(tx: WriteTx, existing: ObservationRow, next: NextState, by: Attribution): Revised {
  const at = by.at ?? new Date().toISOString()
  const statements = statementsOf(tx)
  const row = statements.update(existing, next, at)
  return { row, revisionId: statements.revision(row, existing.deleted ? null : existing.value, { ...by, at }) }
}

/** True when moving `existing` to `next` changes nothing a reader can see (value, flags, note, deletion). */
export function isSameState(existing: ObservationRow, next: NextState): boolean {
  if (existing.deleted !== next.deleted) return false
  if (!next.deleted && existing.value !== next.value) return false
  return FLAG_NAMES.every((f) => existing[f] === next.flags[f]) && existing.sourceNote === next.sourceNote
}

/** The state `point` asks for, given what exists: omitted flags and note are kept. */
function nextStateOf(existing: ObservationRow, point: PointInput): NextState {
  return {
    value: point.value,
    deleted: false,
    flags: {
      estimate: point.estimate ?? existing.estimate,
      provisional: point.provisional ?? existing.provisional,
      breakInSeries: point.breakInSeries ?? existing.breakInSeries,
    },
    sourceNote: point.sourceNote === undefined ? existing.sourceNote : point.sourceNote,
  }
}

/**
 * Inserts the point when it is new, updates it when its value, flags or note changed (or it was
 * deleted), and does nothing when it is unchanged. Returns what happened. Used by the seed, the
 * derived values and imports; editors go through versioned changes (the API's observation editor).
 */
export function upsertObservation(tx: WriteTx, point: PointInput, by: Attribution): 'inserted' | 'updated' | 'unchanged' {
  const countryCode = areaCodeOf(point.countryCode)
  const existing = findObservation(tx, point.indicatorId, countryCode, point.period)
  if (!existing) {
    insertObservation(
      tx,
      {
        indicatorId: point.indicatorId,
        countryCode,
        period: point.period,
        value: point.value,
        derived: point.derived ?? false,
        sourceNote: point.sourceNote ?? null,
        flags: { estimate: point.estimate, provisional: point.provisional, breakInSeries: point.breakInSeries },
      },
      by,
    )
    return 'inserted'
  }
  const next = nextStateOf(existing, point)
  if (isSameState(existing, next)) return 'unchanged'
  reviseObservation(tx, existing, next, by)
  return 'updated'
}

/** Marks a point deleted (soft delete, with a revision); flags and note are kept for a restore. */
export function deleteObservation(tx: WriteTx, id: number, by: Attribution): Revised | null {
  const existing = tx.select().from(observations).where(eq(observations.id, id)).get()
  if (!existing || existing.deleted) return null
  return reviseObservation(tx, existing, { value: null, deleted: true, flags: flagsOf(existing), sourceNote: existing.sourceNote }, by)
}

/** The value a deleted point had before its deletion (the newest revision's old value), or null. */
export function valueBeforeDeletion(tx: Tx, observationId: number): number | null {
  const row = tx
    .select({ oldValue: revisions.oldValue })
    .from(revisions)
    .where(and(eq(revisions.observationId, observationId), eq(revisions.action, 'delete')))
    .orderBy(desc(revisions.id))
    .limit(1)
    .get()
  return row?.oldValue ?? null
}

/**
 * The time for the next change: now, or one millisecond after the newest revision when the clock has
 * not moved on (or went back), so that the revisions of successive transactions have strictly
 * increasing times and every past state can be addressed by an instant.
 */
export function nextChangeTime(tx: Tx, now: Date = new Date()): string {
  const newest = tx.get<{ at: string | null }>(sql`select max(${revisions.createdAt}) as at from ${revisions}`).at
  const newestMs = newest === null ? Number.NEGATIVE_INFINITY : Date.parse(newest)
  return new Date(Math.max(now.getTime(), newestMs + 1)).toISOString()
}

/** Who made the newest revision of a point: the user's display name, else the actor ('seed', 'system'). */
export interface LastChange {
  at: string
  author: string
  userId: number | null
  action: RevisionAction
}

export function lastChangeOf(tx: Tx, observationId: number): LastChange | null {
  const row = tx
    .select({ at: revisions.createdAt, actor: revisions.actor, userId: revisions.userId, name: users.name, action: revisions.action })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(eq(revisions.observationId, observationId))
    .orderBy(desc(revisions.id))
    .limit(1)
    .get()
  if (!row) return null
  return { at: row.at, author: row.name ?? publicActor(row.actor), userId: row.userId, action: row.action }
}

/** Actors that are not users are shown as they are; anything else (an e-mail) is never made public. */
function publicActor(actor: string): string {
  return actor === 'seed' || actor === 'system' ? actor : 'editor'
}

/** One live point as it stood at an instant. */
export interface PointAsOf {
  indicatorId: number
  countryCode: AreaCode
  period: string
  value: number
}

/**
 * Every point as it stood at `instant` (ISO 8601 UTC), rebuilt from the revisions: for each
 * observation its newest revision made at or before the instant; deleted points are left out.
 * Before the first revision the answer is empty.
 */
export function observationsAsOf(tx: Pick<Db, 'select'>, instant: string, indicatorIds?: readonly number[]): PointAsOf[] {
  const newest = tx
    .select({ id: sql<number>`max(${revisions.id})` })
    .from(revisions)
    .where(lte(revisions.createdAt, instant))
    .groupBy(revisions.observationId)
  const newestOnly = inArray(revisions.id, newest)
  const rows = tx
    .select({
      indicatorId: observations.indicatorId,
      countryCode: observations.countryCode,
      period: observations.period,
      value: revisions.newValue,
    })
    .from(revisions)
    .innerJoin(observations, eq(observations.id, revisions.observationId))
    .where(indicatorIds ? and(newestOnly, inArray(observations.indicatorId, [...indicatorIds])) : newestOnly)
    .all()
  const out: PointAsOf[] = []
  for (const r of rows) if (r.value !== null) out.push({ indicatorId: r.indicatorId, countryCode: r.countryCode, period: r.period, value: r.value })
  return out
}

export interface StatusFlipInput {
  revisionId: number
  indicatorId: number
  countryCode: CountryCode
  fromStatus: Status
  toStatus: Status
  at: string
}

/** Records the statuses a change moved (append-only; read by the public change feed). */
export function recordStatusFlips(tx: WriteTx, flips: readonly StatusFlipInput[]): void {
  if (flips.length === 0) return
  tx.insert(statusFlips)
    .values(
      flips.map((f) => ({
        revisionId: f.revisionId,
        indicatorId: f.indicatorId,
        countryCode: f.countryCode,
        fromStatus: f.fromStatus,
        toStatus: f.toStatus,
        createdAt: f.at,
      })),
    )
    .run()
}
