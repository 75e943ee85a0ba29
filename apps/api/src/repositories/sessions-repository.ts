/**
 * Sessions (only the SHA-256 of the token is stored) and sign-in attempts (for rate limiting).
 * Ended sessions are deleted: the audit log is the history.
 */
import { and, eq, gt, lt, lte, max, ne, or, sql } from 'drizzle-orm'
import { loginAttempts, sessions, users } from '@nap/db'
import type { Tx } from './audit-repository.ts'
import { toUserRecord, type UserRecord } from './users-repository.ts'

export interface SessionRecord {
  id: string
  userId: number
  csrfToken: string
  createdAt: string
  lastSeenAt: string
  expiresAt: string
}

export interface NewSession {
  id: string
  userId: number
  csrfToken: string
  now: string
  expiresAt: string
  ip: string | null
  userAgent: string | null
}

export function createSessionsRepository(db: Tx) {
  return {
    create(s: NewSession): void {
      db.insert(sessions)
        .values({
          id: s.id,
          userId: s.userId,
          csrfToken: s.csrfToken,
          createdAt: s.now,
          lastSeenAt: s.now,
          expiresAt: s.expiresAt,
          ip: s.ip,
          userAgent: s.userAgent,
        })
        .run()
    },

    findWithUser(id: string): { session: SessionRecord; user: UserRecord } | undefined {
      const row = db.select().from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, id)).get()
      if (!row) return undefined
      const s = row.sessions
      return {
        session: { id: s.id, userId: s.userId, csrfToken: s.csrfToken, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, expiresAt: s.expiresAt },
        user: toUserRecord(row.users),
      }
    },

    touch(id: string, now: string): void {
      db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run()
    },

    delete(id: string): void {
      db.delete(sessions).where(eq(sessions.id, id)).run()
    },

    /** Ends every session of the user (but `keep`, if given); returns how many ended. */
    deleteForUser(userId: number, keep?: string): number {
      const where = keep === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.id, keep))
      return db.delete(sessions).where(where).run().changes
    },

    /** Deletes sessions past their absolute end or idle since before `idleBefore`. */
    deleteExpired(now: string, idleBefore: string): number {
      return db
        .delete(sessions)
        .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleBefore)))
        .run().changes
    },

    countForUser(userId: number): number {
      return db.select({ n: sql<number>`count(*)` }).from(sessions).where(eq(sessions.userId, userId)).get()?.n ?? 0
    },

    /** A sign-in attempt, written as failed before the password is checked (see `markAttemptSucceeded`). */
    recordAttempt(a: { email: string; ip: string; success: boolean; now: string }): number {
      return db
        .insert(loginAttempts)
        .values({ email: a.email, ip: a.ip, success: a.success, createdAt: a.now })
        .returning({ id: loginAttempts.id })
        .get().id
    },

    markAttemptSucceeded(id: number): void {
      db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id)).run()
    },

    /**
     * Times (ms) of the account's failed attempts since `accountSince` and after its last success,
     * and of every attempt from the IP address since `ipSince`.
     */
    attemptHistory(email: string, ip: string, accountSince: string, ipSince: string): { accountFailures: number[]; ipAttempts: number[] } {
      // Attempt ids order attempts even within one millisecond.
      const lastSuccessId =
        db
          .select({ id: max(loginAttempts.id) })
          .from(loginAttempts)
          .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true), gt(loginAttempts.createdAt, accountSince)))
          .get()?.id ?? 0
      const accountFailures = db
        .select({ at: loginAttempts.createdAt })
        .from(loginAttempts)
        .where(
          and(
            eq(loginAttempts.email, email),
            eq(loginAttempts.success, false),
            gt(loginAttempts.createdAt, accountSince),
            gt(loginAttempts.id, lastSuccessId),
          ),
        )
        .all()
        .map((r) => Date.parse(r.at))
      const ipAttempts = db
        .select({ at: loginAttempts.createdAt })
        .from(loginAttempts)
        .where(and(eq(loginAttempts.ip, ip), gt(loginAttempts.createdAt, ipSince)))
        .all()
        .map((r) => Date.parse(r.at))
      return { accountFailures, ipAttempts }
    },

    /** Attempts older than every window are no longer needed. */
    pruneAttempts(before: string): void {
      db.delete(loginAttempts).where(lt(loginAttempts.createdAt, before)).run()
    },
  }
}
export type SessionsRepository = ReturnType<typeof createSessionsRepository>
