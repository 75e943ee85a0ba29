/**
 * Sign-in rate limits (pure). The 6th failed attempt for one account within 15 minutes, and the 21st
 * attempt from one IP address within a minute, are refused with the seconds to wait.
 */

export const ACCOUNT_WINDOW_MS = 15 * 60 * 1000
export const ACCOUNT_MAX_FAILURES = 5
export const IP_WINDOW_MS = 60 * 1000
export const IP_MAX_ATTEMPTS = 20

export interface AttemptHistory {
  /** Times (ms) of failed attempts for the account since the window start (and since its last success). */
  accountFailures: readonly number[]
  /** Times (ms) of every attempt from the IP address in its window. */
  ipAttempts: readonly number[]
}

export type RateDecision = { limited: false } | { limited: true; retryAfterSeconds: number; scope: 'account' | 'ip' }

/** Seconds until enough of `times` leave the window for one more attempt to be allowed. */
function waitFor(times: readonly number[], max: number, windowMs: number, now: number): number | null {
  if (times.length < max) return null
  const sorted = [...times].sort((a, b) => a - b)
  // Allowed again once only max - 1 remain inside the window: when the (n - max)-th oldest leaves it.
  const leaving = sorted[sorted.length - max] ?? now
  return Math.max(1, Math.ceil((leaving + windowMs - now) / 1000))
}

export function rateDecision(history: AttemptHistory, now: number): RateDecision {
  const account = waitFor(history.accountFailures, ACCOUNT_MAX_FAILURES, ACCOUNT_WINDOW_MS, now)
  const ip = waitFor(history.ipAttempts, IP_MAX_ATTEMPTS, IP_WINDOW_MS, now)
  if (account === null && ip === null) return { limited: false }
  if (account !== null && (ip === null || account >= ip)) return { limited: true, retryAfterSeconds: account, scope: 'account' }
  return { limited: true, retryAfterSeconds: ip ?? 1, scope: 'ip' }
}
