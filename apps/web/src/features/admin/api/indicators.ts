import { useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { IndicatorSummarySchema } from '@nap/schemas'
import { apiGet } from '@/lib/api-client.ts'

/** Every indicator that takes values, the input series too (population, world GDP…). */
export const useEnterableIndicators = () =>
  useQuery({
    queryKey: ['indicators', { include: 'inputs' }],
    queryFn: () => apiGet('/api/indicators?include=inputs', z.array(IndicatorSummarySchema)),
  })
