/** Accounts (admins): list, create, change role / name / disabled, reset a password. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import type { Role } from '@nap/domain'
import { apiGet, apiSend } from '@/lib/api-client.ts'
import { CreatedUserSchema, TemporaryPasswordSchema, UserSchema } from './schemas.ts'

const USERS_KEY = ['admin', 'users'] as const

export const useUsers = () => useQuery({ queryKey: USERS_KEY, queryFn: () => apiGet('/api/admin/users', z.array(UserSchema), { cache: 'no-store' }) })

export interface NewUser {
  email: string
  name: string
  role: Role
}

export function useCreateUser(csrfToken: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (user: NewUser) => apiSend('POST', '/api/admin/users', CreatedUserSchema, { body: user, csrfToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}

export interface UserPatch {
  id: number
  version: number
  name?: string
  role?: Role
  disabled?: boolean
  reason?: string
}

export function useUpdateUser(csrfToken: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...patch }: UserPatch) => apiSend('PATCH', `/api/admin/users/${id}`, UserSchema, { body: patch, csrfToken }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}

export function useResetPassword(csrfToken: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => apiSend('POST', `/api/admin/users/${id}/password`, TemporaryPasswordSchema, { body: {}, csrfToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}
