import { useEffect, useId, useRef, useState } from 'react'
import type { IndicatorSummary } from '@nap/schemas'
import { ErrorPanel } from '@/components/errors/error-panel.tsx'
import { Loading } from '@/components/ui/loading.tsx'
import { isNotFound } from '@/lib/api-client.ts'
import { formatDateTime } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useAdminSession } from '../../components/admin-session.tsx'
import { useCommitImport, useImportVerdicts, type VerdictFilter } from '../api/imports.ts'
import type { ImportDetail } from '../api/schemas.ts'
import { currentCursor, FIRST_PAGE, type CursorPages } from '../utils/cursor-pages.ts'
import { formatFileSize } from '../utils/file-checks.ts'
import { formatKey } from '../utils/format-names.ts'
import type { ImportLabels } from '../utils/labels.ts'
import { AppliedPanel, ApplyForm } from './apply-form.tsx'
import { ImportImpact } from './import-impact.tsx'
import { ImportState } from './import-state.tsx'
import { ImportSummary } from './import-summary.tsx'
import { VerdictTable } from './verdict-table.tsx'

interface ImportResultProps {
  id: number
  filter: VerdictFilter
  onFilter: (filter: VerdictFilter) => void
  indicators: readonly IndicatorSummary[]
  labels: ImportLabels
  /** Move the focus to the result's heading once it is shown (right after an upload). */
  focus: boolean
}

/**
 * What a checked file would change (or changed): the file, the counts of each verdict, the verdicts
 * row by row, the statuses it moves, and "Apply N changes" while it is a dry run.
 */
export function ImportResult({ id, filter, onFilter, indicators, labels, focus }: ImportResultProps) {
  const { t } = useI18n()
  const { csrfToken } = useAdminSession()
  const filterKey = JSON.stringify(filter)
  // A new filter starts again at the first page.
  const [paging, setPaging] = useState<{ key: string; pages: CursorPages }>({ key: filterKey, pages: FIRST_PAGE })
  const pages = paging.key === filterKey ? paging.pages : FIRST_PAGE
  const query = useImportVerdicts(id, filter, currentCursor(pages))
  // Here, not in the form: the commit changes the import's state, and its answer must stay on screen.
  const commit = useCommitImport(csrfToken)

  if (query.isPending) return <Loading lines={8} />
  if (query.isError && !query.data) {
    if (isNotFound(query.error)) {
      return (
        <p className="form-error" role="alert">
          {t('admin.imports.result.notFound', { id })}
        </p>
      )
    }
    return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
  }
  const detail = query.data
  const slugs = [...new Set(detail.preview?.assessments.map((a) => a.indicator) ?? [])]
  return (
    <section className="import-result" aria-labelledby="import-result-title">
      <ResultHeading detail={detail} focus={focus} />
      {detail.state !== 'previewed' ? (
        <p className="import-result__state">
          <ImportState item={detail} />
        </p>
      ) : null}
      <ImportSummary summary={detail.summary} outliers={detail.warnings.outliers} />
      <VerdictTable
        key={filterKey}
        summary={detail.summary}
        filter={filter}
        onFilter={onFilter}
        page={query.data}
        pending={false}
        fetching={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        pages={pages}
        onPages={(next) => setPaging({ key: filterKey, pages: next })}
        indicators={indicators}
        labels={labels}
      />
      <ImportImpact impact={detail.preview} labels={labels} applied={detail.state !== 'previewed'} />
      {commit.data ? (
        <AppliedPanel result={commit.data} labels={labels} slugs={slugs} />
      ) : detail.state === 'previewed' ? (
        <ApplyForm detail={detail} labels={labels} commit={commit} />
      ) : null}
    </section>
  )
}

function ResultHeading({ detail, focus }: { detail: ImportDetail; focus: boolean }) {
  const { t, lang } = useI18n()
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focus) heading.current?.focus()
  }, [focus, detail.id])
  const facts = [
    t('admin.imports.history.number', { id: detail.id }),
    t(`admin.imports.format.${formatKey(detail.format)}`),
    detail.encoding ? t('admin.imports.result.encoding', { encoding: detail.encoding }) : null,
    formatFileSize(detail.sizeBytes, lang),
    t('admin.imports.result.rows', { count: detail.rows }),
  ].filter((fact): fact is string => fact !== null)
  return (
    <>
      <h2 id="import-result-title" ref={heading} tabIndex={-1}>
        {t('admin.imports.result.title', { file: detail.fileName })}
      </h2>
      <p className="note import-result__facts">
        {facts.join(' · ')}
        <br />
        {t('admin.imports.result.uploaded', { who: detail.createdBy ?? t('common.none'), when: formatDateTime(detail.createdAt, lang) })}{' '}
        <span className="import-result__sha" id={`${id}-sha`}>
          SHA-256 <code title={detail.sha256}>{detail.sha256.slice(0, 12)}…</code>
        </span>
      </p>
    </>
  )
}
