import type { IndicatorDetail } from '@nap/schemas'
import { DISPLAY_COUNTRIES } from '@/components/ui/country-style.ts'
import { formatValue, formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { TargetHistory } from './target-history.tsx'

interface AboutPanelProps {
  indicator: IndicatorDetail
  countryNames: Partial<Record<string, string>>
  /** Name of the indicator used as the North America weight, if any. */
  weightName?: string | undefined
}

/** Definition, unit, source, licence, attribution, method, and every target with its origin and rationale. */
export function AboutPanel({ indicator, countryNames, weightName }: AboutPanelProps) {
  const { t, l, lang } = useI18n()
  const spec = { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals }
  const fmt = (value: number) => formatValue(value, spec, lang, { compact: false })
  const order = (code: string) => {
    const index = (DISPLAY_COUNTRIES as readonly string[]).indexOf(code)
    return index === -1 ? 99 : index
  }
  const targets = [...indicator.targets].sort((a, b) => order(a.country) - order(b.country))
  const coverage = [...indicator.coverage].sort((a, b) => order(a.country) - order(b.country))
  return (
    <section className="about-panel" aria-labelledby="about-title">
      <h2 id="about-title">{t('tab.about')}</h2>
      <dl className="facts-list">
        <div>
          <dt>{t('about.definition')}</dt>
          <dd>{l(indicator.definition)}</dd>
        </div>
        <div>
          <dt>{t('about.unit')}</dt>
          <dd>{l(indicator.unit)}</dd>
        </div>
        <div>
          <dt>{t('about.source')}</dt>
          <dd>
            {indicator.source.publisher}, <a href={indicator.sourceUrl || indicator.source.url}>{l(indicator.source.name)}</a>
          </dd>
        </div>
        {indicator.sourceCode ? (
          <div>
            <dt>{t('about.code')}</dt>
            <dd>
              <code>{indicator.sourceCode}</code>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('about.licence')}</dt>
          <dd>{indicator.source.licence}</dd>
        </div>
        <div>
          <dt>{t('about.attribution')}</dt>
          <dd>{l(indicator.source.attribution)}</dd>
        </div>
        <div>
          <dt>{t('about.method')}</dt>
          <dd>{t(`why.method.${indicator.method}`)}</dd>
        </div>
        <div>
          <dt>{t('about.window')}</dt>
          <dd>{t('about.windowValue', { years: indicator.windowYears })}</dd>
        </div>
        <div>
          <dt>{t('about.direction')}</dt>
          <dd>{t(indicator.direction === 1 ? 'about.directionUp' : 'about.directionDown')}</dd>
        </div>
        <div>
          <dt>{t('about.frequency')}</dt>
          <dd>{t(`about.frequency.${indicator.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('about.namRule')}</dt>
          <dd>{t(`about.namRule.${indicator.namRule}`, { weight: weightName ?? indicator.namWeight ?? '' })}</dd>
        </div>
        {indicator.formula ? (
          <div>
            <dt>{t('about.formula')}</dt>
            <dd>
              <code>{indicator.formula}</code>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('about.coverage')}</dt>
          <dd>
            <ul className="plain-list">
              {coverage.map((c) => (
                <li key={c.country}>
                  {countryNames[c.country] ?? c.country}: {t('about.coverageValue', { from: formatYear(c.firstYear), to: formatYear(c.lastYear), count: c.count })}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>

      {targets.length ? (
        <>
          <h3>{t('about.targets')}</h3>
          <div className="table-scroll" role="region" aria-label={t('about.targets')} tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('common.country')}</th>
                  <th scope="col">{t('common.target')}</th>
                  <th scope="col">{t('about.baselineYear')}</th>
                  <th scope="col">{t('about.milestones')}</th>
                  <th scope="col">{t('about.origin')}</th>
                  <th scope="col">{t('about.rationale')}</th>
                </tr>
              </thead>
              <tbody>
                {targets.map((target) => (
                  <tr key={target.country}>
                    <th scope="row">{countryNames[target.country] ?? target.country}</th>
                    <td>
                      {target.value !== null
                        ? `${fmt(target.value)} (${formatYear(target.year)})`
                        : target.bands
                          ? `${t('about.bands')}: ${target.bands.map(fmt).join(' / ')}`
                          : t('common.none')}
                    </td>
                    <td>{target.baselineYear === null ? t('common.none') : formatYear(target.baselineYear)}</td>
                    <td>{target.milestones.length ? target.milestones.map((m) => `${formatYear(m.year)}: ${fmt(m.value)}`).join(' · ') : t('common.none')}</td>
                    <td>
                      <span className="origin-badge">{t(`origin.${target.origin}`)}</span> {t(`originTitle.${target.origin}`)}
                    </td>
                    <td>{l(target.rationale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('targetHistory.title')}</h3>
          <p className="note">{t('targetHistory.intro')}</p>
          {targets.map((target) => (
            <TargetHistory key={target.country} slug={indicator.slug} country={target.country} countryName={countryNames[target.country] ?? target.country} spec={spec} />
          ))}
        </>
      ) : (
        <p>{t('indicator.context')}</p>
      )}
    </section>
  )
}
