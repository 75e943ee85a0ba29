import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Undo2 } from 'lucide-react'
import { ErrorPanel } from '@/components/errors/error-panel.tsx'
import { AppLink } from '@/components/ui/app-link.tsx'
import { Loading } from '@/components/ui/loading.tsx'
import { formatDateTime } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useAdminSession } from '../../components/admin-session.tsx'
import { useImportHistory, useRevertImport } from '../api/imports.ts'
import type { Import, Reverted } from '../api/schemas.ts'
import { formatKey } from '../utils/format-names.ts'
import type { ImportLabels } from '../utils/labels.ts'
import { importRefusal } from '../utils/refusal.ts'
import { ConflictList } from './conflict-list.tsx'
import { ImportState } from './import-state.tsx'
import { StatusFlips } from './status-flips.tsx'
import { ReasonField } from '../../components/reason-field.tsx'

interface ImportHistoryProps {
  labels: ImportLabels
  /** The link that opens an import's verdicts on this page. */
  hrefOf: (id: number) => string
}

/** Every import, newest first: who, when, which file, what it found, where it stands; revert a committed one. */
export function ImportHistory({ labels, hrefOf }: ImportHistoryProps) {
  const { t, lang } = useI18n()
  const id = useId()
  const history = useImportHistory()
  const [reverting, setReverting] = useState<Import | null>(null)
  const [reverted, setReverted] = useState<Reverted | null>(null)
  const buttons = useRef(new Map<number, HTMLButtonElement>())
  const heading = useRef<HTMLHeadingElement>(null)
  const items = history.data?.pages.flatMap((page) => page.items) ?? []

  const close = (focusId: number | null) => {
    setReverting(null)
    if (focusId !== null) buttons.current.get(focusId)?.focus()
  }

  return (
    <section className="import-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('admin.imports.history.title')}
      </h2>
      <div role="status" className="form-success">
        {reverted ? (
          <>
            <p>{t('admin.imports.revert.done', { id: reverted.import.id, file: reverted.import.fileName, count: reverted.reverted })}</p>
            <StatusFlips flips={reverted.statusFlips} labels={labels} />
          </>
        ) : null}
      </div>
      {history.isPending ? (
        <Loading lines={3} />
      ) : history.isError && !history.data ? (
        <ErrorPanel error={history.error} onRetry={() => void history.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty-state">{t('admin.imports.history.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
          <table className="data-table import-history__table">
            <thead>
              <tr>
                <th scope="col">{t('admin.imports.history.file')}</th>
                <th scope="col">{t('admin.imports.history.uploaded')}</th>
                <th scope="col">{t('admin.imports.history.found')}</th>
                <th scope="col">{t('admin.imports.history.state')}</th>
                <th scope="col">{t('admin.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-import={item.id}>
                  <th scope="row">
                    <AppLink to={hrefOf(item.id)}>{item.fileName}</AppLink>
                    <span className="import-history__meta">
                      {t('admin.imports.history.number', { id: item.id })} · {t(`admin.imports.format.${formatKey(item.format)}`)}
                    </span>
                  </th>
                  <td>
                    <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, lang)}</time>
                    <span className="import-history__meta">{item.createdBy ?? t('common.none')}</span>
                  </td>
                  <td>{t('admin.imports.history.counts', { ...item.summary })}</td>
                  <td>
                    <ImportState item={item} />
                  </td>
                  <td>
                    {item.state === 'committed' ? (
                      <button
                        type="button"
                        className="button button--secondary"
                        ref={(node) => {
                          if (node) buttons.current.set(item.id, node)
                          else buttons.current.delete(item.id)
                        }}
                        aria-expanded={reverting?.id === item.id}
                        aria-controls={reverting?.id === item.id ? `${id}-revert` : undefined}
                        onClick={() => {
                          setReverted(null)
                          setReverting(item)
                        }}
                      >
                        <Undo2 aria-hidden="true" size={16} /> {t('admin.imports.revert.open', { id: item.id })}
                      </button>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.hasNextPage ? (
        <button type="button" className="button button--secondary" disabled={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          {t('admin.imports.history.more')}
        </button>
      ) : null}
      {reverting ? (
        <RevertPanel
          key={reverting.id}
          panelId={`${id}-revert`}
          item={reverting}
          labels={labels}
          onCancel={() => close(reverting.id)}
          onReverted={(result) => {
            setReverted(result)
            setReverting(null)
            // The button that opened the panel is gone (the import is no longer applied).
            heading.current?.focus()
          }}
        />
      ) : null}
    </section>
  )
}

interface RevertPanelProps {
  panelId: string
  item: Import
  labels: ImportLabels
  onCancel: () => void
  onReverted: (result: Reverted) => void
}

/** Confirm a revert, with a reason: the import's values go back as new revisions, all or nothing. */
function RevertPanel({ panelId, item, labels, onCancel, onReverted }: RevertPanelProps) {
  const { t } = useI18n()
  const { csrfToken, handleAuthError } = useAdminSession()
  const revert = useRevertImport(csrfToken)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const applied = item.summary.new + item.summary.changed

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = reason.trim()
    if (trimmed === '') {
      setProblem(t('admin.imports.revert.reasonMissing'))
      return
    }
    setProblem(null)
    revert.mutate({ id: item.id, reason: trimmed }, { onSuccess: onReverted, onError: (error) => void handleAuthError(error) })
  }

  const refusal = importRefusal(revert.error, t, (count) => t('admin.imports.revert.conflict', { count }))

  return (
    <form
      id={panelId}
      className="admin-form panel revert-panel"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${panelId}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <h3 id={`${panelId}-title`} ref={heading} tabIndex={-1}>
        {t('admin.imports.revert.title', { id: item.id, file: item.fileName })}
      </h3>
      <p>{t('admin.imports.revert.intro', { count: applied })}</p>
      <ReasonField
        id={`${panelId}-reason`}
        label={t('admin.entry.reason')}
        value={reason}
        problem={problem}
        onChange={setReason}
        onProblemCleared={() => setProblem(null)}
      />
      <div role="alert" className="form-error">
        {refusal.text}
      </div>
      {refusal.conflicts ? <ConflictList conflicts={refusal.conflicts.conflicts} total={refusal.conflicts.total} labels={labels} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={revert.isPending}>
          <Undo2 aria-hidden="true" size={16} /> {revert.isPending ? t('admin.imports.revert.reverting') : t('admin.imports.revert.submit', { count: applied })}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('admin.users.cancel')}
        </button>
      </div>
    </form>
  )
}
