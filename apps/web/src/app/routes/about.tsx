import { gate } from '@/components/ui/query-gate.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { useEvents } from '@/features/catalog/api/get-events.ts'
import { useHealth } from '@/features/catalog/api/get-health.ts'
import { useSources } from '@/features/catalog/api/get-sources.ts'
import { formatDate } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

export function AboutRoute() {
  const { t, l, lang } = useI18n()
  useDocumentTitle(t('about.docTitle'))
  const sources = useSources()
  const events = useEvents()
  const health = useHealth()
  const state = gate([sources, events, health], { loadingLines: 6 })
  return (
    <div className="page page--narrow">
      <h1>{t('about.title')}</h1>
      <p className="lede">{t('about.intro')}</p>
      <section aria-labelledby="attribution-title" className="panel">
        <h2 id="attribution-title">{t('about.attributionTitle')}</h2>
        <p className="attribution">{t('footer.attribution')}</p>
        <p className="note">{t('about.factsSources')}</p>
      </section>
      {state.ready ? (
        <>
          <section aria-labelledby="sources-title">
            <h2 id="sources-title">{t('about.sourcesTitle')}</h2>
            <ul className="source-list">
              {state.data[0].map((source) => (
                <li key={source.id} className="source-card">
                  <h3>{l(source.name)}</h3>
                  <dl className="facts-list">
                    <div>
                      <dt>{t('about.publisher')}</dt>
                      <dd>{source.publisher}</dd>
                    </div>
                    <div>
                      <dt>{t('about.licence')}</dt>
                      <dd>{source.licence}</dd>
                    </div>
                    <div>
                      <dt>{t('about.attribution')}</dt>
                      <dd>{l(source.attribution)}</dd>
                    </div>
                    <div>
                      <dt>{t('about.website')}</dt>
                      <dd>
                        <a href={source.url}>{source.url}</a>
                      </dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="database-title" className="panel">
            <h2 id="database-title">{t('about.databaseTitle')}</h2>
            <p>
              {t('about.database', {
                observations: state.data[2].observations,
                indicators: state.data[2].indicators,
                date: state.data[2].latestRevisionAt ? formatDate(state.data[2].latestRevisionAt, lang) : t('common.none'),
              })}
            </p>
          </section>
          <section aria-labelledby="events-title">
            <h2 id="events-title">{t('about.eventsTitle')}</h2>
            <dl className="facts-list">
              {state.data[1].map((event) => (
                <div key={event.slug}>
                  <dt>
                    {l(event.label)} · <time dateTime={event.date}>{formatDate(event.date, lang)}</time>
                  </dt>
                  <dd>{l(event.description)}</dd>
                </div>
              ))}
            </dl>
          </section>
          {/* After the data, not below the loading notice: it would move down when the data arrives. */}
          <section aria-labelledby="api-title">
            <h2 id="api-title">{t('about.apiTitle')}</h2>
            <p>
              {t('about.apiText')} <a href="/api/docs">/api/docs</a> · <a href="/api/openapi.json">/api/openapi.json</a>
            </p>
          </section>
        </>
      ) : (
        state.element
      )}
    </div>
  )
}
