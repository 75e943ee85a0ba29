/**
 * Sign-in, sessions and password changes. Each use case runs one transaction; the clock is injected
 * so that tests can move time (idle and absolute expiry, rate-limit windows).
 */
import type { Db } from '@nap/db'
import { record, type Tx } from '../repositories/audit-repository.ts'
import { createSessionsRepository } from '../repositories/sessions-repository.ts'
import { createUsersRepository, normalizeEmail, type UserRecord } from '../repositories/users-repository.ts'
import { checkPassword, dummyHash, hashPassword, verifyPassword } from './passwords.ts'
import { ACCOUNT_WINDOW_MS, IP_WINDOW_MS, rateDecision } from './rate-limit.ts'
import { absoluteExpiry, idleCutoff, needsLastSeenRefresh, sessionState } from './session-policy.ts'
import { hashToken, isWellFormedToken, newToken } from './tokens.ts'
import type { AuthContext, AuthUser } from './types.ts'

export interface ClientInfo {
  ip: string
  userAgent: string | null
}

/** A new session: the token goes into the cookie, the rest to the client. */
export interface IssuedSession {
  token: string
  auth: AuthContext
}

export type LoginResult =
  | { kind: 'signed_in'; session: IssuedSession }
  | { kind: 'invalid_credentials' }
  | { kind: 'rate_limited'; retryAfterSeconds: number }

export type PasswordChangeResult =
  | { kind: 'changed'; session: IssuedSession }
  | { kind: 'wrong_current' }
  | { kind: 'weak'; reason: string }
  | { kind: 'rate_limited'; retryAfterSeconds: number }

export function toAuthUser(u: UserRecord): AuthUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, mustChangePassword: u.mustChangePassword }
}

/** Attempts are kept a day (the windows are 15 min and 1 min), then pruned at sign-in. */
const ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000

