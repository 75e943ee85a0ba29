import { queryOptions, useQuery } from '@tanstack/react-query'
import { IndicatorSummarySchema } from '@nap/schemas'
import { z } from 'zod'
import { apiGet, withQuery } from '@/lib/api-client.ts'

export const getIndicators = (goal?: number) =>
  apiGet(withQuery('/api/indicators', { goal }), z.array(IndicatorSummarySchema))
export const indicatorsQueryOptions = (goal?: number) =>
  queryOptions({ queryKey: ['indicators', { goal: goal ?? null }], queryFn: () => getIndicators(goal) })
export const useIndicators = (goal?: number) => useQuery(indicatorsQueryOptions(goal))
