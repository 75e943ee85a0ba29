import { queryOptions, useQuery } from '@tanstack/react-query'
import { ProgressSchema } from '@nap/schemas'
import { apiGet } from '@/lib/api-client.ts'

export const getIndicatorProgress = (slug: string) =>
  apiGet(`/api/indicators/${encodeURIComponent(slug)}/progress`, ProgressSchema)
export const indicatorProgressQueryOptions = (slug: string) =>
  queryOptions({ queryKey: ['progress', 'indicator', slug], queryFn: () => getIndicatorProgress(slug) })
export const useIndicatorProgress = (slug: string) => useQuery(indicatorProgressQueryOptions(slug))
