/**
 * User management (admins, the admin:create command and the ADMIN_EMAIL start-up): create accounts,
 * change role, name and disabled state under optimistic concurrency, reset passwords. Every change
 * is audited in its own transaction; disabling a user or resetting their password ends their sessions.
 */
import type { Db } from '@nap/db'
import type { Role } from '@nap/domain'
import { record } from '../repositories/audit-repository.ts'
import { createSessionsRepository } from '../repositories/sessions-repository.ts'
import { createUsersRepository, normalizeEmail, type UserPatch, type UserRecord } from '../repositories/users-repository.ts'
import { checkPassword, generateTemporaryPassword, hashPassword } from './passwords.ts'

/** Who makes the change: a signed-in admin, or the operator ('cli', 'system'). */
export interface Actor {
  userId: number | null
  actor: string
  ip: string | null
}

export type CreateResult =
  | { kind: 'created'; user: UserRecord }
  | { kind: 'email_taken' }
  | { kind: 'weak_password'; reason: string }

export type UpdateResult =
  | { kind: 'updated'; user: UserRecord }
  | { kind: 'unchanged'; user: UserRecord }
  | { kind: 'not_found' }
  | { kind: 'stale'; current: UserRecord }
  | { kind: 'last_admin'; message: string }

export type ResetResult = { kind: 'reset'; temporaryPassword: string; user: UserRecord } | { kind: 'not_found' }

/** Whether `patch` takes the last active admin away (demotes or disables them). */
export function removesLastAdmin(target: UserRecord, patch: UserPatch, activeAdmins: number): boolean {
  const isActiveAdmin = target.role === 'admin' && !target.disabled
  const staysActiveAdmin = (patch.role ?? target.role) === 'admin' && !(patch.disabled ?? target.disabled)
  return isActiveAdmin && !staysActiveAdmin && activeAdmins <= 1
}

function changedFields(user: UserRecord, patch: UserPatch): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {}
  const after: Record<string, unknown> = {}
  for (const key of ['role', 'name', 'disabled'] as const) {
    const next = patch[key]
    if (next !== undefined && next !== user[key]) {
      before[key] = user[key]
      after[key] = next
    }
  }
  return { before, after }
}

const isUniqueViolation = (e: unknown) => e instanceof Error && /UNIQUE constraint failed: users\.email/.test(e.message)

export function createUserAdmin(db: Db, now: () => Date) {
  const iso = () => now().toISOString()

  return {
    list(): UserRecord[] {
      return createUsersRepository(db).list()
    },

    /**
     * Creates an account with the given password (checked against the policy). `mustChangePassword`
     * is set when someone else chose the password.
     */
    async create(
      input: { email: string; name: string; role: Role; password: string; mustChangePassword: boolean; reason?: string | undefined },
      by: Actor,
    ): Promise<CreateResult> {
      const email = normalizeEmail(input.email)
      const verdict = checkPassword(input.password, [email, input.name])
      if (!verdict.ok) return { kind: 'weak_password', reason: verdict.reason }
      if (createUsersRepository(db).emailTaken(email)) return { kind: 'email_taken' }
      const passwordHash = await hashPassword(input.password)
      try {
        return db.transaction((tx) => {
          const at = iso()
          const user = createUsersRepository(tx).create({ ...input, email, passwordHash, now: at })
          record(tx, {
            userId: by.userId,
            actor: by.actor,
            action: 'user.create',
            entity: 'users',
            entityId: user.id,
            after: { email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword },
            reason: input.reason ?? `created ${user.role} ${user.email}`,
            ip: by.ip,
            at,
          })
          return { kind: 'created', user }
        })
      } catch (e) {
        if (isUniqueViolation(e)) return { kind: 'email_taken' }
        throw e
      }
    },

    update(id: number, patch: UserPatch, version: number, by: Actor & { reason?: string | undefined }): UpdateResult {
      return db.transaction((tx): UpdateResult => {
        const users = createUsersRepository(tx)
        const current = users.findById(id)
        if (!current) return { kind: 'not_found' }
        if (current.version !== version) return { kind: 'stale', current }
        if (removesLastAdmin(current, patch, users.countActiveAdmins())) {
          return {
            kind: 'last_admin',
            message: `${current.email} is the last active admin: make another user an admin before ${patch.disabled ? 'disabling' : 'demoting'} them`,
          }
        }
        const { before, after } = changedFields(current, patch)
        if (Object.keys(after).length === 0) return { kind: 'unchanged', user: current }
        const at = iso()
        const user = users.update(id, patch, version, at)
        if (!user) return { kind: 'stale', current }
        const sessionsEnded = user.disabled && !current.disabled ? createSessionsRepository(tx).deleteForUser(id) : 0
        record(tx, {
          userId: by.userId,
          actor: by.actor,
          action: 'user.update',
          entity: 'users',
          entityId: id,
          before,
          after: sessionsEnded > 0 ? { ...after, sessionsEnded } : after,
          reason:
            by.reason ??
            `${user.email}: ${Object.keys(after)
              .map((k) => `${k} ${JSON.stringify(before[k])} → ${JSON.stringify(after[k])}`)
              .join(', ')}`,
          ip: by.ip,
          at,
        })
        return { kind: 'updated', user }
      })
    },

    /** A new random password the user must change at next sign-in; their sessions end. */
    async resetPassword(id: number, by: Actor & { reason?: string | undefined }): Promise<ResetResult> {
      if (!createUsersRepository(db).findById(id)) return { kind: 'not_found' }
      const temporaryPassword = generateTemporaryPassword()
      const passwordHash = await hashPassword(temporaryPassword)
      return db.transaction((tx): ResetResult => {
        const users = createUsersRepository(tx)
        const at = iso()
        const target = users.findById(id)
        if (!target) return { kind: 'not_found' }
        users.setPassword(id, passwordHash, true, at)
        const sessionsEnded = createSessionsRepository(tx).deleteForUser(id)
        record(tx, {
          userId: by.userId,
          actor: by.actor,
          action: 'user.password_reset',
          entity: 'users',
          entityId: id,
          before: { mustChangePassword: target.mustChangePassword },
          after: { mustChangePassword: true, sessionsEnded },
          reason: by.reason ?? `temporary password for ${target.email}`,
          ip: by.ip,
          at,
        })
        return { kind: 'reset', temporaryPassword, user: { ...target, mustChangePassword: true, updatedAt: at } }
      })
    },
  }
}
export type UserAdmin = ReturnType<typeof createUserAdmin>
