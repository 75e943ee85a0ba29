/**
 * /admin/*: loaded on demand (its own chunk), so the public pages never download the admin code.
 * The shell signs in and guards; the pages below it compose the admin feature with the catalog.
 */
import { Route, Routes, useSearchParams } from 'react-router'
import { COUNTRY_CODES, isCountryCode, type CountryCode } from '@nap/domain'
import { NotFound } from '@/components/errors/not-found.tsx'
import { gate } from '@/components/ui/query-gate.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { useEnterableIndicators } from '@/features/admin/api/indicators.ts'
import { useAdminSession } from '@/features/admin/components/admin-session.tsx'
import { AdminShell } from '@/features/admin/components/admin-shell.tsx'
import { AuditLog } from '@/features/admin/components/audit-log.tsx'
import { ChangePasswordForm } from '@/features/admin/components/change-password-form.tsx'
import { DataEntry } from '@/features/admin/components/data-entry.tsx'
import { IndicatorPicker } from '@/features/admin/components/indicator-picker.tsx'
import { ImportsPage } from '@/features/admin/imports/components/imports-page.tsx'
import { TargetEditor } from '@/features/admin/components/target-editor.tsx'
import { UsersAdmin } from '@/features/admin/components/users-admin.tsx'
import type { AuditFilter } from '@/features/admin/api/audit.ts'
import { useCountries } from '@/features/catalog/api/get-countries.ts'
import { useIndicator } from '@/features/indicators/api/get-indicator.ts'
import { useIndicators } from '@/features/indicators/api/get-indicators.ts'
import { TargetHistory } from '@/features/indicators/components/target-history.tsx'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useQueryClient } from '@tanstack/react-query'
import { useId, useState, type ReactNode } from 'react'

export function AdminRoute() {
  return (
    <AdminShell>
      <Routes>
        <Route index element={<EntryPage />} />
        <Route path="targets" element={<AdminOnly><TargetsPage /></AdminOnly>} />
        <Route path="users" element={<AdminOnly><UsersPage /></AdminOnly>} />
        <Route path="audit" element={<AdminOnly><AuditPage /></AdminOnly>} />
        <Route path="imports" element={<ImportsRoute />} />
        <Route path="password" element={<PasswordPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AdminShell>
  )
}

/** Targets, users and the audit log are for admins; an editor is told so (the navigation hides them). */
function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const { user } = useAdminSession()
  if (user.role === 'admin') return children
  return (
    <>
      <h1>{t('admin.forbiddenTitle')}</h1>
      <p>{t('admin.forbiddenBody')}</p>
    </>
  )
}

function useCountryNames(): Partial<Record<string, string>> {
  const { l } = useI18n()
  const countries = useCountries()
  return Object.fromEntries((countries.data ?? []).map((c) => [c.code, l(c.name)]))
}

/** Updates some parameters of the URL, keeping the others (the language). */
function useSearchUpdate(): [URLSearchParams, (values: Record<string, string | undefined>) => void] {
  const [search, setSearch] = useSearchParams()
  const update = (values: Record<string, string | undefined>) => {
    const params = new URLSearchParams(search)
    for (const [key, value] of Object.entries(values)) {
      if (value) params.set(key, value)
      else params.delete(key)
    }
    setSearch(params)
  }
  return [search, update]
}

function EntryPage() {
  const { t } = useI18n()
  useDocumentTitle(t('admin.entry.title'))
  const [search, update] = useSearchUpdate()
  const indicators = useEnterableIndicators()
  const names = useCountryNames()
  const state = gate([indicators], { loadingLines: 4 })
  if (!state.ready) return state.element
  return (
    <DataEntry
      indicators={state.data[0]}
      slug={search.get('indicator') ?? ''}
      onSlug={(slug) => update({ indicator: slug })}
      countryNames={names}
      currentYear={new Date().getUTCFullYear()}
    />
  )
}

function TargetsPage() {
  const { t, l } = useI18n()
  useDocumentTitle(t('admin.target.title'))
  const id = useId()
  const [search, update] = useSearchUpdate()
  const queryClient = useQueryClient()
  const names = useCountryNames()
  const indicators = useIndicators()
  const slug = search.get('indicator') ?? ''
  const requested = search.get('country')
  const country: CountryCode | null = isCountryCode(requested) ? requested : null
  const detail = useIndicator(slug, slug !== '')
  const [choice, setChoice] = useState<string>(country ?? '')
  const tracked = (indicators.data ?? []).filter((i) => i.kind === 'tracked')
  const available = detail.data ? COUNTRY_CODES.filter((code) => detail.data.countries.includes(code)) : COUNTRY_CODES
  const state = gate([detail], { loadingLines: 6 })
  return (
    <>
      <h1>{t('admin.target.title')}</h1>
      <p className="lede">{t('admin.target.intro')}</p>
      <IndicatorPicker
        indicators={tracked}
        value={slug}
        label={t('common.indicator')}
        submitLabel={t('admin.target.open')}
        onChoose={(next) => update({ indicator: next, country: choice || undefined })}
      >
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('common.country')}</label>
          <select id={`${id}-country`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('admin.picker.none')}</option>
            {available.map((code) => (
              <option key={code} value={code}>
                {names[code] ?? code}
              </option>
            ))}
          </select>
        </div>
      </IndicatorPicker>
      {slug === '' || country === null ? (
        <p className="empty-state">{t('admin.target.choose')}</p>
      ) : !state.ready ? (
        state.element
      ) : !state.data[0].countries.includes(country) ? (
        <p className="form-error" role="alert">
          {t('admin.target.notReported', { indicator: l(state.data[0].name), country: names[country] ?? country })}
        </p>
      ) : (
        <div className="target-layout">
          <TargetEditor
            indicator={state.data[0]}
            country={country}
            countryName={names[country] ?? country}
            onReload={() => void queryClient.invalidateQueries({ queryKey: ['indicators', slug] })}
          />
          <section aria-labelledby={`${id}-history`} className="panel">
            <h2 id={`${id}-history`}>{t('targetHistory.title')}</h2>
            <TargetHistory
              slug={slug}
              country={country}
              countryName={names[country] ?? country}
              headingLevel={3}
              spec={{ valueFormat: state.data[0].valueFormat, unitScale: state.data[0].unitScale, decimals: state.data[0].decimals }}
            />
          </section>
        </div>
      )}
    </>
  )
}

function UsersPage() {
  const { t } = useI18n()
  useDocumentTitle(t('admin.users.title'))
  return <UsersAdmin />
}

function AuditPage() {
  const { t } = useI18n()
  useDocumentTitle(t('admin.audit.title'))
  const [search, update] = useSearchUpdate()
  const indicators = useEnterableIndicators()
  const filter: AuditFilter = {
    user: search.get('user') ?? undefined,
    action: search.get('action') ?? undefined,
    indicator: search.get('indicator') ?? undefined,
    from: search.get('from') ?? undefined,
    to: search.get('to') ?? undefined,
  }
  return (
    <AuditLog
      key={search.toString()}
      filter={filter}
      onFilter={(next) => update({ user: next.user, action: next.action, indicator: next.indicator, from: next.from, to: next.to })}
      indicators={indicators.data ?? []}
    />
  )
}

/** Imports (editors and admins): the page takes the country names from the catalog. */
function ImportsRoute() {
  return <ImportsPage countryNames={useCountryNames()} />
}

function PasswordPage() {
  const { t } = useI18n()
  useDocumentTitle(t('admin.password.title'))
  const { user, csrfToken } = useAdminSession()
  return <ChangePasswordForm user={user} csrfToken={csrfToken} forced={false} />
}