export function createAuthService(db: Db, now: () => Date) {
  const sessionsRepo = createSessionsRepository(db)

  function openSession(tx: Tx, user: UserRecord, at: number, client: ClientInfo): IssuedSession {
    const token = newToken()
    const id = hashToken(token)
    const csrfToken = newToken()
    createSessionsRepository(tx).create({
      id,
      userId: user.id,
      csrfToken,
      now: new Date(at).toISOString(),
      expiresAt: absoluteExpiry(at),
      ip: client.ip,
      userAgent: client.userAgent,
    })
    return { token, auth: { user: toAuthUser(user), sessionId: id, csrfToken } }
  }

  /** Checks the limits and, when allowed, writes the attempt (as failed until proven right). */
  function beginAttempt(email: string, ip: string, at: number): { attemptId: number } | { retryAfterSeconds: number } {
    const history = sessionsRepo.attemptHistory(
      email,
      ip,
      new Date(at - ACCOUNT_WINDOW_MS).toISOString(),
      new Date(at - IP_WINDOW_MS).toISOString(),
    )
    const decision = rateDecision(history, at)
    if (decision.limited) return { retryAfterSeconds: decision.retryAfterSeconds }
    return { attemptId: sessionsRepo.recordAttempt({ email, ip, success: false, now: new Date(at).toISOString() }) }
  }

  return {
    async login(input: { email: string; password: string; replaces?: string | undefined } & ClientInfo): Promise<LoginResult> {
      const email = normalizeEmail(input.email)
      const at = now().getTime()
      const iso = new Date(at).toISOString()
      const users = createUsersRepository(db)
      const begun = beginAttempt(email, input.ip, at)
      const found = users.findCredentialsByEmail(email)
      if ('retryAfterSeconds' in begun) {
        record(db, {
          userId: found?.user.id ?? null,
          actor: email,
          action: 'auth.login_failed',
          entity: 'users',
          entityId: found?.user.id ?? email,
          after: { email, outcome: 'rate_limited', retryAfterSeconds: begun.retryAfterSeconds },
          reason: 'sign-in refused: too many attempts',
          ip: input.ip,
          at: iso,
        })
        return { kind: 'rate_limited', retryAfterSeconds: begun.retryAfterSeconds }
      }
      // The same work for an unknown e-mail as for a known one: verify against a dummy hash.
      const passwordOk = await verifyPassword(found?.passwordHash ?? (await dummyHash()), input.password)
      const user = found?.user
      if (!user || !passwordOk || user.disabled) {
        const outcome = !user ? 'unknown_email' : !passwordOk ? 'wrong_password' : 'disabled'
        record(db, {
          userId: user?.id ?? null,
          actor: email,
          action: 'auth.login_failed',
          entity: 'users',
          entityId: user?.id ?? email,
          after: { email, outcome },
          reason: 'sign-in failed',
          ip: input.ip,
          at: iso,
        })
        return { kind: 'invalid_credentials' }
      }
      const session = db.transaction((tx) => {
        const sessions = createSessionsRepository(tx)
        sessions.markAttemptSucceeded(begun.attemptId)
        sessions.deleteExpired(iso, idleCutoff(at))
        sessions.pruneAttempts(new Date(at - ATTEMPT_RETENTION_MS).toISOString())
        if (input.replaces !== undefined) sessions.delete(input.replaces)
        createUsersRepository(tx).markSignedIn(user.id, iso)
        const issued = openSession(tx, user, at, input)
        record(tx, {
          userId: user.id,
          actor: user.email,
          action: 'auth.login',
          entity: 'users',
          entityId: user.id,
          after: { userAgent: input.userAgent },
          reason: 'signed in',
          ip: input.ip,
          at: iso,
        })
        return issued
      })
      return { kind: 'signed_in', session }
    },

    /** The session a cookie's token names, if it is still valid (refreshing its last-seen time at most once a minute). */
    resolve(token: string): AuthContext | null {
      if (!isWellFormedToken(token)) return null
      const id = hashToken(token)
      const found = sessionsRepo.findWithUser(id)
      if (!found) return null
      const at = now().getTime()
      if (sessionState(found.session, at) !== 'active' || found.user.disabled) {
        sessionsRepo.delete(id)
        return null
      }
      if (needsLastSeenRefresh(found.session.lastSeenAt, at)) sessionsRepo.touch(id, new Date(at).toISOString())
      return { user: toAuthUser(found.user), sessionId: id, csrfToken: found.session.csrfToken }
    },

    logout(auth: AuthContext, client: ClientInfo): void {
      db.transaction((tx) => {
        createSessionsRepository(tx).delete(auth.sessionId)
        record(tx, {
          userId: auth.user.id,
          actor: auth.user.email,
          action: 'auth.logout',
          entity: 'users',
          entityId: auth.user.id,
          reason: 'signed out',
          ip: client.ip,
          at: now().toISOString(),
        })
      })
    },

    /** Ends every session of the user; returns how many. */
    logoutAll(auth: AuthContext, client: ClientInfo): number {
      return db.transaction((tx) => {
        const ended = createSessionsRepository(tx).deleteForUser(auth.user.id)
        record(tx, {
          userId: auth.user.id,
          actor: auth.user.email,
          action: 'auth.logout_all',
          entity: 'users',
          entityId: auth.user.id,
          after: { sessionsEnded: ended },
          reason: 'signed out everywhere',
          ip: client.ip,
          at: now().toISOString(),
        })
        return ended
      })
    },

    /**
     * Changes the user's own password: ends all their sessions and opens a new one for this client.
     * A wrong current password counts as a failed sign-in attempt for the account.
     */
    async changePassword(auth: AuthContext, input: { current: string; next: string }, client: ClientInfo): Promise<PasswordChangeResult> {
      if (input.next === input.current) return { kind: 'weak', reason: 'must differ from the current password' }
      const verdict = checkPassword(input.next, [auth.user.email, auth.user.name])
      if (!verdict.ok) return { kind: 'weak', reason: verdict.reason }
      const at = now().getTime()
      const begun = beginAttempt(auth.user.email, client.ip, at)
      if ('retryAfterSeconds' in begun) return { kind: 'rate_limited', retryAfterSeconds: begun.retryAfterSeconds }
      const found = createUsersRepository(db).findCredentialsById(auth.user.id)
      if (!found || !(await verifyPassword(found.passwordHash, input.current))) return { kind: 'wrong_current' }
      const passwordHash = await hashPassword(input.next)
      const iso = new Date(at).toISOString()
      const session = db.transaction((tx) => {
        const sessions = createSessionsRepository(tx)
        sessions.markAttemptSucceeded(begun.attemptId)
        const users = createUsersRepository(tx)
        users.setPassword(found.user.id, passwordHash, false, iso)
        const ended = sessions.deleteForUser(found.user.id)
        const issued = openSession(tx, { ...found.user, mustChangePassword: false }, at, client)
        record(tx, {
          userId: found.user.id,
          actor: found.user.email,
          action: 'auth.password_change',
          entity: 'users',
          entityId: found.user.id,
          before: { mustChangePassword: found.user.mustChangePassword },
          after: { mustChangePassword: false, sessionsEnded: ended },
          reason: 'changed their password',
          ip: client.ip,
          at: iso,
        })
        return issued
      })
      return { kind: 'changed', session }
    },
  }
}
export type AuthService = ReturnType<typeof createAuthService>
