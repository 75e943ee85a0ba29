import { useInfiniteQuery } from '@tanstack/react-query'
import { ChangePageSchema } from '@nap/schemas'
import { apiGet, withQuery } from '@/lib/api-client.ts'

export interface ChangeFilter {
  indicator?: string | undefined
  country?: string | undefined
}

const PAGE_SIZE = 20

export const changesPath = (filter: ChangeFilter, cursor?: string) =>
  withQuery('/api/changes', { indicator: filter.indicator, country: filter.country, limit: PAGE_SIZE, cursor })

/** The Atom feed of the same changes (a reader subscribes to it). */
export const changesAtomPath = (filter: ChangeFilter) => withQuery('/api/changes.atom', { indicator: filter.indicator, country: filter.country })

/** The public change feed, newest first, page after page ("load more"). */
export const useChanges = (filter: ChangeFilter) =>
  useInfiniteQuery({
    queryKey: ['changes', { indicator: filter.indicator ?? null, country: filter.country ?? null }],
    queryFn: ({ pageParam }) => apiGet(changesPath(filter, pageParam), ChangePageSchema),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 30_000,
  })
