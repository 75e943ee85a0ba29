import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from '@/lib/api-client.ts'
import { SourceListWire } from '@/lib/wire-schemas.ts'

export const getSources = () => apiGet('/api/sources', SourceListWire)
export const sourcesQueryOptions = () => queryOptions({ queryKey: ['sources'], queryFn: getSources })
export const useSources = () => useQuery(sourcesQueryOptions())
