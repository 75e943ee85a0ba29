import { useId, useState, type FormEvent } from 'react'
import { Check } from 'lucide-react'
import { AppLink } from '@/components/ui/app-link.tsx'
import { paths } from '@/config/paths.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useAdminSession } from '../../components/admin-session.tsx'
import type { useCommitImport } from '../api/imports.ts'
import type { Committed, ImportDetail } from '../api/schemas.ts'
import type { ImportLabels } from '../utils/labels.ts'
import { importRefusal } from '../utils/refusal.ts'
import { ConflictList } from './conflict-list.tsx'
import { StatusFlips } from './status-flips.tsx'
import { ReasonField } from '../../components/reason-field.tsx'

export type CommitMutation = ReturnType<typeof useCommitImport>

interface ApplyFormProps {
  detail: ImportDetail
  labels: ImportLabels
  /** Held by the parent: the commit's answer must outlive this form (the import's state changes). */
  commit: CommitMutation
}

/**
 * "Apply N changes" with a required reason: the new and changed values of the dry run, in one
 * transaction. Refused as a whole (409) when a point changed since the dry run: those are listed.
 */
export function ApplyForm({ detail, labels, commit }: ApplyFormProps) {
  const { t } = useI18n()
  const id = useId()
  const { handleAuthError } = useAdminSession()
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const changes = detail.summary.new + detail.summary.changed

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = reason.trim()
    if (trimmed === '') {
      setProblem(t('admin.imports.apply.reasonMissing'))
      return
    }
    setProblem(null)
    commit.mutate(
      { id: detail.id, reason: trimmed },
      {
        onSuccess: () => setReason(''),
        onError: (error) => {
          handleAuthError(error)
        },
      },
    )
  }

  const refusal = importRefusal(commit.error, t, (count) => t('admin.imports.apply.conflict', { count }))

  return (
    <form className="admin-form panel apply-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.imports.apply.title')}</h3>
      {changes === 0 ? (
        <p className="empty-state">{t('admin.imports.apply.nothing')}</p>
      ) : (
        <>
          <p>{t('admin.imports.apply.intro', { count: changes })}</p>
          <ReasonField
            id={`${id}-reason`}
            label={t('admin.entry.reason')}
            hint={t('admin.imports.apply.reasonHint')}
            value={reason}
            problem={problem}
            onChange={setReason}
            onProblemCleared={() => setProblem(null)}
          />
          <div role="alert" className="form-error">
            {refusal.text}
          </div>
          {refusal.conflicts ? <ConflictList conflicts={refusal.conflicts.conflicts} total={refusal.conflicts.total} labels={labels} /> : null}
          <button type="submit" className="button" disabled={commit.isPending}>
            <Check aria-hidden="true" size={16} /> {commit.isPending ? t('admin.imports.apply.applying') : t('admin.imports.apply.submit', { count: changes })}
          </button>
        </>
      )}
    </form>
  )
}

/** What the commit did: how many values it applied, the statuses it moved, links to the public pages. */
export function AppliedPanel({ result, labels, slugs }: { result: Committed; labels: ImportLabels; slugs: readonly string[] }) {
  const { t } = useI18n()
  const id = useId()
  return (
    <section className="panel apply-done" aria-labelledby={`${id}-done`}>
      <h3 id={`${id}-done`}>{t('admin.imports.apply.doneTitle')}</h3>
      <p className="form-success">{t('admin.imports.apply.done', { count: result.applied, derived: result.derived })}</p>
      <StatusFlips flips={result.statusFlips} labels={labels} />
      <PublicLinks slugs={slugs} labels={labels} />
    </section>
  )
}

/** Links to the public pages of the indicators the import touched. */
export function PublicLinks({ slugs, labels }: { slugs: readonly string[]; labels: ImportLabels }) {
  const { t } = useI18n()
  if (slugs.length === 0) return null
  return (
    <p>
      {t('admin.imports.apply.see')}{' '}
      {slugs.map((slug, i) => (
        <span key={slug}>
          {i > 0 ? ', ' : null}
          <AppLink to={paths.indicator.build(slug, { tab: 'table' })}>{labels.indicatorName(slug)}</AppLink>
        </span>
      ))}
      {' · '}
      <AppLink to={paths.changes.build()}>{t('admin.entry.seeChanges')}</AppLink>
    </p>
  )
}
