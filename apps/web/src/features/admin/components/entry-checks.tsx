import { useId } from 'react'
import { TriangleAlert, RefreshCw } from 'lucide-react'
import { formatDateTime } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import type { Conflict, Outlier } from '../api/schemas.ts'

interface EntryChecksProps {
  outliers: readonly Outlier[]
  conflicts: readonly Conflict[]
  confirm: boolean
  onConfirm: (confirm: boolean) => void
  formatValue: (value: number) => string
  countryName: (code: string) => string
}

/**
 * The server's warnings on the pending values: unusual values (the outlier check: a jump of more than
 * 4 × the series' median change, or a level outside its widened range) with a confirmation, and cells
 * someone else changed since the grid was loaded, with their current value and author.
 */
export function EntryChecks({ outliers, conflicts, confirm, onConfirm, formatValue, countryName }: EntryChecksProps) {
  const { t, lang } = useI18n()
  const id = useId()
  if (outliers.length === 0 && conflicts.length === 0) return null
  const cellName = (country: string, period: string) => t('admin.grid.cellName', { country: countryName(country), period })
  return (
    <section className="entry-checks panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.checks.title')}</h2>
      {outliers.length > 0 ? (
        <>
          <ul className="plain-list check-list">
            {outliers.map((o) => (
              <li key={`${o.country}|${o.period}`} className="check check--outlier">
                <TriangleAlert aria-hidden="true" size={16} />
                <span>
                  <strong>{t('admin.checks.outlier', { cell: cellName(o.country, o.period), value: formatValue(o.value) })}</strong>{' '}
                  {o.reasons.includes('change') && o.previous && o.change !== null
                    ? t('admin.checks.outlierChange', {
                        change: formatValue(Math.abs(o.change)),
                        period: o.previous.period,
                        previous: formatValue(o.previous.value),
                        limit: formatValue(o.limit),
                      })
                    : null}{' '}
                  {o.reasons.includes('level')
                    ? t('admin.checks.outlierLevel', { min: formatValue(o.allowedMin), max: formatValue(o.allowedMax) })
                    : null}
                </span>
              </li>
            ))}
          </ul>
          <div className="field field--check">
            <input id={`${id}-confirm`} type="checkbox" checked={confirm} onChange={(e) => onConfirm(e.target.checked)} />
            <label htmlFor={`${id}-confirm`}>{t('admin.checks.confirm', { count: outliers.length })}</label>
          </div>
        </>
      ) : null}
      {conflicts.length > 0 ? (
        <ul className="plain-list check-list">
          {conflicts.map((c) => (
            <li key={`${c.country}|${c.period}`} className="check check--stale">
              <RefreshCw aria-hidden="true" size={16} />
              <span>
                {c.current
                  ? t(c.current.deleted ? 'admin.checks.staleDeleted' : 'admin.checks.stale', {
                      cell: cellName(c.country, c.period),
                      author: c.current.author,
                      when: formatDateTime(c.current.updatedAt, lang),
                      value: c.current.value === null ? t('admin.grid.empty') : formatValue(c.current.value),
                      version: c.current.version,
                    })
                  : t('admin.checks.staleMissing', { cell: cellName(c.country, c.period) })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
