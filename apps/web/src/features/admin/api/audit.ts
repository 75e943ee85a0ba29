/** The audit log (admins), newest first, page by page with the filters of the API. */
import { useInfiniteQuery } from '@tanstack/react-query'
import { apiGet, withQuery } from '@/lib/api-client.ts'
import { AuditPageSchema } from './schemas.ts'

export interface AuditFilter {
  user?: string | undefined
  action?: string | undefined
  indicator?: string | undefined
  from?: string | undefined
  to?: string | undefined
}

export const useAudit = (filter: AuditFilter) =>
  useInfiniteQuery({
    queryKey: ['admin', 'audit', filter],
    queryFn: ({ pageParam }) =>
      apiGet(withQuery('/api/admin/audit', { ...filter, cursor: pageParam, limit: 50 }), AuditPageSchema, { cache: 'no-store' }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
