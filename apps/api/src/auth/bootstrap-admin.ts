/**
 * The first admin on start: with ADMIN_EMAIL and ADMIN_PASSWORD (or ADMIN_PASSWORD_FILE) set and no
 * account in the database yet, creates that admin. Logs the e-mail, never the password.
 */
import { readFileSync } from 'node:fs'
import type { Db } from '@nap/db'
import { createUsersRepository } from '../repositories/users-repository.ts'
import { createUserAdmin } from './user-admin.ts'

export interface AdminBootstrapEnv {
  ADMIN_EMAIL?: string | undefined
  ADMIN_NAME: string
  ADMIN_PASSWORD?: string | undefined
  ADMIN_PASSWORD_FILE?: string | undefined
}

export interface BootstrapLog {
  info: (message: string) => void
}

export type BootstrapOutcome = 'not_configured' | 'users_exist' | 'created'

/** The password from ADMIN_PASSWORD, or the file's content without its final line break (Docker secrets). */
export function bootstrapPassword(env: AdminBootstrapEnv): string | undefined {
  if (env.ADMIN_PASSWORD !== undefined) return env.ADMIN_PASSWORD
  if (env.ADMIN_PASSWORD_FILE === undefined) return undefined
  return readFileSync(env.ADMIN_PASSWORD_FILE, 'utf8').replace(/\r?\n$/, '')
}

/** Throws (and so stops the start) when the configured password is refused by the policy. */
export async function bootstrapAdmin(db: Db, env: AdminBootstrapEnv, log: BootstrapLog, now: () => Date): Promise<BootstrapOutcome> {
  if (env.ADMIN_EMAIL === undefined) return 'not_configured'
  if (createUsersRepository(db).count() > 0) {
    log.info(`ADMIN_EMAIL is set but accounts exist: no admin created`)
    return 'users_exist'
  }
  const password = bootstrapPassword(env)
  if (password === undefined) throw new Error('ADMIN_EMAIL needs ADMIN_PASSWORD or ADMIN_PASSWORD_FILE')
  const result = await createUserAdmin(db, now).create(
    { email: env.ADMIN_EMAIL, name: env.ADMIN_NAME, role: 'admin', password, mustChangePassword: false, reason: 'first admin from ADMIN_EMAIL' },
    { userId: null, actor: 'system', ip: null },
  )
  if (result.kind === 'weak_password') throw new Error(`ADMIN_PASSWORD is refused: the password ${result.reason}`)
  if (result.kind === 'email_taken') return 'users_exist'
  log.info(`created admin ${result.user.email}`)
  return 'created'
}
