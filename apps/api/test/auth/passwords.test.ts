import { describe, expect, test } from 'vitest'
import {
  ARGON2_OPTIONS,
  checkPassword,
  dummyHash,
  generateTemporaryPassword,
  hashPassword,
  verifyPassword,
} from '../../src/auth/passwords.ts'

describe('checkPassword', () => {
  test.each([
    ['empty', '', { ok: false, reason: 'must be at least 12 characters (it has 0)' }],
    ['11 characters', 'Zq8#vL2!mNp', { ok: false, reason: 'must be at least 12 characters (it has 11)' }],
    ['11 characters counted as code points, not UTF-16 units', '🦬🦬🦬🦬🦬🦬🦬🦬🦬🦬🦬', { ok: false, reason: 'must be at least 12 characters (it has 11)' }],
    ['257 characters', 'x'.repeat(257), { ok: false, reason: 'must be at most 256 characters (it has 257)' }],
    ['in the common-password list', 'password1234', { ok: false, reason: 'is one of the most common passwords' }],
    ['in the list whatever the case', 'PASSWORD1234', { ok: false, reason: 'is one of the most common passwords' }],
    ['a keyboard row', 'zxcvbnm,./zxcvbnm', { ok: false, reason: 'is a straight row of keys: choose a longer passphrase of unrelated words' }],
    ['a repeated character', 'aaaaaaaaaaaaaaaa', { ok: false, reason: 'repeats characters ("aaa"): choose a longer passphrase of unrelated words' }],
    ['a common password with a suffix', 'Password12345!', { ok: false, reason: 'is a commonly used password: choose a longer passphrase of unrelated words' }],
    ['a keyboard run close to a common password', 'poiuytrewqlkjh', { ok: false, reason: 'is too similar to a commonly used password: choose a longer passphrase of unrelated words' }],
    ['an alphabet run', 'abcdefghijklmnop', { ok: false, reason: 'is a common character sequence ("abc", "123"): choose a longer passphrase of unrelated words' }],
    ['a passphrase of unrelated words', 'maple agave bison lantern', { ok: true }],
    ['random characters', 'k7pqm-3rtza-w9xvb', { ok: true }],
  ])('%s', (_case, password, expected) => {
    expect(checkPassword(password)).toEqual(expected)
  })

  test("the account's e-mail and name count as known words", () => {
    expect(checkPassword('ana.garcia@inegi.example', [])).toEqual({ ok: true })
    expect(checkPassword('ana.garcia@inegi.example', ['ana.garcia@inegi.example', 'Ana García'])).toEqual({
      ok: false,
      reason: 'contains your name or e-mail address: choose a longer passphrase of unrelated words',
    })
  })
})

describe('hashPassword / verifyPassword', () => {
  test('argon2id with 19 MiB, 2 passes, 1 lane, a random salt', async () => {
    expect(ARGON2_OPTIONS).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 })
    const a = await hashPassword('maple agave bison lantern')
    const b = await hashPassword('maple agave bison lantern')
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword(a, 'maple agave bison lantern')).toBe(true)
    expect(await verifyPassword(a, 'maple agave bison lanterN')).toBe(false)
  })

  test('a malformed stored hash verifies as false instead of throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false)
  })

  test('the dummy hash has the same parameters and is computed once', async () => {
    const h = await dummyHash()
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(await dummyHash()).toBe(h)
  })
})

describe('generateTemporaryPassword', () => {
  test('five groups of five unambiguous characters that pass the policy, different every time', () => {
    const made = Array.from({ length: 20 }, () => generateTemporaryPassword())
    for (const p of made) {
      expect(p).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){4}$/)
      expect(checkPassword(p)).toEqual({ ok: true })
    }
    expect(new Set(made).size).toBe(20)
  })
})
