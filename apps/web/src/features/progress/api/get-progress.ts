import { queryOptions, useQuery } from '@tanstack/react-query'
import type { CountryCode } from '@nap/domain'
import { apiGet, withQuery } from '@/lib/api-client.ts'
import { ProgressWire } from '@/lib/wire-schemas.ts'

export interface ProgressFilter {
  goal?: number | undefined
  country?: CountryCode | undefined
}

export const getProgress = (filter: ProgressFilter = {}) =>
  apiGet(withQuery('/api/progress', { goal: filter.goal, country: filter.country }), ProgressWire)
export const progressQueryOptions = (filter: ProgressFilter = {}) =>
  queryOptions({
    queryKey: ['progress', { goal: filter.goal ?? null, country: filter.country ?? null }],
    queryFn: () => getProgress(filter),
  })
export const useProgress = (filter: ProgressFilter = {}) => useQuery(progressQueryOptions(filter))
