import { describe, expect, test } from 'vitest'
import { rateDecision } from '../../src/auth/rate-limit.ts'
import { absoluteExpiry, needsLastSeenRefresh, sessionState } from '../../src/auth/session-policy.ts'

const MIN = 60_000
const NOW = Date.parse('2026-05-01T12:00:00.000Z')
const ago = (ms: number) => NOW - ms
const iso = (ms: number) => new Date(ms).toISOString()

describe('rateDecision', () => {
  test.each([
    ['no attempts', [], [], { limited: false }],
    ['4 failures: the 5th attempt is allowed', [1, 2, 3, 4].map((m) => ago(m * MIN)), [], { limited: false }],
    // 5 failures within 15 min: the 6th is refused until the oldest (10 min ago) leaves the window.
    ['5 failures: the 6th is refused', [10, 8, 6, 4, 2].map((m) => ago(m * MIN)), [], { limited: true, retryAfterSeconds: 300, scope: 'account' }],
    ['7 failures: wait until the 3rd oldest leaves', [14, 13, 12, 5, 4, 3, 2].map((m) => ago(m * MIN)), [], { limited: true, retryAfterSeconds: 3 * 60, scope: 'account' }],
    ['a failure just inside the window still counts for at least a second', [ago(15 * MIN - 1), ago(1), ago(1), ago(1), ago(1)], [], { limited: true, retryAfterSeconds: 1, scope: 'account' }],
    ['19 attempts from the IP: the 20th is allowed', [], Array.from({ length: 19 }, () => ago(1000)), { limited: false }],
    ['20 attempts from the IP within a minute: the 21st is refused', [], Array.from({ length: 20 }, (_, i) => ago(50_000 - i * 1000)), { limited: true, retryAfterSeconds: 10, scope: 'ip' }],
    [
      'both limited: the longer wait wins',
      [10, 8, 6, 4, 2].map((m) => ago(m * MIN)),
      Array.from({ length: 20 }, () => ago(1000)),
      { limited: true, retryAfterSeconds: 300, scope: 'account' },
    ],
  ])('%s', (_case, accountFailures, ipAttempts, expected) => {
    expect(rateDecision({ accountFailures, ipAttempts }, NOW)).toEqual(expected)
  })
})

describe('sessionState', () => {
  const created = ago(60 * MIN)
  test.each([
    ['seen a minute ago', { lastSeenAt: iso(ago(MIN)), expiresAt: absoluteExpiry(created) }, 'active'],
    ['seen 1 h 59 min ago', { lastSeenAt: iso(ago(119 * MIN)), expiresAt: absoluteExpiry(created) }, 'active'],
    ['seen exactly 2 h ago', { lastSeenAt: iso(ago(120 * MIN)), expiresAt: absoluteExpiry(created) }, 'idle_expired'],
    ['active, but created 12 h ago', { lastSeenAt: iso(ago(1000)), expiresAt: absoluteExpiry(ago(12 * 60 * MIN)) }, 'absolute_expired'],
    ['active, created 11 h 59 min ago', { lastSeenAt: iso(ago(1000)), expiresAt: absoluteExpiry(ago(719 * MIN)) }, 'active'],
  ])('%s: %s', (_case, times, expected) => {
    expect(sessionState(times, NOW)).toBe(expected)
  })

  test('absolute expiry is 12 h after creation', () => {
    expect(absoluteExpiry(Date.parse('2026-05-01T08:30:00.000Z'))).toBe('2026-05-01T20:30:00.000Z')
  })
})

describe('needsLastSeenRefresh', () => {
  test.each([
    [0, false],
    [59_999, false],
    [60_000, true],
    [3_600_000, true],
  ])('%i ms after the last write: %s', (elapsed, expected) => {
    expect(needsLastSeenRefresh(iso(ago(elapsed)), NOW)).toBe(expected)
  })
})
