import { queryOptions, useQuery } from '@tanstack/react-query'
import { HealthSchema } from '@nap/schemas'
import { apiGet } from '@/lib/api-client.ts'

export const getHealth = () => apiGet('/api/health', HealthSchema)
export const healthQueryOptions = () => queryOptions({ queryKey: ['health'], queryFn: getHealth })
export const useHealth = () => useQuery(healthQueryOptions())
