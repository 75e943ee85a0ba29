/**
 * After a save, every cached public answer that may show the old state is marked stale, so the open
 * pages refetch and the public pages show the new values and statuses without a reload.
 */
import type { QueryClient } from '@tanstack/react-query'

/** Query-key prefixes of the public pages that a data or target change can move. */
export const PUBLIC_KEYS = [['indicators'], ['progress'], ['changes'], ['health'], ['revisions'], ['target-history']] as const

export async function invalidatePublicData(queryClient: QueryClient): Promise<void> {
  await Promise.all(PUBLIC_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
}
