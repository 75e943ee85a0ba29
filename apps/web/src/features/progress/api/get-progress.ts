import { queryOptions, useQuery } from '@tanstack/react-query'
import type { CountryCode } from '@nap/domain'
import { ProgressSchema } from '@nap/schemas'
import { apiGet, withQuery } from '@/lib/api-client.ts'

export interface ProgressFilter {
  goal?: number | undefined
  country?: CountryCode | undefined
}

export const getProgress = (filter: ProgressFilter = {}) =>
  apiGet(withQuery('/api/progress', { goal: filter.goal, country: filter.country }), ProgressSchema)
export const progressQueryOptions = (filter: ProgressFilter = {}) =>
  queryOptions({
    queryKey: ['progress', { goal: filter.goal ?? null, country: filter.country ?? null }],
    queryFn: () => getProgress(filter),
  })
export const useProgress = (filter: ProgressFilter = {}) => useQuery(progressQueryOptions(filter))
