/** The signed-in session: who (GET /api/auth/me), sign-in, sign-out (here or everywhere), password change. */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { ApiError, apiGet, apiSend } from '@/lib/api-client.ts'
import { SessionSchema, type Session } from './schemas.ts'

export const SESSION_KEY = ['session'] as const

/** The session of this browser, or null when nobody is signed in (401). */
export async function getSession(): Promise<Session | null> {
  try {
    return await apiGet('/api/auth/me', SessionSchema, { cache: 'no-store' })
  } catch (error) {
    if (error instanceof ApiError && error.statusCode === 401) return null
    throw error
  }
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: SESSION_KEY, queryFn: getSession, staleTime: 60_000, refetchOnWindowFocus: true })
export const useSession = () => useQuery(sessionQueryOptions())

/** Forgets everything the session could read (the admin queries) and shows the sign-in form. */
export function endSession(queryClient: QueryClient): void {
  queryClient.setQueryData(SESSION_KEY, null)
  queryClient.removeQueries({ queryKey: ['admin'] })
}

export interface Credentials {
  email: string
  password: string
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (credentials: Credentials) => apiSend('POST', '/api/auth/login', SessionSchema, { body: credentials }),
    onSuccess: (session) => {
      queryClient.removeQueries({ queryKey: ['admin'] })
      queryClient.setQueryData(SESSION_KEY, session)
    },
  })
}

export function useSignOut(everywhere: boolean) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (csrfToken: string) => apiSend('POST', everywhere ? '/api/auth/logout-all' : '/api/auth/logout', z.null(), { csrfToken }),
    onSettled: () => endSession(queryClient),
  })
}

export interface PasswordChange {
  current: string
  next: string
  csrfToken: string
}

export function useChangePassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ current, next, csrfToken }: PasswordChange) =>
      apiSend('POST', '/api/auth/password', SessionSchema, { body: { current, next }, csrfToken }),
    // A new session (cookie and CSRF token) replaces the old one; the others ended.
    onSuccess: (session) => queryClient.setQueryData(SESSION_KEY, session),
  })
}
