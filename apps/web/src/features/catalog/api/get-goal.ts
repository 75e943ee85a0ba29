import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from '@/lib/api-client.ts'
import { GoalDetailWire } from '@/lib/wire-schemas.ts'

export const getGoal = (goalId: number) => apiGet(`/api/goals/${goalId}`, GoalDetailWire)
export const goalQueryOptions = (goalId: number) =>
  queryOptions({ queryKey: ['goals', goalId], queryFn: () => getGoal(goalId) })
export const useGoal = (goalId: number) => useQuery(goalQueryOptions(goalId))
