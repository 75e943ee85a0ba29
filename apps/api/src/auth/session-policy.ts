/** When a session ends and when its last-seen time is written again (pure; times in ms since the epoch). */

export const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000
/** lastSeenAt is written at most once a minute per session. */
export const LAST_SEEN_REFRESH_MS = 60 * 1000

export type SessionState = 'active' | 'idle_expired' | 'absolute_expired'

export interface SessionTimes {
  /** ISO 8601 */
  lastSeenAt: string
  /** ISO 8601: the absolute end (created + 12 h). */
  expiresAt: string
}

export function sessionState(s: SessionTimes, now: number): SessionState {
  if (now >= Date.parse(s.expiresAt)) return 'absolute_expired'
  if (now >= Date.parse(s.lastSeenAt) + IDLE_TIMEOUT_MS) return 'idle_expired'
  return 'active'
}

export function needsLastSeenRefresh(lastSeenAt: string, now: number): boolean {
  return now - Date.parse(lastSeenAt) >= LAST_SEEN_REFRESH_MS
}

export function absoluteExpiry(createdAt: number): string {
  return new Date(createdAt + ABSOLUTE_TIMEOUT_MS).toISOString()
}

/** Sessions whose last sight is before this instant are idle-expired. */
export function idleCutoff(now: number): string {
  return new Date(now - IDLE_TIMEOUT_MS).toISOString()
}
