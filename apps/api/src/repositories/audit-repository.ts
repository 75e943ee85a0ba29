/**
 * The audit log: who did what, when, from where and why. `record` is called inside the transaction of
 * the change it describes (sign-ins, user changes, targets, observations, imports); the admin API
 * reads it newest first, page by page.
 */
import { and, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm'
import { auditLog, indicators, users, type Db } from '@nap/db'
import { decodeCursor, pageOf, type Cursor } from './cursor.ts'

/** What can run the queries: the database or a transaction. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.logout_all',
  'auth.password_change',
  'user.create',
  'user.update',
  'user.password_reset',
  'target.update',
  'observation.create',
  'observation.update',
  'observation.delete',
  'observation.restore',
  'observation.batch',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number] | `import.${string}`

export interface AuditRecord {
  /** The signed-in user; null for the system, the CLI and failed sign-ins of unknown e-mails. */
  userId: number | null
  /** The user's e-mail, 'system', 'cli', or the e-mail typed at a failed sign-in. */
  actor: string
  action: AuditAction
  /** Table name, e.g. 'users', 'observations', 'targets'. */
  entity: string
  entityId: string | number
  indicatorId?: number | null
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
  reason: string
  ip?: string | null
  /** ISO 8601 (ms, UTC); default the database's now. */
  at?: string
}

/** Writes one audit row (call it with the transaction of the change); returns its id. */
export function record(tx: Tx, entry: AuditRecord): number {
  const row = tx
    .insert(auditLog)
    .values({
      userId: entry.userId,
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      indicatorId: entry.indicatorId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      reason: entry.reason,
      ip: entry.ip ?? null,
      ...(entry.at === undefined ? {} : { createdAt: entry.at }),
    })
    .returning({ id: auditLog.id })
    .get()
  return row.id
}

export interface AuditQuery {
  userId?: number | undefined
  /** An exact action ('user.update') or a family ('auth.*'). */
  action?: string | undefined
  indicatorId?: number | undefined
  /** Inclusive bounds, ISO 8601 instants. */
  from?: string | undefined
  to?: string | undefined
  /** Opaque cursor from a previous page. */
  cursor?: string | undefined
  limit: number
}

export interface AuditItem {
  id: number
  at: string
  user: { id: number; name: string; email: string } | null
  actor: string
  action: string
  entity: string
  entityId: string
  indicator: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  reason: string
  ip: string | null
}

export interface AuditPage {
  items: AuditItem[]
  nextCursor: string | null
}

function olderThan(cursor: Cursor | undefined): SQL | undefined {
  if (cursor === undefined) return undefined
  return or(lt(auditLog.createdAt, cursor.at), and(eq(auditLog.createdAt, cursor.at), lt(auditLog.id, cursor.id)))
}

function actionFilter(action: string | undefined): SQL | undefined {
  if (action === undefined) return undefined
  if (action.endsWith('.*')) {
    const prefix = action.slice(0, -1)
    return sql`substr(${auditLog.action}, 1, ${prefix.length}) = ${prefix}`
  }
  return eq(auditLog.action, action)
}

export function createAuditRepository(db: Db) {
  return {
    record: (entry: AuditRecord): number => record(db, entry),

    /** Newest first; `'invalid_cursor'` when the cursor is not one this API gave out. */
    list(q: AuditQuery): AuditPage | 'invalid_cursor' {
      const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor)
      if (cursor === null) return 'invalid_cursor'
      const rows = db
        .select({
          id: auditLog.id,
          at: auditLog.createdAt,
          userId: auditLog.userId,
          userName: users.name,
          userEmail: users.email,
          actor: auditLog.actor,
          action: auditLog.action,
          entity: auditLog.entity,
          entityId: auditLog.entityId,
          indicator: indicators.slug,
          before: auditLog.before,
          after: auditLog.after,
          reason: auditLog.reason,
          ip: auditLog.ip,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .leftJoin(indicators, eq(indicators.id, auditLog.indicatorId))
        .where(
          and(
            q.userId === undefined ? undefined : eq(auditLog.userId, q.userId),
            actionFilter(q.action),
            q.indicatorId === undefined ? undefined : eq(auditLog.indicatorId, q.indicatorId),
            q.from === undefined ? undefined : gte(auditLog.createdAt, q.from),
            q.to === undefined ? undefined : lte(auditLog.createdAt, q.to),
            olderThan(cursor),
          ),
        )
        .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
        .limit(q.limit + 1)
        .all()
      const page = pageOf(rows, q.limit, (r) => ({ at: r.at, id: r.id }))
      return {
        items: page.items.map((r) => ({
          id: r.id,
          at: r.at,
          user:
            r.userId !== null && r.userName !== null && r.userEmail !== null
              ? { id: r.userId, name: r.userName, email: r.userEmail }
              : null,
          actor: r.actor,
          action: r.action,
          entity: r.entity,
          entityId: r.entityId,
          indicator: r.indicator,
          before: r.before,
          after: r.after,
          reason: r.reason,
          ip: r.ip,
        })),
        nextCursor: page.nextCursor,
      }
    },

    /** Number of rows (tests and health checks). */
    count(): number {
      return db.select({ n: sql<number>`count(*)` }).from(auditLog).get()?.n ?? 0
    },
  }
}
export type AuditRepository = ReturnType<typeof createAuditRepository>
