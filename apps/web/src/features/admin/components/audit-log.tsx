import { useId, useState, type FormEvent } from 'react'
import type { IndicatorSummary } from '@nap/schemas'
import { ErrorPanel } from '@/components/errors/error-panel.tsx'
import { Loading } from '@/components/ui/loading.tsx'
import { formatDateTime } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useAudit, type AuditFilter } from '../api/audit.ts'
import { useUsers } from '../api/users.ts'
import { FilterActions } from './filter-actions.tsx'

/** The actions of the audit log, and their families (`auth.*`), for the filter. */
export const AUDIT_ACTIONS = [
  'auth.*',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.logout_all',
  'auth.password_change',
  'user.*',
  'user.create',
  'user.update',
  'user.password_reset',
  'target.update',
  'observation.*',
  'observation.create',
  'observation.update',
  'observation.delete',
  'observation.restore',
  'observation.batch',
  'import.*',
] as const

interface AuditLogProps {
  filter: AuditFilter
  onFilter: (filter: AuditFilter) => void
  indicators: readonly IndicatorSummary[]
}

/** Sign-ins (failed ones too), sign-outs and every change, newest first, with filters and "load more". */
export function AuditLog({ filter, onFilter, indicators }: AuditLogProps) {
  const { t, l, lang } = useI18n()
  const id = useId()
  const users = useUsers()
  const audit = useAudit(filter)
  const [draft, setDraft] = useState<AuditFilter>(filter)
  const set = (field: keyof AuditFilter, value: string) => setDraft((d) => ({ ...d, [field]: value || undefined }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onFilter(draft)
  }
  const items = audit.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p className="lede">{t('admin.audit.intro')}</p>
      <form className="admin-form panel filter-form" onSubmit={submit} aria-label={t('admin.audit.filters')}>
        <div className="field">
          <label htmlFor={`${id}-user`}>{t('admin.audit.user')}</label>
          <select id={`${id}-user`} value={draft.user ?? ''} onChange={(e) => set('user', e.target.value)}>
            <option value="">{t('admin.audit.anyone')}</option>
            {(users.data ?? []).map((u) => (
              <option key={u.id} value={String(u.id)}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('admin.audit.action')}</label>
          <select id={`${id}-action`} value={draft.action ?? ''} onChange={(e) => set('action', e.target.value)}>
            <option value="">{t('admin.audit.anyAction')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-indicator`}>{t('common.indicator')}</label>
          <select id={`${id}-indicator`} value={draft.indicator ?? ''} onChange={(e) => set('indicator', e.target.value)}>
            <option value="">{t('admin.audit.anyIndicator')}</option>
            {indicators.map((i) => (
              <option key={i.slug} value={i.slug}>
                {l(i.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('admin.audit.from')}</label>
          <input id={`${id}-from`} type="date" value={draft.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('admin.audit.to')}</label>
          <input id={`${id}-to`} type="date" value={draft.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </div>
        <FilterActions
          onClear={() => {
            setDraft({})
            onFilter({})
          }}
        />
      </form>
      {audit.isPending ? (
        <Loading lines={5} />
      ) : audit.isError && items.length === 0 ? (
        <ErrorPanel error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`}>{t('admin.audit.results', { count: items.length, more: audit.hasNextPage ? 'yes' : 'no' })}</h2>
          {items.length === 0 ? (
            <p className="empty-state">{t('admin.audit.empty')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby={`${id}-results`} tabIndex={0}>
              <table className="data-table audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.audit.when')}</th>
                    <th scope="col">{t('admin.audit.who')}</th>
                    <th scope="col">{t('admin.audit.action')}</th>
                    <th scope="col">{t('admin.audit.what')}</th>
                    <th scope="col">{t('admin.audit.reason')}</th>
                    <th scope="col">{t('admin.audit.ip')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((entry) => (
                    <tr key={entry.id}>
                      <td>
                        <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
                      </td>
                      <td>{entry.user ? `${entry.user.name} (${entry.user.email})` : entry.actor}</td>
                      <td>
                        <code>{entry.action}</code>
                      </td>
                      <td>
                        {entry.entity} {entry.entityId}
                        {entry.indicator ? ` · ${entry.indicator}` : ''}
                        {entry.before || entry.after ? (
                          <details className="audit-details">
                            <summary>{t('admin.audit.details')}</summary>
                            {entry.before ? (
                              <>
                                <p className="note">{t('admin.audit.before')}</p>
                                <pre>{JSON.stringify(entry.before, null, 2)}</pre>
                              </>
                            ) : null}
                            {entry.after ? (
                              <>
                                <p className="note">{t('admin.audit.after')}</p>
                                <pre>{JSON.stringify(entry.after, null, 2)}</pre>
                              </>
                            ) : null}
                          </details>
                        ) : null}
                      </td>
                      <td>{entry.reason || t('common.none')}</td>
                      <td>{entry.ip ?? t('common.none')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {audit.hasNextPage ? (
            <button type="button" className="button button--secondary" disabled={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
              {audit.isFetchingNextPage ? t('common.loading') : t('admin.audit.more')}
            </button>
          ) : null}
          {audit.isError && items.length > 0 ? <ErrorPanel error={audit.error} onRetry={() => void audit.fetchNextPage()} /> : null}
        </section>
      )}
    </>
  )
}
