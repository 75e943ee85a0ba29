import type { ReactNode } from 'react'
import { useI18n } from '@/i18n/use-i18n.ts'

/** A polite loading notice; `lines` draws a placeholder of about the final height. */
export function Loading({ lines = 3, label }: { lines?: number; label?: string }) {
  const { t } = useI18n()
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      <span aria-hidden="true" className="loading__text">
        {label ?? t('common.loading')}
      </span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="loading__bar" aria-hidden="true" />
      ))}
    </div>
  )
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>
}
