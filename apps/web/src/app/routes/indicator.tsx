import { useEffect, useMemo, useRef } from 'react'
import { useParams, useSearchParams } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import type { CountryCode, TargetOrigin } from '@nap/domain'
import type { ChartEvent, IndicatorDetail, Progress, Series } from '@nap/schemas'
import { ErrorBoundary } from '@/components/errors/error-boundary.tsx'
import { ErrorPanel } from '@/components/errors/error-panel.tsx'
import { NotFound } from '@/components/errors/not-found.tsx'
import { AppLink } from '@/components/ui/app-link.tsx'
import { chunkComponent } from '@/components/ui/chunk-component.tsx'
import { COUNTRY_STYLE, DISPLAY_COUNTRIES, isDisplayCountry } from '@/components/ui/country-style.ts'
import { Loading } from '@/components/ui/loading.tsx'
import { gate } from '@/components/ui/query-gate.tsx'
import { useDeferredReady } from '@/components/ui/use-deferred-ready.ts'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { panelId, tabId, Tabs } from '@/components/ui/tabs.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { useElementPainted } from '@/components/ui/use-element-painted.ts'
import { paths, type IndicatorTab } from '@/config/paths.ts'
import { useCountries } from '@/features/catalog/api/get-countries.ts'
import { useEvents } from '@/features/catalog/api/get-events.ts'
import { useIndicator } from '@/features/indicators/api/get-indicator.ts'
import { indicatorSeriesQueryOptions, useIndicatorSeries } from '@/features/indicators/api/get-indicator-series.ts'
import { AboutPanel } from '@/features/indicators/components/about-panel.tsx'
import { ChartLegend } from '@/features/indicators/components/chart-legend.tsx'
import { ChartPlaceholder, ChartSlot } from '@/features/indicators/components/chart-slot.tsx'
import { ChartSummary } from '@/features/indicators/components/chart-summary.tsx'
import { DownloadMenu, type DownloadKind } from '@/features/indicators/components/download-menu.tsx'
import { PATH_COLOUR, PATH_DASH, PROJECTION_DASH } from '@/features/indicators/components/chart-lines.ts'
import { SeriesTable } from '@/features/indicators/components/series-table.tsx'
import { ViewControls } from '@/features/indicators/components/view-controls.tsx'
import { WhyPanel } from '@/features/indicators/components/why-panel.tsx'
import {
  availableCountries,
  parseIndicatorView,
  writeIndicatorView,
  type IndicatorViewState,
} from '@/features/indicators/utils/indicator-view.ts'
import { toChartData } from '@/features/indicators/utils/to-chart-data.ts'
import { useIndicatorProgress } from '@/features/progress/api/get-indicator-progress.ts'
import { downloadBlob, downloadText } from '@/lib/download.ts'
import { formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

const TAB_PREFIX = 'indicator'
/** The chart title's Element Timing name: the chart waits for its paint. */
const CHART_TITLE_TIMING = 'chart-title'

/**
 * The chart (Recharts, most of this page's code) is its own chunk, requested as soon as the page is
 * on screen (while its data is still arriving): the page, its statuses and the chart's title are drawn
 * without waiting for it, and its frame keeps the chart's height meanwhile.
 */
const loadIndicatorChart = () => import('@/features/indicators/components/indicator-chart.tsx')
const IndicatorChart = chunkComponent(() => loadIndicatorChart().then((m) => m.IndicatorChart), <ChartPlaceholder />)

export function IndicatorRoute() {
  const { slug = '' } = useParams()
  const { t } = useI18n()
  const indicator = useIndicator(slug)
  // The page starts with the statuses and the country names it shows above the tabs (all three were
  // requested at once, route-data.ts), so nothing above the chart moves when they arrive.
  const countries = useCountries()
  const progress = useIndicatorProgress(slug)
  const notFound = <NotFound title={t('indicator.notFoundTitle')} message={t('indicator.notFoundBody', { slug })} />
  const state = gate([indicator, countries, progress], { notFound })
  const show = useDeferredReady(state.ready)
  if (!state.ready || !show) return <div className="page">{state.ready ? <Loading lines={8} /> : state.element}</div>
  return <IndicatorPage indicator={state.data[0]} />
}

/**
 * The selected countries' assessments and the chart's model, computed again only when their inputs
 * change: a Recharts chart costs a long render, so other updates of the page (a query's status, the
 * weight's name) must not give it new props. Countries come as "CAN,MEX" (a value, not an array).
 */
function useChartModel(series: Series | undefined, events: ChartEvent[] | undefined, progress: Progress | undefined, countries: string, from: number, to: number) {
  const { l } = useI18n()
  const assessments = useMemo(
    () => countries.split(',').flatMap((code) => (progress?.assessments ?? []).filter((a) => a.country === code)),
    [progress, countries],
  )
  const model = useMemo(
    () =>
      series && events
        ? toChartData({ series, assessments, countries: countries.split(',').filter(isDisplayCountry), from, to, events, eventLabel: (event) => l(event.label) })
        : null,
    [series, events, assessments, countries, from, to, l],
  )
  return { assessments, model }
}

function IndicatorPage({ indicator }: { indicator: IndicatorDetail }) {
  const { t, l } = useI18n()
  const [search, setSearch] = useSearchParams()
  const queryClient = useQueryClient()
  const chartRef = useRef<HTMLDivElement>(null)
  // The chart's chunk (the page's largest file) downloads, and the chart draws, once the chart's title
  // (the first screen's largest text) is painted: requested with it, it delayed that paint.
  const painted = useElementPainted(CHART_TITLE_TIMING)
  useEffect(() => {
    if (painted) void loadIndicatorChart()
  }, [painted])
  const view = parseIndicatorView(search, indicator.countries)
  const available = availableCountries(indicator.countries)
  const name = l(indicator.name)
  const unit = l(indicator.unit)
  useDocumentTitle(t('indicator.docTitle', { name }))

  const countries = useCountries()
  const progress = useIndicatorProgress(indicator.slug)
  const events = useEvents()
  const series = useIndicatorSeries(indicator.slug, { countries: view.countries, from: view.from, to: view.to })
  const weight = useIndicator(indicator.namWeight ?? '', indicator.namRule === 'weighted_mean')
  const weightName = indicator.namWeight && weight.data ? l(weight.data.name) : undefined

  // flushSync: the controlled checkboxes and inputs show the new URL state in the same frame as the click.
  const setView = (next: Partial<IndicatorViewState>) =>
    setSearch(writeIndicatorView(search, { ...view, ...next }), { flushSync: true })
  const names = useMemo<Partial<Record<string, string>>>(() => Object.fromEntries((countries.data ?? []).map((c) => [c.code, l(c.name)])), [countries.data, l])
  const origins: Partial<Record<string, TargetOrigin>> = Object.fromEntries(indicator.targets.map((target) => [target.country, target.origin]))
  const allAssessments = progress.data?.assessments ?? []
  const { assessments: selectedAssessments, model } = useChartModel(series.data, events.data, progress.data, view.countries.join(','), view.from, view.to)
  const summaryId = 'chart-summary'
  const chartTitle = t('chart.title', { name, unit, from: formatYear(view.from), to: formatYear(view.to) })

  const onDownload = async (kind: DownloadKind) => {
    const base = `${indicator.slug}_${view.countries.join('-')}_${view.from}-${view.to}`
    // The CSV writer and the image export load on demand: most readers never download.
    if (kind === 'csvView') {
      const { seriesToCsv } = await import('@/features/indicators/utils/csv.ts')
      const data = series.data ?? (await queryClient.fetchQuery(indicatorSeriesQueryOptions(indicator.slug, { countries: view.countries, from: view.from, to: view.to })))
      downloadText(seriesToCsv(indicator, data, { countries: view.countries, from: view.from, to: view.to }), `${base}.csv`, 'text/csv;charset=utf-8')
      return
    }
    if (kind === 'csvFull') {
      const { seriesToCsv } = await import('@/features/indicators/utils/csv.ts')
      const full = await queryClient.fetchQuery(indicatorSeriesQueryOptions(indicator.slug, { countries: indicator.countries }))
      downloadText(seriesToCsv(indicator, full), `${indicator.slug}_full.csv`, 'text/csv;charset=utf-8')
      return
    }
    const { buildExportSvg, svgToPngBlob } = await import('@/components/charts/chart-export.ts')
    const svgElement = chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg.chart-surface__svg')
    if (!svgElement) throw new Error('The chart is not on screen')
    const chartCountries = view.countries.filter((code) => series.data?.series.some((s) => s.country === code && s.points.length))
    const firstColour = chartCountries[0] ? COUNTRY_STYLE[chartCountries[0]].colour : '#000'
    const exported = buildExportSvg(svgElement, {
      title: chartTitle,
      legend: [
        ...chartCountries.map((code) => ({ label: names[code] ?? code, colour: COUNTRY_STYLE[code].colour })),
        { label: t('chart.legendProjection'), colour: firstColour, dash: PROJECTION_DASH },
        { label: t('chart.legendPath'), colour: PATH_COLOUR, dash: PATH_DASH },
        { label: t('chart.legendTarget'), colour: firstColour, target: true },
      ],
      sourceLine: t('chart.sourceLine', { source: l(indicator.source.attribution), licence: indicator.source.licence }),
    })
    if (kind === 'svg') downloadText(exported.markup, `${base}.svg`, 'image/svg+xml;charset=utf-8')
    else downloadBlob(await svgToPngBlob(exported), `${base}.png`)
  }

  const tabs: { id: IndicatorTab; label: string }[] = [
    { id: 'chart', label: t('tab.chart') },
    { id: 'table', label: t('tab.table') },
    { id: 'why', label: t('tab.why') },
    { id: 'about', label: t('tab.about') },
  ]
  const dataState = gate([countries, progress, events, series], { loadingLines: 8 })
  const showPanel = useDeferredReady(dataState.ready)

  return (
    <div className="page page--indicator">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <AppLink to={paths.goal.build(indicator.goalId, view.countries.length === 1 ? view.countries[0] : undefined)}>
              {t('common.goal', { id: indicator.goalId })}
            </AppLink>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <h1>{name}</h1>
      <p className="unit-line">{t('indicator.unit', { unit })}</p>

      {progress.data ? (
        <ul className="status-chips" aria-label={t('indicator.statuses')}>
          {DISPLAY_COUNTRIES.flatMap((code) => allAssessments.filter((a) => a.country === code)).map((a) => (
            <li key={a.country}>
              <StatusChip status={a.status} label={names[a.country] ?? a.country} />
            </li>
          ))}
        </ul>
      ) : null}

      <ViewControls
        available={available}
        selected={view.countries}
        countryNames={names}
        from={view.from}
        to={view.to}
        onCountries={(next) => setView({ countries: next })}
        onYears={(from, to) => setView(from <= to ? { from, to } : { from: to, to: from })}
      />

      <div className="tab-bar">
        <Tabs label={t('indicator.views')} tabs={tabs} current={view.tab} onChange={(tab) => setView({ tab })} idPrefix={TAB_PREFIX} />
        <DownloadMenu onDownload={onDownload} imagesAvailable={view.tab === 'chart' && dataState.ready && showPanel} />
      </div>

      <div
        className="tab-panel"
        role="tabpanel"
        aria-busy={series.isFetching}
        id={panelId(TAB_PREFIX, view.tab)}
        aria-labelledby={tabId(TAB_PREFIX, view.tab)}
        tabIndex={0}
      >
        {/* The chart's title needs no data: it is there from the start (often the largest text on a phone). */}
        {view.tab === 'chart' ? (
          <h2 className="chart-title" {...{ elementtiming: CHART_TITLE_TIMING }}>
            {chartTitle}
          </h2>
        ) : null}
        {!dataState.ready || !showPanel ? (
          dataState.ready ? <Loading lines={8} /> : dataState.element
        ) : (
          <ErrorBoundary
            resetKey={`${view.tab}|${search.toString()}`}
            fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}
          >
            {(() => {
              const [, , , seriesShown] = dataState.data
              if (view.tab === 'table') {
                return (
                  <>
                    <h2 className="visually-hidden">{t('tab.table')}</h2>
                    <SeriesTable
                      indicator={indicator}
                      series={seriesShown}
                      assessments={selectedAssessments}
                      countries={view.countries}
                      countryNames={names}
                      from={view.from}
                      to={view.to}
                    />
                  </>
                )
              }
              if (view.tab === 'why') {
                return selectedAssessments.length ? (
                  <WhyPanel indicator={indicator} assessments={selectedAssessments} countryNames={names} />
                ) : (
                  <>
                    <h2>{t('why.title')}</h2>
                    <p>{t('why.noTarget')}</p>
                  </>
                )
              }
              if (view.tab === 'about') {
                return <AboutPanel indicator={indicator} countryNames={names} weightName={weightName} />
              }
              const hasData = model !== null && model.rows.some((row) => model.countries.some((code: CountryCode) => typeof row[code] === 'number'))
              return (
                <>
                  {hasData && model ? (
                    <>
                      <ChartSlot ready={painted}>
                        {(width) => (
                          <IndicatorChart
                            ref={chartRef}
                            indicator={indicator}
                            model={model}
                            countryNames={names}
                            title={chartTitle}
                            describedBy={summaryId}
                            width={width}
                          />
                        )}
                      </ChartSlot>
                      <ChartLegend model={model} countryNames={names} />
                    </>
                  ) : (
                    <p className="empty-state">{t('chart.noSeries')}</p>
                  )}
                  <h3>{t('chart.summaryTitle')}</h3>
                  <ChartSummary
                    id={summaryId}
                    indicator={indicator}
                    countries={view.countries}
                    assessments={selectedAssessments}
                    series={seriesShown}
                    origins={origins}
                    countryNames={names}
                    from={view.from}
                    to={view.to}
                  />
                  <p className="source-line">{t('chart.sourceLine', { source: l(indicator.source.attribution), licence: indicator.source.licence })}</p>
                </>
              )
            })()}
          </ErrorBoundary>
        )}
      </div>
    </div>
  )
}
