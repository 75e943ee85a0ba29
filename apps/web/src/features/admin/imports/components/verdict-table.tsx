import { useId, useState, type FormEvent } from 'react'
import { TriangleAlert } from 'lucide-react'
import type { IndicatorSummary } from '@nap/schemas'
import { AREA_CODES } from '@nap/domain'
import { ErrorPanel } from '@/components/errors/error-panel.tsx'
import { Loading } from '@/components/ui/loading.tsx'
import { useI18n } from '@/i18n/use-i18n.ts'
import { Arrow } from '../../components/impact-preview.tsx'
import { VERDICT_PAGE_SIZE, type VerdictFilter } from '../api/imports.ts'
import { IMPORT_VERDICTS, type ImportSummary, type ImportVerdict, type VerdictPage, type VerdictRow } from '../api/schemas.ts'
import { currentCursor, nextPage, pageRange, previousPage, type CursorPages } from '../utils/cursor-pages.ts'
import type { ImportLabels } from '../utils/labels.ts'
import { verdictReason } from '../utils/verdict-words.ts'
import { VerdictBadge } from './verdict-badge.tsx'
import { FilterActions } from '../../components/filter-actions.tsx'

interface VerdictTableProps {
  summary: ImportSummary
  filter: VerdictFilter
  onFilter: (filter: VerdictFilter) => void
  /** The page shown and how it is being fetched (the parent holds the query: it also reads the import). */
  page: VerdictPage | undefined
  pending: boolean
  fetching: boolean
  error: Error | null
  onRetry: () => void
  pages: CursorPages
  onPages: (pages: CursorPages) => void
  indicators: readonly IndicatorSummary[]
  labels: ImportLabels
}

const isVerdict = (value: string): value is ImportVerdict => (IMPORT_VERDICTS as readonly string[]).includes(value)

/**
 * Every value of the file with its verdict, in file order, page by page: where it is in the file,
 * the point, the verdict (icon + word), the value before → after, and why in words (with the
 * outlier warning of a value that looks unusual). Filterable by verdict, indicator and country.
 */
