import { queryOptions, useQuery } from '@tanstack/react-query'
import type { CountryCode } from '@nap/domain'
import { apiGet } from '@/lib/api-client.ts'
import { TargetHistoryWire } from '@/lib/wire-schemas.ts'

export const getTargetHistory = (slug: string, country: CountryCode) =>
  apiGet(`/api/indicators/${encodeURIComponent(slug)}/targets/${country}/history`, TargetHistoryWire)
export const targetHistoryQueryOptions = (slug: string, country: CountryCode) =>
  queryOptions({ queryKey: ['target-history', slug, country], queryFn: () => getTargetHistory(slug, country) })
export const useTargetHistory = (slug: string, country: CountryCode) => useQuery(targetHistoryQueryOptions(slug, country))
