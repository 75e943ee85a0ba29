import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from '@/lib/api-client.ts'
import { GoalListWire } from '@/lib/wire-schemas.ts'

export const getGoals = () => apiGet('/api/goals', GoalListWire)
export const goalsQueryOptions = () => queryOptions({ queryKey: ['goals'], queryFn: getGoals })
export const useGoals = () => useQuery(goalsQueryOptions())
