import { RefreshCw } from 'lucide-react'
import { formatDateTime } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import type { ImportConflict } from '../api/schemas.ts'
import type { ImportLabels } from '../utils/labels.ts'

interface ConflictListProps {
  conflicts: readonly ImportConflict[]
  /** Every stale point (the API lists at most 500 of them). */
  total: number
  labels: ImportLabels
}

/** The points changed by someone else since the dry run (or the commit): who, when, and their value now. */
export function ConflictList({ conflicts, total, labels }: ConflictListProps) {
  const { t, lang } = useI18n()
  return (
    <>
      <ul className="plain-list check-list">
        {conflicts.map((c) => {
          const cell = `${labels.indicatorName(c.indicator)} · ${t('admin.grid.cellName', { country: labels.countryName(c.country), period: c.period })}`
          return (
            <li key={`${c.indicator}|${c.country}|${c.period}`} className="check check--stale">
              <RefreshCw aria-hidden="true" size={16} />
              <span>
                {c.current
                  ? t(c.current.deleted ? 'admin.imports.conflict.deleted' : 'admin.imports.conflict.changed', {
                      cell,
                      author: c.current.author,
                      when: formatDateTime(c.current.updatedAt, lang),
                      value: c.current.value === null ? t('admin.grid.empty') : labels.formatValue(c.indicator, c.current.value),
                    })
                  : t('admin.imports.conflict.missing', { cell })}
              </span>
            </li>
          )
        })}
      </ul>
      {total > conflicts.length ? <p className="note">{t('admin.imports.conflict.more', { count: total - conflicts.length })}</p> : null}
    </>
  )
}
