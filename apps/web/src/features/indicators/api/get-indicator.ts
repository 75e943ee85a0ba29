import { queryOptions, useQuery } from '@tanstack/react-query'
import { IndicatorDetailSchema } from '@nap/schemas'
import { apiGet } from '@/lib/api-client.ts'

export const getIndicator = (slug: string) =>
  apiGet(`/api/indicators/${encodeURIComponent(slug)}`, IndicatorDetailSchema)
export const indicatorQueryOptions = (slug: string) =>
  queryOptions({ queryKey: ['indicators', slug], queryFn: () => getIndicator(slug) })
export const useIndicator = (slug: string, enabled = true) =>
  useQuery({ ...indicatorQueryOptions(slug), enabled: enabled && slug !== '' })
