/**
 * Writing changes for the vintage tests through the database's own write path (db's
 * reviseObservation / recomputeDerived / recordStatusFlips), at times the test chooses.
 */
import { eq } from 'drizzle-orm'
import type { AreaCode, CountryCode, RevisionAction, Status } from '@nap/domain'
import {
  findObservation,
  flagsOf,
  indicators,
  recomputeDerived,
  recordStatusFlips,
  reviseObservation,
  type Db,
  type ObservationFlags,
} from '@nap/db'
import { createUsersRepository } from '../../src/repositories/users-repository.ts'

export function indicatorIdOf(db: Db, slug: string): number {
  const row = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.slug, slug)).get()
  if (!row) throw new Error(`no indicator ${slug}`)
  return row.id
}

/** An account that never signs in here: only its display name and e-mail matter. */
export function addUser(db: Db, name: string, email: string): number {
  return createUsersRepository(db).create({
    email,
    name,
    role: 'editor',
    passwordHash: '$argon2id$not-used-by-these-tests',
    mustChangePassword: false,
    now: new Date().toISOString(),
  }).id
}

export interface Change {
  slug: string
  country: AreaCode
  period: string
  /** The new value; null deletes the point. */
  value: number | null
  flags?: Partial<ObservationFlags>
  action: RevisionAction
  at: string
  reason: string
  user?: { id: number; email: string }
  /** Statuses this change moved, recorded with it. */
  flips?: { slug: string; country: CountryCode; from: Status; to: Status }[]
  /** Recompute the derived values in the same transaction (as the editor's write path does). */
  recompute?: boolean
}

/** Applies one change to an existing point in one transaction; returns its revision id. */
export function applyChange(db: Db, c: Change): number {
  return db.transaction((tx) => {
    const existing = findObservation(tx, indicatorIdOf(db, c.slug), c.country, c.period)
    if (!existing) throw new Error(`no point ${c.slug} ${c.country} ${c.period}`)
    const by = { action: c.action, actor: c.user?.email ?? 'system', userId: c.user?.id ?? null, reason: c.reason, at: c.at }
    const { revisionId } = reviseObservation(
      tx,
      existing,
      {
        value: c.value,
        deleted: c.value === null,
        flags: { ...flagsOf(existing), ...c.flags },
        sourceNote: existing.sourceNote,
      },
      by,
    )
    if (c.recompute) recomputeDerived(tx, { actor: 'system', reason: 'recomputed from inputs', at: c.at })
    recordStatusFlips(
      tx,
      (c.flips ?? []).map((f) => ({
        revisionId,
        indicatorId: indicatorIdOf(db, f.slug),
        countryCode: f.country,
        fromStatus: f.from,
        toStatus: f.to,
        at: c.at,
      })),
    )
    return revisionId
  })
}
