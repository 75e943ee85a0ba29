import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from '@/lib/api-client.ts'
import { HealthWire } from '@/lib/wire-schemas.ts'

export const getHealth = () => apiGet('/api/health', HealthWire)
export const healthQueryOptions = () => queryOptions({ queryKey: ['health'], queryFn: getHealth })
export const useHealth = () => useQuery(healthQueryOptions())
