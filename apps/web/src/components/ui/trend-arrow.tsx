import type { TrendDirection } from '@nap/domain'
import { useI18n } from '@/i18n/use-i18n.ts'
import { TREND_ICON } from './status-meta.ts'

/** The 5-year trend as an arrow with its word. */
export function TrendArrow({ direction }: { direction: TrendDirection }) {
  const { t } = useI18n()
  const Icon = TREND_ICON[direction]
  return (
    <span className={`trend trend--${direction}`}>
      <Icon aria-hidden="true" focusable="false" size={15} />
      <span>{t(`trend.${direction}`)}</span>
    </span>
  )
}
