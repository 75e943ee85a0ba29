import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { LogOut } from 'lucide-react'
import { ErrorPanel } from '@/components/errors/error-panel.tsx'
import { AppNavLink } from '@/components/ui/app-link.tsx'
import { Loading } from '@/components/ui/loading.tsx'
import { paths } from '@/config/paths.ts'
import { ApiError } from '@/lib/api-client.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { endSession, SESSION_KEY, useSession, useSignOut } from '../api/session.ts'
import { AdminSessionContext, type AdminSessionValue } from './admin-session.tsx'
import { ChangePasswordForm } from './change-password-form.tsx'
import { SignInForm } from './sign-in-form.tsx'

/**
 * Everything under /admin: the sign-in form when nobody is signed in, the forced password change
 * after a reset, else "signed in as", sign-out (here or everywhere), the admin navigation (admin-only
 * sections only for admins) and the page.
 */
export function AdminShell({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const session = useSession()
  const [notice, setNotice] = useState<string | undefined>()

  const handleAuthError = useCallback(
    (error: unknown): boolean => {
      if (!(error instanceof ApiError)) return false
      if (error.statusCode === 401) {
        setNotice(t('admin.signIn.expired'))
        endSession(queryClient)
        return true
      }
      if (error.statusCode === 403 && (error.code === 'password_change_required' || error.code === 'csrf')) {
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY })
        return true
      }
      return false
    },
    [queryClient, t],
  )

  const data = session.data
  const value = useMemo<AdminSessionValue | null>(
    () => (data ? { user: data.user, csrfToken: data.csrfToken, handleAuthError } : null),
    [data, handleAuthError],
  )

  if (session.isPending) return <Loading lines={4} />
  if (session.isError && data === undefined) return <ErrorPanel error={session.error} onRetry={() => void session.refetch()} />
  if (!data || !value) return <SignInForm notice={notice} />
  if (data.user.mustChangePassword) {
    return (
      <div className="page page--narrow">
        <ChangePasswordForm user={data.user} csrfToken={data.csrfToken} forced />
      </div>
    )
  }
  return (
    <AdminSessionContext.Provider value={value}>
      <div className="page admin">
        <AdminBar value={value} />
        {children}
      </div>
    </AdminSessionContext.Provider>
  )
}

function AdminBar({ value }: { value: AdminSessionValue }) {
  const { t } = useI18n()
  const { user, csrfToken } = value
  const signOut = useSignOut(false)
  const signOutAll = useSignOut(true)
  const items = [
    { to: paths.admin.build(), label: t('admin.nav.data'), end: true, adminOnly: false },
    { to: paths.adminImports.build(), label: t('admin.nav.imports'), end: false, adminOnly: false },
    { to: paths.adminTargets.build(), label: t('admin.nav.targets'), end: false, adminOnly: true },
    { to: paths.adminUsers.build(), label: t('admin.nav.users'), end: false, adminOnly: true },
    { to: paths.adminAudit.build(), label: t('admin.nav.audit'), end: false, adminOnly: true },
    { to: paths.adminPassword.build(), label: t('admin.nav.password'), end: false, adminOnly: false },
  ].filter((item) => !item.adminOnly || user.role === 'admin')
  return (
    <div className="admin-bar">
      <p className="admin-bar__who">
        {t('admin.signedInAs', { name: user.name, role: t(`admin.role.${user.role}`) })}
      </p>
      <nav className="admin-nav" aria-label={t('admin.nav.label')}>
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <AppNavLink to={item.to} end={item.end}>
                {item.label}
              </AppNavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-bar__actions">
        <button type="button" className="button button--secondary" onClick={() => signOut.mutate(csrfToken)} disabled={signOut.isPending}>
          <LogOut aria-hidden="true" size={16} /> {t('admin.signOut')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => signOutAll.mutate(csrfToken)} disabled={signOutAll.isPending}>
          {t('admin.signOutAll')}
        </button>
      </div>
    </div>
  )
}
