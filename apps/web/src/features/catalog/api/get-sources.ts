import { queryOptions, useQuery } from '@tanstack/react-query'
import { SourceSchema } from '@nap/schemas'
import { z } from 'zod'
import { apiGet } from '@/lib/api-client.ts'

export const getSources = () => apiGet('/api/sources', z.array(SourceSchema))
export const sourcesQueryOptions = () => queryOptions({ queryKey: ['sources'], queryFn: getSources })
export const useSources = () => useQuery(sourcesQueryOptions())
