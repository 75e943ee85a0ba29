import type { CountryCode } from '@nap/domain'
import type { Country } from '@nap/schemas'
import { AppLink } from '@/components/ui/app-link.tsx'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { paths } from '@/config/paths.ts'
import { formatScore } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import type { StatusMatrixModel } from '../utils/build-status-matrix.ts'

interface StatusMatrixProps {
  model: StatusMatrixModel
  countries: readonly Country[]
}

/**
 * Goals × countries: each goal name links to its goal page; each cell is a link to the goal for that
 * country with the status as icon, words and colour, and how many indicators could be assessed. Every
 * link is named in full ("Goal 1, Mexico: Off track, 5 of 7 indicators assessed") so it makes sense
 * out of the table (a screen reader's list of links). On narrow screens the rows stack.
 */
export function StatusMatrix({ model, countries }: StatusMatrixProps) {
  const { t, l, lang } = useI18n()
  const nameOf = (code: CountryCode) => {
    const country = countries.find((c) => c.code === code)
    return country ? l(country.name) : code
  }
  return (
    <table className="status-matrix" role="table">
      <caption>{t('overview.matrixCaption')}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">{t('overview.goalColumn')}</th>
          {model.countries.map((code) => (
            <th scope="col" role="columnheader" key={code}>
              {nameOf(code)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {model.rows.map(({ goal, cells }) => (
          <tr key={goal.id} role="row">
            <th scope="row" role="rowheader">
              <AppLink
                className="status-matrix__goal"
                to={paths.goal.build(goal.id)}
                aria-label={t('overview.goalLink', { id: goal.id, name: l(goal.shortName) })}
              >
                <span className="status-matrix__goal-number">{goal.id}</span>{' '}
                <span className="status-matrix__goal-name">{l(goal.shortName)}</span>
              </AppLink>
            </th>
            {cells.map((cell, index) => {
              const code = model.countries[index] as CountryCode
              if (!cell) {
                return (
                  <td key={code} role="cell" data-label={nameOf(code)}>
                    <span className="matrix-cell matrix-cell--empty">{t('overview.noAssessment')}</span>
                  </td>
                )
              }
              const coverage = t('overview.cellCoverage', { assessed: cell.assessed, total: cell.total })
              // The name holds the visible words (status, coverage) whole, after the goal and country.
              const name = t('overview.cellLabel', { id: goal.id, country: nameOf(code), status: t(`status.${cell.status}`), coverage })
              return (
                <td key={code} role="cell" data-label={nameOf(code)}>
                  <AppLink className="matrix-cell" to={paths.goal.build(goal.id, code)} aria-label={name}>
                    <StatusChip status={cell.status} /> <span className="matrix-cell__coverage">{coverage}</span>
                  </AppLink>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
      <tfoot role="rowgroup">
        <tr role="row">
          <th scope="row" role="rowheader">{t('overview.overall')}</th>
          {model.overall.map((cell, index) => {
            const code = model.countries[index] as CountryCode
            const score = cell?.score == null ? t('common.none') : formatScore(cell.score, lang)
            return (
              <td key={code} role="cell" data-label={nameOf(code)}>
                {cell ? (
                  <AppLink
                    className="matrix-cell matrix-cell--overall"
                    to={paths.country.build(code)}
                    aria-label={t('overview.overallLabel', { country: nameOf(code), score, status: t(`status.${cell.status}`) })}
                  >
                    <span className="matrix-cell__score">{score}</span> <StatusChip status={cell.status} size="sm" />
                  </AppLink>
                ) : (
                  <span className="matrix-cell matrix-cell--empty">{t('common.none')}</span>
                )}
              </td>
            )
          })}
        </tr>
      </tfoot>
    </table>
  )
}
