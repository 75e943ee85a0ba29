import { TriangleAlert } from 'lucide-react'
import { useI18n } from '@/i18n/use-i18n.ts'
import { IMPORT_VERDICTS, type ImportSummary as Summary } from '../api/schemas.ts'
import { VerdictBadge } from './verdict-badge.tsx'

interface ImportSummaryProps {
  summary: Summary
  outliers: number
}

/** How many values of the file got each verdict, and how many new or changed values look unusual. */
export function ImportSummary({ summary, outliers }: ImportSummaryProps) {
  const { t } = useI18n()
  const total = IMPORT_VERDICTS.reduce((sum, verdict) => sum + summary[verdict], 0)
  return (
    <div className="import-summary">
      <p className="import-summary__sentence">{t('admin.imports.summary.sentence', { total, apply: summary.new + summary.changed })}</p>
      <dl className="import-counts">
        {IMPORT_VERDICTS.map((verdict) => (
          <div key={verdict} className={`import-counts__item import-counts__item--${verdict}`}>
            <dt>
              <VerdictBadge verdict={verdict} />
            </dt>
            <dd>{t('admin.imports.summary.count', { count: summary[verdict] })}</dd>
          </div>
        ))}
      </dl>
      {outliers > 0 ? (
        <p className="check check--outlier">
          <TriangleAlert aria-hidden="true" size={16} />
          <span>{t('admin.imports.summary.outliers', { count: outliers })}</span>
        </p>
      ) : null}
    </div>
  )
}
