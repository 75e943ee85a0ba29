import { useSearchParams } from 'react-router'
import { gate } from '@/components/ui/query-gate.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { useCountries } from '@/features/catalog/api/get-countries.ts'
import { ChangeFeed } from '@/features/changes/components/change-feed.tsx'
import type { ChangeFilter } from '@/features/changes/api/get-changes.ts'
import { useIndicators } from '@/features/indicators/api/get-indicators.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

/** /changes?indicator=&country=: the public change feed. */
export function ChangesRoute() {
  const { t, l } = useI18n()
  useDocumentTitle(t('changes.docTitle'))
  const [search, setSearch] = useSearchParams()
  const filter: ChangeFilter = { indicator: search.get('indicator') ?? undefined, country: search.get('country') ?? undefined }
  const indicators = useIndicators()
  const countries = useCountries()
  const state = gate([indicators, countries], { loadingLines: 6 })
  const onFilter = (next: ChangeFilter) => {
    const params = new URLSearchParams(search)
    for (const key of ['indicator', 'country'] as const) {
      const value = next[key]
      if (value) params.set(key, value)
      else params.delete(key)
    }
    setSearch(params)
  }
  return (
    <div className="page page--narrow changes-page">
      <h1>{t('changes.title')}</h1>
      <p className="lede">{t('changes.intro')}</p>
      {state.ready ? (
        <ChangeFeed
          key={`${filter.indicator ?? ''}|${filter.country ?? ''}`}
          filter={filter}
          onFilter={onFilter}
          indicators={state.data[0]}
          countryNames={Object.fromEntries(state.data[1].map((c) => [c.code, l(c.name)]))}
        />
      ) : (
        state.element
      )}
    </div>
  )
}
