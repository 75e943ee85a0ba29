import { useEffect, useRef } from 'react'
import { X } from 'lucide-react'
import { gate } from '@/components/ui/query-gate.tsx'
import { formatDateTime } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useCellHistory } from '../api/observations.ts'
import { Arrow } from './impact-preview.tsx'

interface CellHistoryProps {
  slug: string
  country: string
  period: string
  title: string
  formatValue: (value: number) => string
  onClose: () => void
}

/** Every revision of one cell, newest first (GET …/revisions?country=&period=), opened on demand. */
export function CellHistory({ slug, country, period, title, formatValue, onClose }: CellHistoryProps) {
  const { t, lang } = useI18n()
  const history = useCellHistory(slug, country, period, true)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [country, period])
  const state = gate([history], { loadingLines: 3 })
  return (
    <section className="cell-history panel" aria-labelledby="cell-history-title">
      <div className="cell-history__head">
        <h2 id="cell-history-title" ref={heading} tabIndex={-1}>
          {t('admin.history.title', { cell: title })}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          <X aria-hidden="true" size={16} /> {t('admin.history.close')}
        </button>
      </div>
      {!state.ready ? (
        state.element
      ) : state.data[0].items.length === 0 ? (
        <p>{t('admin.history.none')}</p>
      ) : (
        <ol className="plain-list history-list">
          {state.data[0].items.map((revision) => (
            <li key={revision.id}>
              <p className="history-list__when">
                <time dateTime={revision.at}>{formatDateTime(revision.at, lang)}</time> · {t(`record.action.${revision.action}`)} ·{' '}
                {t('record.by', { author: revision.author })}
              </p>
              <p className="value-change">
                {revision.oldValue === null ? t('admin.grid.empty') : formatValue(revision.oldValue)} <Arrow />{' '}
                {revision.deleted || revision.newValue === null ? t('record.deleted') : formatValue(revision.newValue)}
              </p>
              {revision.reason ? <p className="history-list__reason">{t('record.reason', { reason: revision.reason })}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