export function VerdictTable({ summary, filter, onFilter, page, pending, fetching, error, onRetry, pages, onPages, indicators, labels }: VerdictTableProps) {
  const { t } = useI18n()
  const id = useId()
  const [draft, setDraft] = useState<VerdictFilter>(filter)
  const cursor = currentCursor(pages)
  const items = page?.items ?? []
  const range = pageRange(pages, VERDICT_PAGE_SIZE, items.length)
  const total = filter.verdict ? summary[filter.verdict] : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onFilter(draft)
  }

  return (
    <section className="verdicts" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.imports.verdicts.title')}</h3>
      <form className="admin-form panel filter-form" onSubmit={submit} aria-label={t('admin.imports.verdicts.filters')}>
        <div className="field">
          <label htmlFor={`${id}-verdict`}>{t('admin.imports.verdicts.verdict')}</label>
          <select
            id={`${id}-verdict`}
            value={draft.verdict ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, verdict: isVerdict(e.target.value) ? e.target.value : undefined }))}
          >
            <option value="">{t('admin.imports.verdicts.anyVerdict')}</option>
            {IMPORT_VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {t('admin.imports.verdicts.option', { verdict: t(`admin.imports.verdict.${verdict}`), count: summary[verdict] })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-indicator`}>{t('common.indicator')}</label>
          <select id={`${id}-indicator`} value={draft.indicator ?? ''} onChange={(e) => setDraft((d) => ({ ...d, indicator: e.target.value || undefined }))}>
            <option value="">{t('admin.audit.anyIndicator')}</option>
            {indicators.map((i) => (
              <option key={i.slug} value={i.slug}>
                {labels.indicatorName(i.slug)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('common.country')}</label>
          <select id={`${id}-country`} value={draft.country ?? ''} onChange={(e) => setDraft((d) => ({ ...d, country: e.target.value || undefined }))}>
            <option value="">{t('admin.imports.verdicts.anyCountry')}</option>
            {AREA_CODES.map((code) => (
              <option key={code} value={code}>
                {labels.countryName(code)}
              </option>
            ))}
          </select>
        </div>
        <FilterActions
          onClear={() => {
            setDraft({})
            onFilter({})
          }}
        />
      </form>
      {pending ? (
        <Loading lines={6} />
      ) : error && !page ? (
        <ErrorPanel error={error} onRetry={onRetry} />
      ) : items.length === 0 ? (
        <p className="empty-state">{t('admin.imports.verdicts.empty')}</p>
      ) : (
        <>
          <p className="verdicts__range" role="status" aria-busy={fetching}>
            {total === null
              ? t('admin.imports.verdicts.range', { from: range.from, to: range.to, more: page?.nextCursor ? 'yes' : 'no' })
              : t('admin.imports.verdicts.rangeOf', { from: range.from, to: range.to, total })}
          </p>
          <div className="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
            <table className="data-table verdict-table">
              <caption className="visually-hidden">{t('admin.imports.verdicts.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.imports.verdicts.where')}</th>
                  <th scope="col">{t('admin.imports.verdicts.point')}</th>
                  <th scope="col">{t('admin.imports.verdicts.verdict')}</th>
                  <th scope="col">{t('admin.imports.verdicts.values')}</th>
                  <th scope="col">{t('admin.imports.verdicts.why')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((row) => (
                  <VerdictRowView key={row.row} row={row} labels={labels} />
                ))}
              </tbody>
            </table>
          </div>
          {cursor === null && !page?.nextCursor ? null : (
            <div className="button-row pager">
              <button type="button" className="button button--secondary" disabled={cursor === null} onClick={() => onPages(previousPage(pages))}>
                {t('admin.imports.verdicts.previous')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={!page?.nextCursor || fetching}
                onClick={() => onPages(nextPage(pages, page?.nextCursor ?? null))}
              >
                {t('admin.imports.verdicts.next')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  )
}

function VerdictRowView({ row, labels }: { row: VerdictRow; labels: ImportLabels }) {
  const { t, lang } = useI18n()
  const value = (v: number) => labels.formatValue(row.indicator, v)
  const outlier = row.outlier
  return (
    <tr data-verdict={row.verdict}>
      <td className="verdict-table__where">
        {row.column ? t('admin.imports.verdicts.lineColumn', { line: row.line, column: row.column }) : t('admin.imports.verdicts.line', { line: row.line })}
      </td>
      <td>
        <span className="verdict-table__indicator">{row.indicator === '' ? t('common.none') : labels.indicatorName(row.indicator)}</span>
        <span className="verdict-table__point">
          {labels.countryName(row.country)} · {row.period}
        </span>
      </td>
      <td>
        <VerdictBadge verdict={row.verdict} />
      </td>
      <td className="verdict-table__values">
        {row.new ? (
          <span className="value-change">
            <span className="value-change__old">{row.old?.value == null ? t('admin.imports.verdicts.noValue') : value(row.old.value)}</span> <Arrow />{' '}
            <span className="value-change__new">{value(row.new.value)}</span>
          </span>
        ) : (
          <span className="verdict-table__raw">{t('admin.imports.verdicts.asWritten', { value: row.value })}</span>
        )}
      </td>
      <td className="verdict-table__why">
        <span>{verdictReason(row, t, { lang, ...labels })}</span>
        {row.verdict === 'rejected' || row.verdict === 'skipped' ? (
          <span className="verdict-table__detail" lang="en">
            {row.reason}
          </span>
        ) : null}
        {outlier ? (
          <span className="check check--outlier">
            <TriangleAlert aria-hidden="true" size={16} />
            <span>
              <strong>{t('admin.imports.verdicts.outlier')}</strong>{' '}
              {outlier.reasons.includes('change') && outlier.previous && outlier.change !== null
                ? t('admin.checks.outlierChange', {
                    change: value(Math.abs(outlier.change)),
                    period: outlier.previous.period,
                    previous: value(outlier.previous.value),
                    limit: value(outlier.limit),
                  })
                : null}{' '}
              {outlier.reasons.includes('level') ? t('admin.checks.outlierLevel', { min: value(outlier.allowedMin), max: value(outlier.allowedMax) }) : null}
            </span>
          </span>
        ) : null}
        {row.ignoredFlags.length > 0 ? <span className="verdict-table__detail">{t('admin.imports.verdicts.ignoredFlags', { flags: row.ignoredFlags.join(', ') })}</span> : null}
      </td>
    </tr>
  )
}
