import { queryOptions, useQuery } from '@tanstack/react-query'
import { GoalSchema } from '@nap/schemas'
import { z } from 'zod'
import { apiGet } from '@/lib/api-client.ts'

export const getGoals = () => apiGet('/api/goals', z.array(GoalSchema))
export const goalsQueryOptions = () => queryOptions({ queryKey: ['goals'], queryFn: getGoals })
export const useGoals = () => useQuery(goalsQueryOptions())
