/**
 * Passwords: argon2id hashing (OWASP: 19 MiB, 2 passes, 1 lane) and the strength policy
 * (at least 12 characters, not a common password, zxcvbn score 3 or more).
 */
import { randomInt } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'
import { ZxcvbnFactory, type FeedbackType } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

/** argon2id is the library's default algorithm; these are the cost parameters (PHC `m=19456,t=2,p=1`). */
export const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256
/** zxcvbn's 0–4 score; 3 means "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSWORD_SCORE = 3

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

/** False for a wrong password and for a malformed stored hash (never throws). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

let dummy: Promise<string> | undefined
/**
 * A hash of a random password with the same parameters, verified when the e-mail matches no
 * account, so that a wrong e-mail takes as long as a wrong password.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(generateTemporaryPassword())
  return dummy
}

export type PasswordVerdict = { ok: true } | { ok: false; reason: string }

const WARNINGS: Record<string, string> = {
  straightRow: 'is a straight row of keys',
  keyPattern: 'is a short keyboard pattern',
  simpleRepeat: 'repeats characters ("aaa")',
  extendedRepeat: 'repeats a pattern ("abcabcabc")',
  sequences: 'is a common character sequence ("abc", "123")',
  recentYears: 'contains a recent year',
  dates: 'contains a date',
  topTen: 'is one of the ten most used passwords',
  topHundred: 'is one of the hundred most used passwords',
  common: 'is a commonly used password',
  similarToCommon: 'is too similar to a commonly used password',
  wordByItself: 'is a single word',
  namesByThemselves: 'is a name by itself',
  commonNames: 'is a common name',
  userInputs: 'contains your name or e-mail address',
  pwned: 'appeared in a data breach',
}

let checker: ZxcvbnFactory | undefined
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, useLevenshteinDistance: true })
  return checker
}

const common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))

function reasonOf(feedback: FeedbackType): string {
  const why = feedback.warning ? WARNINGS[feedback.warning] : undefined
  return why ? `${why}: choose a longer passphrase of unrelated words` : 'is too easy to guess: choose a longer passphrase of unrelated words'
}

/**
 * Whether a password may be used. `userInputs` (the account's e-mail and name) count as known words.
 * The reason completes "The password …".
 */
export function checkPassword(password: string, userInputs: readonly string[] = []): PasswordVerdict {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return { ok: false, reason: `must be at least ${MIN_PASSWORD_LENGTH} characters (it has ${length})` }
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return { ok: false, reason: `must be at most ${MAX_PASSWORD_LENGTH} characters (it has ${length})` }
  }
  if (common.has(password.toLowerCase())) return { ok: false, reason: 'is one of the most common passwords' }
  const inputs = userInputs.flatMap((s) => [s, ...s.split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3)
  const result = zxcvbn().check(password, inputs)
  if (result.score < MIN_PASSWORD_SCORE) return { ok: false, reason: reasonOf(result.feedback) }
  return { ok: true }
}

/** No look-alikes (0/o, 1/l/i). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

/**
 * A random password for an admin's reset: 5 groups of 5 characters (about 124 bits), e.g.
 * `k7pqm-3rtza-…`. Always passes `checkPassword`.
 */
export function generateTemporaryPassword(): string {
  for (;;) {
    const groups = Array.from({ length: 5 }, () =>
      Array.from({ length: 5 }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join(''),
    )
    const password = groups.join('-')
    if (checkPassword(password).ok) return password
  }
}
