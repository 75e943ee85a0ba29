import { queryOptions, useQuery } from '@tanstack/react-query'
import type { CountryCode } from '@nap/domain'
import { TargetHistorySchema } from '@nap/schemas'
import { apiGet } from '@/lib/api-client.ts'

export const getTargetHistory = (slug: string, country: CountryCode) =>
  apiGet(`/api/indicators/${encodeURIComponent(slug)}/targets/${country}/history`, TargetHistorySchema)
export const targetHistoryQueryOptions = (slug: string, country: CountryCode) =>
  queryOptions({ queryKey: ['target-history', slug, country], queryFn: () => getTargetHistory(slug, country) })
export const useTargetHistory = (slug: string, country: CountryCode) => useQuery(targetHistoryQueryOptions(slug, country))
