/**
 * Creates an admin account: `pnpm admin:create --email E --name N`.
 *
 * The password is read from stdin (`printf '%s' "$PW" | pnpm admin:create …`) or, on a terminal,
 * asked twice without echo. A weak password is refused with the reason. Opens (and, when new,
 * migrates and seeds) the database at DATABASE_PATH. Exit codes: 0 created, 1 refused, 2 usage.
 */
import { parseArgs } from 'node:util'
import { loadDotEnv, openDatabase } from '@nap/db'
import { createUserAdmin } from '../auth/user-admin.ts'
import { loadEnv } from '../config/env.ts'
import { readPassword } from './read-password.ts'

const USAGE = 'usage: pnpm admin:create --email E --name N   (password on stdin, or asked on a terminal)'

async function main(): Promise<number> {
  let values: { email?: string | undefined; name?: string | undefined; help?: boolean | undefined }
  try {
    ;({ values } = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }))
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const email = values.email?.trim()
  const name = values.name?.trim()
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || !name) {
    console.error(`--email (an e-mail address) and --name are required\n${USAGE}`)
    return 2
  }

  loadDotEnv()
  const env = loadEnv()
  const password = await readPassword(process.stdin, process.stderr)
  if (password === undefined) {
    console.error('The passwords do not match')
    return 1
  }
  const { db } = openDatabase(env.DATABASE_PATH)
  try {
    const result = await createUserAdmin(db, () => new Date()).create(
      { email, name, role: 'admin', password, mustChangePassword: false, reason: 'admin:create' },
      { userId: null, actor: 'cli', ip: null },
    )
    switch (result.kind) {
      case 'weak_password':
        console.error(`Refused: the password ${result.reason}`)
        return 1
      case 'email_taken':
        console.error(`Refused: an account with the e-mail address ${email.toLowerCase()} exists`)
        return 1
      case 'created':
        console.log(`created admin ${result.user.email}`)
        return 0
    }
  } finally {
    db.$client.close()
  }
}

process.exitCode = await main()
