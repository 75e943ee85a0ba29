/** Data entry: the grid of an indicator, the impact preview of pending cells, the batch save, a cell's history. */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { RevisionPageSchema } from '@nap/schemas'
import { apiGet, apiSend, withQuery } from '@/lib/api-client.ts'
import { invalidatePublicData } from './invalidate.ts'
import { BatchSavedSchema, GridSchema, PreviewSchema } from './schemas.ts'

/** One cell of a batch as the API takes it (no version: a new point). */
export interface CellChange {
  country: string
  period: string
  value: number
  version?: number
}

const base = (slug: string) => `/api/admin/indicators/${encodeURIComponent(slug)}/observations`

export const gridQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['admin', 'grid', slug],
    queryFn: () => apiGet(base(slug), GridSchema, { cache: 'no-store' }),
    staleTime: 0,
  })
export const useGrid = (slug: string) => useQuery({ ...gridQueryOptions(slug), enabled: slug !== '' })

/** The impact of `changes` without writing them (the API rolls its transaction back). */
export function usePreview(slug: string, changes: readonly CellChange[], csrfToken: string) {
  return useQuery({
    queryKey: ['admin', 'preview', slug, changes],
    queryFn: () => apiSend('POST', `${base(slug)}/preview`, PreviewSchema, { body: { changes }, csrfToken }),
    enabled: slug !== '' && changes.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
    retry: false,
  })
}

export interface BatchInput {
  reason: string
  changes: readonly CellChange[]
  confirm: boolean
}

export function useSaveBatch(slug: string, csrfToken: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: BatchInput) => apiSend('POST', base(slug), BatchSavedSchema, { body: input, csrfToken }),
    onSuccess: async () => {
      await Promise.all([invalidatePublicData(queryClient), queryClient.invalidateQueries({ queryKey: ['admin', 'grid', slug] })])
    },
  })
}

/** Every revision of one point, newest first (the public record). */
export const useCellHistory = (slug: string, country: string, period: string, enabled: boolean) =>
  useQuery({
    queryKey: ['revisions', slug, country, period],
    queryFn: () =>
      apiGet(withQuery(`/api/indicators/${encodeURIComponent(slug)}/revisions`, { country, period, limit: 100 }), RevisionPageSchema),
    enabled,
  })
