import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { auditLog, createDb, users } from '@nap/db'
import { eq } from 'drizzle-orm'
import { readPassword } from '../../src/cli/read-password.ts'
import { verifyPassword } from '../../src/auth/passwords.ts'

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
let dir: string
let dbPath: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nap-admin-cli-'))
  dbPath = join(dir, 'cli.sqlite')
  copyFileSync(inject('templateDatabase'), dbPath)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli/admin-create.ts', ...args], {
      cwd: apiDir,
      env: { PATH: process.env['PATH'] ?? '', DATABASE_PATH: dbPath, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

const PASSWORD = 'copper finch orchard 77 tide'
const userByEmail = (email: string) => {
  const db = createDb(dbPath)
  try {
    return db.select().from(users).where(eq(users.email, email)).get()
  } finally {
    db.$client.close()
  }
}

describe('pnpm admin:create (src/cli/admin-create.ts)', () => {
  test('creates an admin from the password on stdin and says so, without the password', async () => {
    const res = await run(['--email', 'First.Admin@Example.org', '--name', 'First Admin'], `${PASSWORD}\n`)
    expect(res).toMatchObject({ code: 0, stdout: 'created admin first.admin@example.org\n' })
    expect(res.stdout + res.stderr).not.toContain(PASSWORD)
    const row = userByEmail('first.admin@example.org')
    expect(row).toMatchObject({ name: 'First Admin', role: 'admin', disabled: false, mustChangePassword: false })
    expect(await verifyPassword(row?.passwordHash ?? '', PASSWORD)).toBe(true)
    const db = createDb(dbPath)
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'user.create')).all()
    db.$client.close()
    expect(audit).toEqual([expect.objectContaining({ userId: null, actor: 'cli', entityId: String(row?.id), reason: 'admin:create' })])
  }, 60_000)

  test('refuses a weak password with the reason (exit 1, nothing created)', async () => {
    const res = await run(['--email', 'weak@example.org', '--name', 'Weak'], 'password1234\n')
    expect(res.code).toBe(1)
    expect(res.stderr).toBe('Refused: the password is one of the most common passwords\n')
    expect(userByEmail('weak@example.org')).toBeUndefined()
  }, 60_000)

  test('refuses an e-mail that has an account (exit 1)', async () => {
    const res = await run(['--email', 'first.admin@example.org', '--name', 'Again'], PASSWORD)
    expect(res.code).toBe(1)
    expect(res.stderr).toBe('Refused: an account with the e-mail address first.admin@example.org exists\n')
  }, 60_000)

  test.each([
    ['no arguments', []],
    ['not an e-mail', ['--email', 'nope', '--name', 'X']],
    ['an unknown option', ['--email', 'x@example.org', '--name', 'X', '--role', 'editor']],
  ])('%s: usage, exit 2', async (_case, args) => {
    const res = await run(args, PASSWORD)
    expect(res.code).toBe(2)
    expect(res.stderr).toMatch(/usage: pnpm admin:create --email E --name N/)
  }, 60_000)
})

describe('readPassword', () => {
  test('piped: the first line without its line break', async () => {
    const input = new PassThrough()
    input.end('secret words here\r\nsecond line\n')
    expect(await readPassword(input, new PassThrough())).toBe('secret words here')
  })

  test('on a terminal: asks twice in raw mode without echoing what is typed', async () => {
    const input = Object.assign(new PassThrough({ encoding: 'utf8' }), { isTTY: true, rawModes: [] as boolean[] })
    const tty = Object.assign(input, { setRawMode: (on: boolean) => (input.rawModes.push(on), input) })
    const output = new PassThrough()
    let shown = ''
    output.on('data', (d: Buffer) => (shown += d.toString()))
    const answer = readPassword(tty, output)
    setTimeout(() => input.write('secrex\u007ft words\r'), 10)
    setTimeout(() => input.write('secret words\n'), 30)
    expect(await answer).toBe('secret words')
    expect(shown).toBe('Password (at least 12 characters): \nRepeat the password: \n')
    expect(tty.rawModes).toEqual([true, false, true, false])
  })
})
