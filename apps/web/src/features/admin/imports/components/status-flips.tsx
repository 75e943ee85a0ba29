import { StatusChip } from '@/components/ui/status-chip.tsx'
import { useI18n } from '@/i18n/use-i18n.ts'
import { Arrow } from '../../components/impact-preview.tsx'
import type { StatusFlip } from '../api/schemas.ts'
import type { ImportLabels } from '../utils/labels.ts'

/** The statuses a commit or a revert moved, before → after (or that none moved). */
export function StatusFlips({ flips, labels }: { flips: readonly StatusFlip[]; labels: ImportLabels }) {
  const { t } = useI18n()
  if (flips.length === 0) return <p>{t('admin.entry.noFlip')}</p>
  return (
    <>
      <p>{t('admin.imports.flips', { count: flips.length })}</p>
      <ul className="plain-list impact-list">
        {flips.map((f) => (
          <li key={`${f.indicator}|${f.country}`} className="impact-row impact-row--moves">
            <span className="impact-row__label">
              {labels.indicatorName(f.indicator)} · {labels.countryName(f.country)}
            </span>
            <span className="impact-row__statuses">
              <StatusChip status={f.from} size="sm" />
              <span className="impact-row__after">
                <Arrow />
                <StatusChip status={f.to} size="sm" />
              </span>
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
