import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from '@/lib/api-client.ts'
import { EventListWire } from '@/lib/wire-schemas.ts'

export const getEvents = () => apiGet('/api/events', EventListWire)
export const eventsQueryOptions = () => queryOptions({ queryKey: ['events'], queryFn: getEvents })
export const useEvents = () => useQuery(eventsQueryOptions())
