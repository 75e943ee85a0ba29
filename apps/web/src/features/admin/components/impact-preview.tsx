import { ArrowRight } from 'lucide-react'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { useI18n } from '@/i18n/use-i18n.ts'
import type { Preview, StatusChange } from '../api/schemas.ts'
import { errorText } from '../utils/error-text.ts'

interface ImpactPreviewProps {
  preview: Preview | undefined
  /** A newer preview is on its way (the one shown is for the previous values). */
  updating: boolean
  error: unknown
  pendingCount: number
  invalidCount: number
  formatValue: (value: number) => string
  indicatorName: (slug: string) => string
  countryName: (code: string) => string
}

/**
 * What the pending values would do, before saving: each value old → new, and every status they move
 * (the country, North America where its aggregate moves, derived indicators), the goal roll-ups and
 * the overall scores, before → after with the status icons and words used everywhere else.
 */
export function ImpactPreview({ preview, updating, error, pendingCount, invalidCount, formatValue, indicatorName, countryName }: ImpactPreviewProps) {
  const { t } = useI18n()
  const moved = preview
    ? [...preview.assessments, ...preview.goals, ...preview.countries].filter((row) => row.before.status !== row.after.status).length
    : 0
  let summary: string
  if (pendingCount === 0) summary = invalidCount > 0 ? t('admin.preview.fixFirst', { count: invalidCount }) : t('admin.preview.nothing')
  else if (invalidCount > 0) summary = t('admin.preview.fixFirst', { count: invalidCount })
  else if (!preview || updating) summary = t('admin.preview.computing')
  else summary = t('admin.preview.summary', { values: pendingCount, moved })
  const stale = updating || invalidCount > 0 || pendingCount === 0

  return (
    <section className="impact-preview panel" aria-labelledby="impact-preview-title" aria-busy={updating}>
      <h2 id="impact-preview-title">{t('admin.preview.title')}</h2>
      <p role="status" className="impact-preview__summary">
        {summary}
      </p>
      {error && pendingCount > 0 && invalidCount === 0 ? (
        <p className="form-error" role="alert">
          {errorText(error, t)}
        </p>
      ) : null}
      {preview && pendingCount > 0 ? (
        <div className={stale ? 'impact-preview__body impact-preview__body--stale' : 'impact-preview__body'}>
          <h3>{t('admin.preview.values')}</h3>
          <ul className="plain-list impact-list">
            {preview.cells.map((cell) => (
              <li key={`${cell.country}|${cell.period}`}>
                <span className="impact-list__what">{t('admin.grid.cellName', { country: countryName(cell.country), period: cell.period })}</span>{' '}
                <span className="value-change">
                  {cell.from === null ? t('admin.grid.empty') : formatValue(cell.from)} <Arrow />{' '}
                  {cell.to === null ? t('admin.grid.empty') : formatValue(cell.to)}
                </span>
              </li>
            ))}
          </ul>
          <h3>{t('admin.preview.statuses')}</h3>
          {preview.assessments.length === 0 ? (
            <p className="note">{t('admin.preview.noAssessment')}</p>
          ) : (
            <ul className="plain-list impact-list">
              {preview.assessments.map((a) => (
                <ImpactRow key={`${a.indicator}|${a.country}`} label={`${indicatorName(a.indicator)} · ${countryName(a.country)}`} before={a.before} after={a.after} />
              ))}
            </ul>
          )}
          {preview.goals.length > 0 ? (
            <>
              <h3>{t('admin.preview.goals')}</h3>
              <ul className="plain-list impact-list">
                {preview.goals.map((g) => (
                  <ImpactRow key={`${g.goalId}|${g.country}`} label={`${t('common.goal', { id: g.goalId })} · ${countryName(g.country)}`} before={g.before} after={g.after} />
                ))}
              </ul>
            </>
          ) : null}
          {preview.countries.length > 0 ? (
            <>
              <h3>{t('admin.preview.overall')}</h3>
              <ul className="plain-list impact-list">
                {preview.countries.map((c) => (
                  <ImpactRow key={c.country} label={countryName(c.country)} before={c.before} after={c.after} />
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}

/** "→", read as "to". */
export function Arrow() {
  const { t } = useI18n()
  return (
    <>
      <ArrowRight aria-hidden="true" focusable="false" size={14} className="arrow-icon" />
      <span className="visually-hidden"> {t('admin.preview.to')} </span>
    </>
  )
}

function ImpactRow({ label, before, after }: { label: string; before: StatusChange; after: StatusChange }) {
  const { t } = useI18n()
  const same = before.status === after.status
  return (
    <li className={same ? 'impact-row' : 'impact-row impact-row--moves'}>
      <span className="impact-row__label">{label}</span>
      <span className="impact-row__statuses">
        <StatusChip status={before.status} size="sm" />
        <span className="impact-row__after">
          <Arrow />
          <StatusChip status={after.status} size="sm" />
        </span>
        <span className="impact-row__verdict">{same ? t('admin.preview.unchanged') : t('admin.preview.moves')}</span>
      </span>
    </li>
  )
}
