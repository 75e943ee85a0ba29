import { useId } from 'react'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { useI18n } from '@/i18n/use-i18n.ts'
import { Arrow } from '../../components/impact-preview.tsx'
import type { ImportImpact as Impact } from '../api/schemas.ts'
import type { ImportLabels } from '../utils/labels.ts'

interface ImportImpactProps {
  impact: Impact | null
  labels: ImportLabels
  /** What the statuses describe: before the commit (a dry run) or what the commit did. */
  applied: boolean
}

interface Row {
  key: string
  label: string
  before: Impact['assessments'][number]['before']
  after: Impact['assessments'][number]['after']
}

/**
 * The statuses the import moves, before → after with the status chips (icon + words) used
 * everywhere: the assessments, the goal roll-ups and the overall scores. Those that stay are listed
 * behind a disclosure, so a large import does not bury what moves.
 */
export function ImportImpact({ impact, labels, applied }: ImportImpactProps) {
  const { t } = useI18n()
  const id = useId()
  const groups: { title: string; rows: Row[] }[] = impact
    ? [
        {
          title: t('admin.preview.statuses'),
          rows: impact.assessments.map((a) => ({
            key: `${a.indicator}|${a.country}`,
            label: `${labels.indicatorName(a.indicator)} · ${labels.countryName(a.country)}`,
            before: a.before,
            after: a.after,
          })),
        },
        {
          title: t('admin.preview.goals'),
          rows: impact.goals.map((g) => ({
            key: `${g.goalId}|${g.country}`,
            label: `${t('common.goal', { id: g.goalId })} · ${labels.countryName(g.country)}`,
            before: g.before,
            after: g.after,
          })),
        },
        {
          title: t('admin.preview.overall'),
          rows: impact.countries.map((c) => ({ key: c.country, label: labels.countryName(c.country), before: c.before, after: c.after })),
        },
      ]
    : []
  const moved = groups.reduce((n, g) => n + g.rows.filter((r) => r.before.status !== r.after.status).length, 0)
  const assessed = impact?.assessments.length ?? 0
  return (
    <section className="impact-preview import-impact panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.imports.impact.title')}</h3>
      <p className="impact-preview__summary">
        {impact === null || assessed === 0
          ? t('admin.imports.impact.none')
          : t(applied ? 'admin.imports.impact.applied' : 'admin.imports.impact.summary', { assessed, moved })}
      </p>
      {groups.map((group) => {
        const moving = group.rows.filter((r) => r.before.status !== r.after.status)
        const staying = group.rows.filter((r) => r.before.status === r.after.status)
        if (group.rows.length === 0) return null
        return (
          <div key={group.title} className="import-impact__group">
            <h4>{group.title}</h4>
            {moving.length > 0 ? (
              <ul className="plain-list impact-list">
                {moving.map((row) => (
                  <ImpactRow key={row.key} row={row} />
                ))}
              </ul>
            ) : null}
            {staying.length > 0 ? (
              <details className="import-impact__staying">
                <summary>{t('admin.imports.impact.staying', { count: staying.length })}</summary>
                <ul className="plain-list impact-list">
                  {staying.map((row) => (
                    <ImpactRow key={row.key} row={row} />
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
        )
      })}
    </section>
  )
}

function ImpactRow({ row }: { row: Row }) {
  const { t } = useI18n()
  const same = row.before.status === row.after.status
  return (
    <li className={same ? 'impact-row' : 'impact-row impact-row--moves'}>
      <span className="impact-row__label">{row.label}</span>
      <span className="impact-row__statuses">
        <StatusChip status={row.before.status} size="sm" />
        <span className="impact-row__after">
          <Arrow />
          <StatusChip status={row.after.status} size="sm" />
        </span>
        <span className="impact-row__verdict">{same ? t('admin.preview.unchanged') : t('admin.preview.moves')}</span>
      </span>
    </li>
  )
}
