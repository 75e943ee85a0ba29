import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from '@/lib/api-client.ts'
import { ProgressWire } from '@/lib/wire-schemas.ts'

export const getIndicatorProgress = (slug: string) =>
  apiGet(`/api/indicators/${encodeURIComponent(slug)}/progress`, ProgressWire)
export const indicatorProgressQueryOptions = (slug: string) =>
  queryOptions({ queryKey: ['progress', 'indicator', slug], queryFn: () => getIndicatorProgress(slug) })
export const useIndicatorProgress = (slug: string) => useQuery(indicatorProgressQueryOptions(slug))
