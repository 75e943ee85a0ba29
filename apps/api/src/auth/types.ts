/** Who is signed in, as the auth plugin hands it to handlers (`request.auth`). */
import type { Role } from '@nap/domain'

export type { Role } from '@nap/domain'

/**
 * The protection a route declares in `config.auth`: 'user' is any signed-in account, 'editor' an
 * editor or an admin, 'admin' an admin only.
 */
export const AUTH_LEVELS = ['user', 'editor', 'admin'] as const
export type AuthLevel = (typeof AUTH_LEVELS)[number]

export interface AuthUser {
  id: number
  email: string
  name: string
  role: Role
  mustChangePassword: boolean
}

export interface AuthContext {
  user: AuthUser
  /** SHA-256 hex of the session token (the `sessions.id` column). */
  sessionId: string
  csrfToken: string
}

/** A route that declares `config.auth`, as collected at start-up (`app.protectedRoutes`). */
export interface ProtectedRoute {
  method: string
  /** The route's URL pattern with its prefix, e.g. `/api/admin/users/:id`. */
  url: string
  auth: AuthLevel
}
