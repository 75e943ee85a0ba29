/**
 * Reading a revision's `state` (the flags and source note a point had after that revision, stored as
 * JSON by the write path) and naming its author for the public.
 */

export interface RevisionState {
  deleted: boolean
  estimate: boolean
  provisional: boolean
  breakInSeries: boolean
  sourceNote: string | null
}

/** The state a revision recorded; a missing or mistyped key reads as false (null for the note). */
export function stateFlags(state: Readonly<Record<string, unknown>>): RevisionState {
  return {
    deleted: state['deleted'] === true,
    estimate: state['estimate'] === true,
    provisional: state['provisional'] === true,
    breakInSeries: state['breakInSeries'] === true,
    sourceNote: typeof state['sourceNote'] === 'string' ? state['sourceNote'] : null,
  }
}

/**
 * Who made a change, as the public may see it: the account's display name, or 'seed' / 'system'
 * for automatic changes. The `actor` column holds a user's e-mail address, which is never shown.
 */
export function authorName(userName: string | null, actor: string): string {
  if (userName !== null && userName.trim() !== '') return userName
  return actor === 'seed' ? 'seed' : 'system'
}
