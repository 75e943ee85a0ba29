import type { CSSProperties } from 'react'
import type { Status } from '@nap/domain'
import { useI18n } from '@/i18n/use-i18n.ts'
import { STATUS_META } from './status-meta.ts'

interface StatusChipProps {
  status: Status
  /** Written before the status, e.g. the country name: "Mexico: Off track". */
  label?: string
  size?: 'sm' | 'md'
}

/** A status as icon + words + colour (never colour alone). */
export function StatusChip({ status, label, size = 'md' }: StatusChipProps) {
  const { t } = useI18n()
  const { icon: Icon, colour } = STATUS_META[status]
  return (
    <span className={`status-chip status-chip--${size}`} style={{ '--status-colour': colour } as CSSProperties} data-status={status}>
      <Icon className="status-chip__icon" aria-hidden="true" focusable="false" size={size === 'sm' ? 14 : 16} strokeWidth={2.25} />
      {label ? <span className="status-chip__label">{label}: </span> : null}
      <span className="status-chip__text">{t(`status.${status}`)}</span>
    </span>
  )
}
