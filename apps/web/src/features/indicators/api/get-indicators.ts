import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet, withQuery } from '@/lib/api-client.ts'
import { IndicatorListWire } from '@/lib/wire-schemas.ts'

export const getIndicators = (goal?: number) =>
  apiGet(withQuery('/api/indicators', { goal }), IndicatorListWire)
export const indicatorsQueryOptions = (goal?: number) =>
  queryOptions({ queryKey: ['indicators', { goal: goal ?? null }], queryFn: () => getIndicators(goal) })
export const useIndicators = (goal?: number) => useQuery(indicatorsQueryOptions(goal))
