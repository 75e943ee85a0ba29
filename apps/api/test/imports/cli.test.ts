/**
 * `pnpm data:import` (apps/api/src/cli/data-import.ts) as a user runs it: a child process on a copy
 * of the seeded database, through the same service as the API.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { createDb, type Db } from '@nap/db'
import { hashPassword } from '../../src/auth/passwords.ts'
import { createUsersRepository } from '../../src/repositories/users-repository.ts'
import { BX_CSV, fixtureText, setWdiCell } from './fixtures.ts'

const CLI = new URL('../../src/cli/data-import.ts', import.meta.url).pathname
let dir: string
let db: Db
let path: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nap-import-cli-'))
  path = join(dir, 'cli.sqlite')
  copyFileSync(inject('templateDatabase'), path)
  db = createDb(path)
  createUsersRepository(db).create({ email: 'ed@example.org', name: 'Edith Editor', role: 'editor', passwordHash: await hashPassword('maple agave bison lantern 2050'), mustChangePassword: false, now: new Date().toISOString() })
  writeFileSync(join(dir, BX_CSV), setWdiCell(fixtureText(BX_CSV), 'MEX', 2023, '1.9'))
})
afterAll(() => {
  db.$client.close()
  rmSync(dir, { recursive: true, force: true })
})

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_PATH: path, LOG_LEVEL: 'silent', NODE_COMPILE_CACHE: join(dir, 'compile-cache') }, timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const mex2023 = () =>
  db.$client.prepare<[], { value: number; version: number }>(`select o.value, o.version from observations o join indicators i on i.id = o.indicator_id where i.slug = 'fdi-inflows' and o.country_code = 'MEX' and o.period = '2023'`).get()

describe('pnpm data:import', () => {
  test('a dry run prints the summary and changes nothing', () => {
    const r = run(join(dir, BX_CSV), '--as', 'ed@example.org')
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain(`${BX_CSV} (wdi, utf-8, 9 rows) — previewed`)
    expect(r.stdout).toContain('new 0 · changed 1 · unchanged 219 · rejected 0 · skipped 259 · outlier warnings 0')
    expect(r.stdout).toContain('(dry run: nothing changed')
    expect(mex2023()).toEqual({ value: 1.70739186154278, version: 1 })
  })

  test('--commit applies the file with the reason, as the user named', () => {
    const r = run(join(dir, BX_CSV), '--commit', '--reason', 'WDI February 2026', '--as', 'ED@example.org', '--json')
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout) as { import: { state: string; committedBy: string; commitReason: string }; applied: number }
    expect(out).toMatchObject({ applied: 1, import: { state: 'committed', committedBy: 'Edith Editor', commitReason: 'WDI February 2026' } })
    expect(mex2023()).toEqual({ value: 1.9, version: 2 })
    const again = run(join(dir, BX_CSV), '--as', 'ed@example.org')
    expect(again.stdout).toContain('new 0 · changed 0 · unchanged 220')
  })

  test.each([
    [['--as', 'ed@example.org'], 2, 'give exactly one FILE'],
    [['x.csv'], 2, '--as EMAIL (an editor or admin) is required'],
    [['x.csv', '--commit', '--as', 'ed@example.org'], 2, '--commit needs --reason'],
    [['x.csv', '--dry-run', '--commit', '--reason', 'r', '--as', 'ed@example.org'], 2, '--dry-run and --commit exclude each other'],
    [['missing.csv', '--as', 'ed@example.org'], 1, 'Refused: cannot read missing.csv'],
  ])('%j → exit %i', (args, code, message) => {
    const r = run(...args)
    expect(r.code).toBe(code)
    expect(r.stderr).toContain(message)
  })

  test('a file over 20 MiB is refused before it is read, with the limit', () => {
    const big = join(dir, 'big.csv')
    writeFileSync(big, '')
    truncateSync(big, 20 * 1024 * 1024 + 1)
    const r = run(big, '--as', 'ed@example.org')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('is larger than the limit of 20 MiB (20,971,520 bytes)')
  })

  test('a broken file and an unknown user are refused with the reason', () => {
    writeFileSync(join(dir, 'broken.csv'), fixtureText(BX_CSV).replace('"Mexico","MEX"', '"Mexico,"MEX"'))
    const broken = run(join(dir, 'broken.csv'), '--as', 'ed@example.org')
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(/^Refused: the file cannot be imported: line 10: /)
    const nobody = run(join(dir, BX_CSV), '--as', 'nobody@example.org')
    expect(nobody.code).toBe(1)
    expect(nobody.stderr).toContain('Refused: no active account nobody@example.org')
  })
})
