/**
 * Targets: the admin's versioned update (with its history row and audit row in one transaction) and
 * the public history of a target. The progress service's cache fingerprint reads sum(targets.version)
 * and max(targets.updated_at), so an update shows in /progress at once.
 */
import { and, desc, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { CountryCode } from '@nap/domain'
import { targetRevisions, targets, users, type Db } from '@nap/db'
import {
  TargetSnapshotSchema,
  type Target,
  type TargetConflict,
  type TargetHistory,
  type TargetHistoryEntry,
  type TargetSnapshot,
  type TargetUpdateBody,
} from '@nap/schemas'
import { record, type Tx } from './audit-repository.ts'
import { toTarget } from './catalog-repository.ts'
import { authorName } from './revision-state.ts'

type TargetRow = typeof targets.$inferSelect

/** How a version is kept in target_revisions.before/after: the snapshot, its version and time. */
const StoredTargetSchema = TargetSnapshotSchema.extend({ version: z.number().int(), updatedAt: z.string() })
type StoredTarget = z.infer<typeof StoredTargetSchema>

export function snapshotOf(t: TargetRow): TargetSnapshot {
  return {
    value: t.value,
    year: t.year,
    baselineYear: t.baselineYear,
    milestones: t.milestones,
    bands: t.bands ?? null,
    origin: t.origin,
    rule: t.rule,
    rationale: { en: t.rationaleEn, es: t.rationaleEs, fr: t.rationaleFr },
  }
}

const stored = (t: TargetRow): StoredTarget => ({ ...snapshotOf(t), version: t.version, updatedAt: t.updatedAt })

function parseStored(json: Record<string, unknown>): StoredTarget {
  const parsed = StoredTargetSchema.safeParse(json)
  if (!parsed.success) throw new Error(`target_revisions holds a malformed target: ${parsed.error.message}`)
  return parsed.data
}

const withoutVersion = ({ version: _v, updatedAt: _u, ...snapshot }: StoredTarget): TargetSnapshot => snapshot

/** Milestones in year order, so that the same set reads as the same target. */
const sortedMilestones = (m: readonly { year: number; value: number }[]) => [...m].sort((a, b) => a.year - b.year)

export interface TargetWriter {
  userId: number
  /** The user's e-mail (kept in the audit log and history rows; never shown publicly). */
  actor: string
  ip: string | null
}

export interface PutTarget {
  indicatorId: number
  country: CountryCode
  body: TargetUpdateBody
  by: TargetWriter
  /** The time of the change (ISO 8601, ms, UTC). */
  now: string
}

export type PutTargetResult =
  | { kind: 'created' | 'updated' | 'unchanged'; target: Target }
  | { kind: 'conflict'; current: TargetConflict['current'] }

export function createTargetsRepository(db: Db) {
  const findRow = (tx: Tx, indicatorId: number, country: CountryCode) =>
    tx
      .select()
      .from(targets)
      .where(and(eq(targets.indicatorId, indicatorId), eq(targets.countryCode, country)))
      .get()

  /** Display name of whoever made the target's current version ('seed' for the catalog's). */
  function currentAuthor(tx: Tx, t: TargetRow): string {
    const last = tx
      .select({ actor: targetRevisions.actor, userName: users.name })
      .from(targetRevisions)
      .leftJoin(users, eq(users.id, targetRevisions.userId))
      .where(and(eq(targetRevisions.targetId, t.id), eq(targetRevisions.version, t.version)))
      .get()
    return last ? authorName(last.userName, last.actor) : authorName(null, t.updatedBy)
  }

  return {
    /** The target, or null when the indicator has none for the country. */
    findTarget(indicatorId: number, country: CountryCode): Target | null {
      const row = findRow(db, indicatorId, country)
      return row ? toTarget(row) : null
    },

    /**
     * Creates (version 0 sent, none exists) or replaces (the current version sent) the target, with its
     * history row and audit row, in one transaction; a stale version changes nothing.
     */
    putTarget(p: PutTarget): PutTargetResult {
      return db.transaction((tx): PutTargetResult => {
        const current = findRow(tx, p.indicatorId, p.country)
        const expected = current?.version ?? 0
        if (p.body.version !== expected) {
          return {
            kind: 'conflict',
            current: current
              ? { version: current.version, value: current.value, updatedAt: current.updatedAt, author: currentAuthor(tx, current) }
              : null,
          }
        }
        const b = p.body
        const next = {
          value: b.value,
          year: b.year,
          baselineYear: b.baselineYear,
          milestones: sortedMilestones(b.milestones),
          bands: b.bands === undefined ? (current?.bands ?? null) : b.bands,
          origin: b.origin,
          // "1.25 × 2023 value" no longer describes a value set by hand.
          rule: current && current.value === b.value ? current.rule : null,
          rationaleEn: b.rationale.en,
          rationaleEs: b.rationale.es,
          rationaleFr: b.rationale.fr,
        }
        if (current) {
          const before = snapshotOf(current)
          const after = snapshotOf({ ...current, ...next })
          if (JSON.stringify({ ...before, milestones: sortedMilestones(before.milestones) }) === JSON.stringify(after)) {
            return { kind: 'unchanged', target: toTarget(current) }
          }
        }
        const row = current
          ? tx
              .update(targets)
              .set({ ...next, version: current.version + 1, updatedAt: p.now, updatedBy: p.by.actor })
              .where(eq(targets.id, current.id))
              .returning()
              .get()
          : tx
              .insert(targets)
              .values({ ...next, indicatorId: p.indicatorId, countryCode: p.country, updatedAt: p.now, updatedBy: p.by.actor })
              .returning()
              .get()
        const before = current ? stored(current) : null
        const after = stored(row)
        tx.insert(targetRevisions)
          .values({
            targetId: row.id,
            version: row.version,
            before,
            after,
            userId: p.by.userId,
            actor: p.by.actor,
            reason: b.reason,
            createdAt: p.now,
          })
          .run()
        record(tx, {
          userId: p.by.userId,
          actor: p.by.actor,
          action: 'target.update',
          entity: 'targets',
          entityId: row.id,
          indicatorId: p.indicatorId,
          before,
          after,
          reason: b.reason,
          ip: p.by.ip,
          at: p.now,
        })
        return { kind: current ? 'updated' : 'created', target: toTarget(row) }
      })
    },

    /** Every version of the target, newest first, down to the one the catalog seeded. */
    history(indicatorId: number, country: CountryCode): Omit<TargetHistory, 'indicator' | 'country'> {
      const current = findRow(db, indicatorId, country)
      if (!current) return { current: null, history: [] }
      const rows = db
        .select({
          version: targetRevisions.version,
          at: targetRevisions.createdAt,
          before: targetRevisions.before,
          after: targetRevisions.after,
          reason: targetRevisions.reason,
          actor: targetRevisions.actor,
          userName: users.name,
        })
        .from(targetRevisions)
        .leftJoin(users, eq(users.id, targetRevisions.userId))
        .where(eq(targetRevisions.targetId, current.id))
        .orderBy(desc(targetRevisions.version), desc(targetRevisions.id))
        .all()
      const history: TargetHistoryEntry[] = rows.map((r) => {
        const before = r.before === null ? null : parseStored(r.before)
        return {
          version: r.version,
          at: r.at,
          author: authorName(r.userName, r.actor),
          reason: r.reason,
          before: before === null ? null : withoutVersion(before),
          after: withoutVersion(parseStored(r.after)),
        }
      })
      // The version the catalog seeded has no history row of its own: it is the first row's `before`
      // (or the target itself while nobody has changed it).
      const oldest = rows.at(-1)
      const seeded = oldest === undefined ? stored(current) : oldest.before === null ? null : parseStored(oldest.before)
      if (seeded !== null) {
        history.push({
          version: seeded.version,
          at: seeded.updatedAt,
          author: authorName(null, oldest === undefined ? current.updatedBy : 'seed'),
          reason: 'Initial target from the catalog',
          before: null,
          after: withoutVersion(seeded),
        })
      }
      return { current: toTarget(current), history }
    },
  }
}
export type TargetsRepository = ReturnType<typeof createTargetsRepository>
