import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from '@/lib/api-client.ts'
import { IndicatorDetailWire } from '@/lib/wire-schemas.ts'

export const getIndicator = (slug: string) =>
  apiGet(`/api/indicators/${encodeURIComponent(slug)}`, IndicatorDetailWire)
export const indicatorQueryOptions = (slug: string) =>
  queryOptions({ queryKey: ['indicators', slug], queryFn: () => getIndicator(slug) })
export const useIndicator = (slug: string, enabled = true) =>
  useQuery({ ...indicatorQueryOptions(slug), enabled: enabled && slug !== '' })
