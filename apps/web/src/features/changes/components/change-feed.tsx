import { useEffect, useId, useState, type FormEvent } from 'react'
import { ArrowRight, Rss } from 'lucide-react'
import { AREA_CODES } from '@nap/domain'
import type { Change, IndicatorSummary, StatusFlip } from '@nap/schemas'
import { ErrorPanel } from '@/components/errors/error-panel.tsx'
import { AppLink } from '@/components/ui/app-link.tsx'
import { Loading } from '@/components/ui/loading.tsx'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { paths } from '@/config/paths.ts'
import { formatDateTime, formatValue } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { changesAtomPath, useChanges, type ChangeFilter } from '../api/get-changes.ts'

interface ChangeFeedProps {
  filter: ChangeFilter
  onFilter: (filter: ChangeFilter) => void
  indicators: readonly IndicatorSummary[]
  countryNames: Partial<Record<string, string>>
}

/**
 * What changed: every value people entered, corrected, deleted or restored, newest first, with the
 * reason, the author, the time and the statuses it moved; filters, "load more" and the Atom feed.
 */
export function ChangeFeed({ filter, onFilter, indicators, countryNames }: ChangeFeedProps) {
  const { t, l } = useI18n()
  const id = useId()
  const changes = useChanges(filter)
  const [draft, setDraft] = useState<ChangeFilter>(filter)
  const atom = changesAtomPath(filter)
  // index.html announces the feed of every change; a filtered view announces its own too.
  useAtomLink(filter.indicator || filter.country ? atom : null, t('changes.atomTitleFiltered'))
  const bySlug = new Map(indicators.map((i) => [i.slug, i]))
  const items = changes.data?.pages.flatMap((page) => page.items) ?? []

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onFilter(draft)
  }

  return (
    <>
      <form className="filter-form panel" onSubmit={submit} aria-label={t('changes.filters')}>
        <div className="field">
          <label htmlFor={`${id}-indicator`}>{t('common.indicator')}</label>
          <select id={`${id}-indicator`} value={draft.indicator ?? ''} onChange={(e) => setDraft((d) => ({ ...d, indicator: e.target.value || undefined }))}>
            <option value="">{t('changes.allIndicators')}</option>
            {indicators.map((i) => (
              <option key={i.slug} value={i.slug}>
                {l(i.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('common.country')}</label>
          <select id={`${id}-country`} value={draft.country ?? ''} onChange={(e) => setDraft((d) => ({ ...d, country: e.target.value || undefined }))}>
            <option value="">{t('changes.allCountries')}</option>
            {AREA_CODES.map((code) => (
              <option key={code} value={code}>
                {countryNames[code] ?? code}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('changes.apply')}
          </button>
        </div>
      </form>
      <p className="atom-link">
        <Rss aria-hidden="true" size={16} /> <a href={atom} type="application/atom+xml">{t('changes.atom')}</a>
      </p>
      {changes.isPending ? (
        <Loading lines={5} />
      ) : changes.isError && items.length === 0 ? (
        <ErrorPanel error={changes.error} onRetry={() => void changes.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty-state">{filter.indicator || filter.country ? t('changes.emptyFiltered') : t('changes.empty')}</p>
      ) : (
        <>
          <ol className="change-list" aria-label={t('changes.listLabel', { count: items.length })}>
            {items.map((change) => (
              <ChangeEntry key={change.id} change={change} indicator={bySlug.get(change.indicator.slug)} indicatorName={(slug) => {
                const found = bySlug.get(slug)
                return found ? l(found.name) : slug
              }} countryNames={countryNames} />
            ))}
          </ol>
          {changes.hasNextPage ? (
            <button type="button" className="button button--secondary" disabled={changes.isFetchingNextPage} onClick={() => void changes.fetchNextPage()}>
              {changes.isFetchingNextPage ? t('common.loading') : t('changes.more')}
            </button>
          ) : (
            <p className="note">{t('changes.end')}</p>
          )}
          {changes.isError ? <ErrorPanel error={changes.error} onRetry={() => void changes.fetchNextPage()} /> : null}
        </>
      )}
    </>
  )
}

interface ChangeEntryProps {
  change: Change
  indicator: IndicatorSummary | undefined
  indicatorName: (slug: string) => string
  countryNames: Partial<Record<string, string>>
}

function ChangeEntry({ change, indicator, indicatorName, countryNames }: ChangeEntryProps) {
  const { t, l, lang } = useI18n()
  const fmt = (value: number | null) => {
    if (value === null) return t('changes.noValue')
    if (!indicator) return String(value)
    const spec = { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals }
    return formatValue(value, spec, lang, { compact: false, decimals: Math.max(indicator.decimals, decimalsOf(value)) })
  }
  const country = countryNames[change.country] ?? change.country
  const flips = change.statusFlips.length ? change.statusFlips : change.statusFlip ? [change.statusFlip] : []
  return (
    <li className="change-entry">
      <p className="change-entry__what">
        <AppLink to={paths.indicator.build(change.indicator.slug, { tab: 'table' })}>{l(change.indicator.name)}</AppLink> · {country} · {change.period}{' '}
        <span className="change-entry__action">{t(`record.action.${change.action}`)}</span>
      </p>
      <p className="value-change change-entry__values">
        {fmt(change.oldValue)} <ArrowRight aria-hidden="true" focusable="false" size={14} className="arrow-icon" />
        <span className="visually-hidden"> {t('admin.preview.to')} </span> {change.deleted ? t('record.deleted') : fmt(change.newValue)}
      </p>
      <p className="change-entry__reason">{t('record.reason', { reason: change.reason })}</p>
      <p className="change-entry__meta">
        {t('record.by', { author: change.author })} · <time dateTime={change.at}>{formatDateTime(change.at, lang)}</time>
      </p>
      {flips.length > 0 ? (
        <ul className="plain-list change-entry__flips" aria-label={t('changes.flips')}>
          {flips.map((flip) => (
            <FlipRow key={`${flip.indicator}|${flip.country}`} flip={flip} label={flipLabel(flip, change, indicatorName, countryNames)} />
          ))}
        </ul>
      ) : (
        <p className="note">{t('changes.noFlip')}</p>
      )}
    </li>
  )
}

function flipLabel(flip: StatusFlip, change: Change, indicatorName: (slug: string) => string, countryNames: Partial<Record<string, string>>): string {
  const country = countryNames[flip.country] ?? flip.country
  return flip.indicator === change.indicator.slug ? country : `${indicatorName(flip.indicator)} · ${country}`
}

function FlipRow({ flip, label }: { flip: StatusFlip; label: string }) {
  const { t } = useI18n()
  return (
    <li className="impact-row impact-row--moves">
      <span className="impact-row__label">{t('changes.flip', { what: label })}</span>
      <span className="impact-row__statuses">
        <StatusChip status={flip.from} size="sm" />
        <span className="impact-row__after">
          <ArrowRight aria-hidden="true" focusable="false" size={14} className="arrow-icon" />
          <span className="visually-hidden"> {t('admin.preview.to')} </span>
          <StatusChip status={flip.to} size="sm" />
        </span>
      </span>
    </li>
  )
}

/** Adds `<link rel="alternate" type="application/atom+xml">` for the feed of a filtered view while the page is open. */
function useAtomLink(href: string | null, title: string) {
  useEffect(() => {
    if (href === null) return
    const link = document.createElement('link')
    link.rel = 'alternate'
    link.type = 'application/atom+xml'
    link.href = href
    link.title = title
    link.dataset['feed'] = 'changes'
    document.head.appendChild(link)
    return () => link.remove()
  }, [href, title])
}

function decimalsOf(value: number): number {
  const text = String(value)
  const dot = text.indexOf('.')
  return dot === -1 || text.includes('e') ? 0 : Math.min(text.length - dot - 1, 6)
}
