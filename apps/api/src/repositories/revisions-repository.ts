/** The public record of an indicator: every revision of its points, newest first, page by page. */
import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm'
import type { AreaCode } from '@nap/domain'
import { observations, revisions, users, type Db } from '@nap/db'
import type { Revision, RevisionPage } from '@nap/schemas'
import { pageOf, type Cursor } from './cursor.ts'
import { authorName, stateFlags } from './revision-state.ts'
import { instantOf } from './series-repository.ts'

export interface RevisionQuery {
  indicatorId: number
  slug: string
  country?: AreaCode | undefined
  period?: string | undefined
  limit: number
  /** Start strictly after this item (newest first). */
  after?: Cursor | undefined
}

/** Rows strictly older than the cursor in the (time, id) newest-first order. */
export function olderThan(cursor: Cursor | undefined): SQL | undefined {
  if (cursor === undefined) return undefined
  const at = instantOf(revisions.createdAt)
  return or(sql`${at} < ${cursor.at}`, and(sql`${at} = ${cursor.at}`, sql`${revisions.id} < ${cursor.id}`))
}

export function createRevisionsRepository(db: Db) {
  return {
    listRevisions(q: RevisionQuery): RevisionPage {
      const rows = db
        .select({
          id: revisions.id,
          at: instantOf(revisions.createdAt),
          action: revisions.action,
          country: observations.countryCode,
          period: observations.period,
          oldValue: revisions.oldValue,
          newValue: revisions.newValue,
          state: revisions.state,
          reason: revisions.reason,
          actor: revisions.actor,
          userName: users.name,
        })
        .from(revisions)
        .innerJoin(observations, eq(observations.id, revisions.observationId))
        .leftJoin(users, eq(users.id, revisions.userId))
        .where(
          and(
            eq(observations.indicatorId, q.indicatorId),
            q.country === undefined ? undefined : eq(observations.countryCode, q.country),
            q.period === undefined ? undefined : eq(observations.period, q.period),
            olderThan(q.after),
          ),
        )
        .orderBy(desc(instantOf(revisions.createdAt)), desc(revisions.id))
        .limit(q.limit + 1)
        .all()
      const page = pageOf(rows, q.limit, (r) => ({ at: r.at, id: r.id }))
      return {
        indicator: q.slug,
        items: page.items.map((r): Revision => {
          const { deleted, sourceNote, ...flags } = stateFlags(r.state)
          return {
            id: r.id,
            at: r.at,
            action: r.action,
            country: r.country,
            period: r.period,
            oldValue: r.oldValue,
            newValue: r.newValue,
            deleted,
            flags,
            sourceNote,
            reason: r.reason,
            author: authorName(r.userName, r.actor),
          }
        }),
        nextCursor: page.nextCursor,
      }
    },
  }
}
export type RevisionsRepository = ReturnType<typeof createRevisionsRepository>
