import { AppLink } from '@/components/ui/app-link.tsx'
import { DISPLAY_COUNTRIES } from '@/components/ui/country-style.ts'
import { gate } from '@/components/ui/query-gate.tsx'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { paths } from '@/config/paths.ts'
import { useCountries } from '@/features/catalog/api/get-countries.ts'
import { useProgress } from '@/features/progress/api/get-progress.ts'
import { formatScore } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

export function CountriesRoute() {
  const { t, l, lang } = useI18n()
  useDocumentTitle(t('countries.docTitle'))
  const countries = useCountries()
  const progress = useProgress()
  const state = gate([countries, progress])
  return (
    <div className="page">
      <h1>{t('countries.title')}</h1>
      <p className="lede">{t('countries.intro')}</p>
      {state.ready ? (
        <ul className="link-cards">
          {DISPLAY_COUNTRIES.map((code) => {
            const country = state.data[0].find((c) => c.code === code)
            const overall = state.data[1].countries.find((c) => c.country === code)
            const name = country ? l(country.name) : code
            return (
              <li key={code} className="link-card">
                <h2>
                  <AppLink to={paths.country.build(code)}>{name}</AppLink>
                </h2>
                {overall ? (
                  <p>
                    <StatusChip status={overall.status} />{' '}
                    {t('countries.summary', {
                      score: overall.score === null ? t('common.none') : formatScore(overall.score, lang),
                      assessed: overall.assessed,
                      total: overall.total,
                    })}
                  </p>
                ) : null}
              </li>
            )
          })}
        </ul>
      ) : (
        state.element
      )}
    </div>
  )
}
