import { createContext, useContext } from 'react'
import type { AuthUser } from '../api/schemas.ts'

export interface AdminSessionValue {
  user: AuthUser
  /** Sent as X-CSRF-Token with every write. */
  csrfToken: string
  /**
   * Handles an answer that concerns the session itself: 401 (the session ended) shows the sign-in
   * form, 403 password_change_required the password form, 403 csrf reloads the session. True when
   * it handled the error.
   */
  handleAuthError: (error: unknown) => boolean
}

export const AdminSessionContext = createContext<AdminSessionValue | null>(null)

export function useAdminSession(): AdminSessionValue {
  const value = useContext(AdminSessionContext)
  if (!value) throw new Error('useAdminSession must be used inside <AdminShell>')
  return value
}
