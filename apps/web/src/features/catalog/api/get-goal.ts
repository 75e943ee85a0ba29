import { queryOptions, useQuery } from '@tanstack/react-query'
import { GoalDetailSchema } from '@nap/schemas'
import { apiGet } from '@/lib/api-client.ts'

export const getGoal = (goalId: number) => apiGet(`/api/goals/${goalId}`, GoalDetailSchema)
export const goalQueryOptions = (goalId: number) =>
  queryOptions({ queryKey: ['goals', goalId], queryFn: () => getGoal(goalId) })
export const useGoal = (goalId: number) => useQuery(goalQueryOptions(goalId))
