import { queryOptions, useQuery } from '@tanstack/react-query'
import { EventSchema } from '@nap/schemas'
import { z } from 'zod'
import { apiGet } from '@/lib/api-client.ts'

export const getEvents = () => apiGet('/api/events', z.array(EventSchema))
export const eventsQueryOptions = () => queryOptions({ queryKey: ['events'], queryFn: getEvents })
export const useEvents = () => useQuery(eventsQueryOptions())
