import { StatusChip } from '@/components/ui/status-chip.tsx'
import { STATUS_ORDER } from '@/components/ui/status-meta.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

/** Every status with its icon, word, colour and one-line meaning. */
export function StatusLegend() {
  const { t } = useI18n()
  return (
    <dl className="status-legend">
      {STATUS_ORDER.map((status) => (
        <div key={status} className="status-legend__item">
          <dt>
            <StatusChip status={status} size="sm" />
          </dt>
          <dd>{t(`statusDesc.${status}`)}</dd>
        </div>
      ))}
    </dl>
  )
}
