import type { AssessmentDto, IndicatorSummary } from '@nap/schemas'
import { AppLink } from '@/components/ui/app-link.tsx'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { paths } from '@/config/paths.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { formatContext } from '../utils/format-context.ts'
import { whyFormula, whyRows } from '../utils/why-explanation.ts'

interface WhyPanelProps {
  indicator: IndicatorSummary
  /** The assessments of the selected countries, in display order. */
  assessments: readonly AssessmentDto[]
  countryNames: Partial<Record<string, string>>
}

/** Every input of each status and the formula with the numbers filled in. */
export function WhyPanel({ indicator, assessments, countryNames }: WhyPanelProps) {
  const { t, lang } = useI18n()
  const ctx = formatContext(indicator, lang, t)
  return (
    <section className="why-panel" aria-labelledby="why-title">
      <h2 id="why-title">{t('why.title')}</h2>
      <p>{t('why.intro')}</p>
      {assessments.map((a) => {
        const name = countryNames[a.country] ?? a.country
        const headingId = `why-${a.country}`
        return (
          <section key={a.country} className="why-panel__country" aria-labelledby={headingId}>
            <h3 id={headingId} className="why-panel__heading">
              <span>{name}</span> <StatusChip status={a.status} />
            </h3>
            <div className="table-scroll" role="region" aria-label={t('why.caption', { country: name })} tabIndex={0}>
              <table className="data-table why-table">
                <caption className="visually-hidden">{t('why.caption', { country: name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('why.input')}</th>
                    <th scope="col">{t('why.value')}</th>
                  </tr>
                </thead>
                <tbody>
                  {whyRows(ctx, a).map((row) => (
                    <tr key={row.id} data-input={row.id}>
                      <th scope="row">{row.label}</th>
                      <td>{row.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h4>{t('why.formulaTitle')}</h4>
            <ol className="why-panel__formula">
              {whyFormula(ctx, a).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </section>
        )
      })}
      <p>
        <AppLink to={paths.methodology.build()}>{t('why.methodologyLink')}</AppLink>
      </p>
    </section>
  )
}
