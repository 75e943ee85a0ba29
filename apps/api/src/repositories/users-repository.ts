/** Accounts: look-ups for sign-in and the admin's user management. Password hashes never leave this module except for verification. */
import { and, asc, eq, sql } from 'drizzle-orm'
import { users } from '@nap/db'
import type { Role } from '@nap/domain'
import type { Tx } from './audit-repository.ts'

type UserRow = typeof users.$inferSelect

/** An account as the API shows it (never the password hash). */
export interface UserRecord {
  id: number
  email: string
  name: string
  role: Role
  disabled: boolean
  mustChangePassword: boolean
  version: number
  lastLoginAt: string | null
  createdAt: string
  updatedAt: string
}

export interface Credentials {
  user: UserRecord
  passwordHash: string
}

export function toUserRecord(r: UserRow): UserRecord {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    disabled: r.disabled,
    mustChangePassword: r.mustChangePassword,
    version: r.version,
    lastLoginAt: r.lastLoginAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }
}

export interface NewUser {
  email: string
  name: string
  role: Role
  passwordHash: string
  mustChangePassword: boolean
  now: string
}

export interface UserPatch {
  role?: Role | undefined
  name?: string | undefined
  disabled?: boolean | undefined
}

/** E-mail addresses are compared and stored lower-cased, without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

export function createUsersRepository(db: Tx) {
  const byId = (id: number) => db.select().from(users).where(eq(users.id, id)).get()

  return {
    findById(id: number): UserRecord | undefined {
      const row = byId(id)
      return row && toUserRecord(row)
    },

    findCredentialsByEmail(email: string): Credentials | undefined {
      const row = db.select().from(users).where(eq(users.email, normalizeEmail(email))).get()
      return row && { user: toUserRecord(row), passwordHash: row.passwordHash }
    },

    findCredentialsById(id: number): Credentials | undefined {
      const row = byId(id)
      return row && { user: toUserRecord(row), passwordHash: row.passwordHash }
    },

    list(): UserRecord[] {
      return db.select().from(users).orderBy(asc(users.email)).all().map(toUserRecord)
    },

    count(): number {
      return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0
    },

    /** Admins that can sign in (not disabled). */
    countActiveAdmins(): number {
      return (
        db
          .select({ n: sql<number>`count(*)` })
          .from(users)
          .where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
          .get()?.n ?? 0
      )
    },

    emailTaken(email: string): boolean {
      return db.select({ id: users.id }).from(users).where(eq(users.email, normalizeEmail(email))).get() !== undefined
    },

    create(u: NewUser): UserRecord {
      const row = db
        .insert(users)
        .values({
          email: normalizeEmail(u.email),
          name: u.name,
          role: u.role,
          passwordHash: u.passwordHash,
          mustChangePassword: u.mustChangePassword,
          createdAt: u.now,
          updatedAt: u.now,
        })
        .returning()
        .get()
      return toUserRecord(row)
    },

    /** Applies the patch when the account is still at `version`; undefined when it is not (stale or gone). */
    update(id: number, patch: UserPatch, version: number, now: string): UserRecord | undefined {
      const row = db
        .update(users)
        .set({
          ...(patch.role === undefined ? {} : { role: patch.role }),
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
          version: sql`${users.version} + 1`,
          updatedAt: now,
        })
        .where(and(eq(users.id, id), eq(users.version, version)))
        .returning()
        .get()
      return row && toUserRecord(row)
    },

    setPassword(id: number, passwordHash: string, mustChangePassword: boolean, now: string): void {
      db.update(users).set({ passwordHash, mustChangePassword, updatedAt: now }).where(eq(users.id, id)).run()
    },

    markSignedIn(id: number, now: string): void {
      db.update(users).set({ lastLoginAt: now }).where(eq(users.id, id)).run()
    },
  }
}
export type UsersRepository = ReturnType<typeof createUsersRepository>
