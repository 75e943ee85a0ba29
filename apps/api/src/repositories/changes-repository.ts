/**
 * The public change feed: revisions made by people (create, update, delete, restore, import), newest
 * first, with the statuses each one moved (recorded by the write path in `status_flips`).
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { AreaCode } from '@nap/domain'
import { indicators, observations, revisions, statusFlips, users, type Db } from '@nap/db'
import { CHANGE_ACTIONS, type Change, type ChangePage, type StatusFlip } from '@nap/schemas'
import { pageOf, type Cursor } from './cursor.ts'
import { loc } from './localized.ts'
import { authorName, stateFlags } from './revision-state.ts'
import { olderThan } from './revisions-repository.ts'
import { instantOf } from './series-repository.ts'

export interface ChangeQuery {
  /** Instants (`Date#toISOString`), both inclusive. */
  since?: string | undefined
  until?: string | undefined
  indicatorId?: number | undefined
  country?: AreaCode | undefined
  limit: number
  after?: Cursor | undefined
}

/** The flip to headline: the changed indicator and country's own, else the first one recorded. */
export function headlineFlip(flips: readonly StatusFlip[], indicator: string, country: string): StatusFlip | null {
  return flips.find((f) => f.indicator === indicator && f.country === country) ?? flips[0] ?? null
}

export function createChangesRepository(db: Db) {
  function flipsOf(revisionIds: readonly number[]): Map<number, StatusFlip[]> {
    const out = new Map<number, StatusFlip[]>()
    if (revisionIds.length === 0) return out
    const rows = db
      .select({
        revisionId: statusFlips.revisionId,
        indicator: indicators.slug,
        country: statusFlips.countryCode,
        from: statusFlips.fromStatus,
        to: statusFlips.toStatus,
      })
      .from(statusFlips)
      .innerJoin(indicators, eq(indicators.id, statusFlips.indicatorId))
      .where(inArray(statusFlips.revisionId, [...revisionIds]))
      .orderBy(asc(statusFlips.id))
      .all()
    for (const { revisionId, ...flip } of rows) out.set(revisionId, [...(out.get(revisionId) ?? []), flip])
    return out
  }

  return {
    listChanges(q: ChangeQuery): ChangePage {
      const at = instantOf(revisions.createdAt)
      const rows = db
        .select({
          id: revisions.id,
          at,
          action: revisions.action,
          slug: indicators.slug,
          nameEn: indicators.nameEn,
          nameEs: indicators.nameEs,
          nameFr: indicators.nameFr,
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
        .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
        .leftJoin(users, eq(users.id, revisions.userId))
        .where(
          and(
            inArray(revisions.action, [...CHANGE_ACTIONS]),
            q.since === undefined ? undefined : sql`${at} >= ${q.since}`,
            q.until === undefined ? undefined : sql`${at} <= ${q.until}`,
            q.indicatorId === undefined ? undefined : eq(observations.indicatorId, q.indicatorId),
            q.country === undefined ? undefined : eq(observations.countryCode, q.country),
            olderThan(q.after),
          ),
        )
        .orderBy(desc(at), desc(revisions.id))
        .limit(q.limit + 1)
        .all()
      const page = pageOf(rows, q.limit, (r) => ({ at: r.at, id: r.id }))
      const flips = flipsOf(page.items.map((r) => r.id))
      return {
        items: page.items.flatMap((r): Change[] => {
          // Narrowed again for the type: the query already keeps only these actions.
          const action = CHANGE_ACTIONS.find((a) => a === r.action)
          if (action === undefined) return []
          const { deleted, sourceNote: _note, ...flagValues } = stateFlags(r.state)
          const statusFlips = flips.get(r.id) ?? []
          return [
            {
              id: r.id,
              at: r.at,
              action,
              indicator: { slug: r.slug, name: loc(r, 'name') },
              country: r.country,
              period: r.period,
              oldValue: r.oldValue,
              newValue: r.newValue,
              deleted,
              flags: flagValues,
              reason: r.reason,
              author: authorName(r.userName, r.actor),
              statusFlip: headlineFlip(statusFlips, r.slug, r.country),
              statusFlips,
            },
          ]
        }),
        nextCursor: page.nextCursor,
      }
    },
  }
}
export type ChangesRepository = ReturnType<typeof createChangesRepository>
