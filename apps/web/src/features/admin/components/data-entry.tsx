import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Save } from 'lucide-react'
import type { IndicatorSummary } from '@nap/schemas'
import { gate } from '@/components/ui/query-gate.tsx'
import { AppLink } from '@/components/ui/app-link.tsx'
import { paths } from '@/config/paths.ts'
import { ApiError } from '@/lib/api-client.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { usePreview, useSaveBatch } from '../api/observations.ts'
import {
  BatchConflictBodySchema,
  BatchOutlierBodySchema,
  type BatchSaved,
  type Conflict,
  type Grid,
  type Outlier,
} from '../api/schemas.ts'
import { useGrid } from '../api/observations.ts'
import { cellKey, gridRows, summarizeDrafts } from '../utils/grid-model.ts'
import { cellErrorText } from '../utils/cell-messages.ts'
import { errorText } from '../utils/error-text.ts'
import { formatEntryValue } from '../utils/format-entry.ts'
import { useAdminSession } from './admin-session.tsx'
import { CellHistory } from './cell-history.tsx'
import { EntryChecks } from './entry-checks.tsx'
import { EntryGrid, type ActiveCell, type CellNote } from './entry-grid.tsx'
import { ImpactPreview } from './impact-preview.tsx'
import { useDebounced } from './use-debounced.ts'
import { IndicatorPicker } from './indicator-picker.tsx'
import { ReasonField } from './reason-field.tsx'

/** Rows shown at first and added by "show older periods". */
const ROWS_STEP = 12
const PREVIEW_DELAY_MS = 400

interface DataEntryProps {
  /** Every indicator (inputs too), to choose from. */
  indicators: readonly IndicatorSummary[]
  slug: string
  onSlug: (slug: string) => void
  countryNames: Partial<Record<string, string>>
  currentYear: number
}

/** Data entry: choose an indicator, type values in its grid, see their impact, save them as one batch. */
export function DataEntry({ indicators, slug, onSlug, countryNames, currentYear }: DataEntryProps) {
  const { t, l } = useI18n()
  const indicator = indicators.find((i) => i.slug === slug)
  const [dirty, setDirty] = useState(0)
  return (
    <>
      <h1>{t('admin.entry.title')}</h1>
      <p className="lede">{t('admin.entry.intro')}</p>
      <IndicatorPicker
        indicators={indicators}
        value={slug}
        label={t('admin.entry.indicator')}
        submitLabel={t('admin.entry.open')}
        onChoose={(next) => {
          if (next === slug) return
          if (dirty > 0 && !window.confirm(t('admin.entry.discard', { count: dirty }))) return
          onSlug(next)
        }}
      />
      {indicator ? (
        <EntryWorkspace
          key={indicator.slug}
          indicator={indicator}
          name={l(indicator.name)}
          indicatorName={(s) => {
            const found = indicators.find((i) => i.slug === s)
            return found ? l(found.name) : s
          }}
          countryNames={countryNames}
          currentYear={currentYear}
          onDirty={setDirty}
        />
      ) : slug ? (
        <p className="form-error" role="alert">
          {t('indicator.notFoundBody', { slug })}
        </p>
      ) : (
        <p className="empty-state">{t('admin.entry.choose')}</p>
      )}
    </>
  )
}

interface WorkspaceProps {
  indicator: IndicatorSummary
  name: string
  indicatorName: (slug: string) => string
  countryNames: Partial<Record<string, string>>
  currentYear: number
  onDirty: (count: number) => void
}

function EntryWorkspace({ indicator, name, indicatorName, countryNames, currentYear, onDirty }: WorkspaceProps) {
  const { t, l } = useI18n()
  const grid = useGrid(indicator.slug)
  const state = gate([grid], { loadingLines: 8 })
  return (
    <section className="entry" aria-labelledby="entry-title">
      <h2 id="entry-title">{name}</h2>
      <p className="note">
        {t('admin.entry.unit', { unit: l(indicator.unit) })} · {t(`about.frequency.${indicator.frequency}`)} ·{' '}
        <AppLink to={paths.indicator.build(indicator.slug, { tab: 'table' })}>{t('admin.entry.publicPage')}</AppLink>
      </p>
      {state.ready ? (
        <EntryEditor
          grid={state.data[0]}
          indicator={indicator}
          name={name}
          indicatorName={indicatorName}
          countryNames={countryNames}
          currentYear={currentYear}
          onDirty={onDirty}
        />
      ) : (
        state.element
      )}
    </section>
  )
}

interface EditorProps extends Omit<WorkspaceProps, 'indicator'> {
  grid: Grid
  indicator: IndicatorSummary
}

function EntryEditor({ grid, indicator, name, indicatorName, countryNames, currentYear, onDirty }: EditorProps) {
  const { t, lang } = useI18n()
  const { csrfToken, handleAuthError } = useAdminSession()
  const id = useId()
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map())
  const [shown, setShown] = useState(ROWS_STEP)
  const [reason, setReason] = useState('')
  const [reasonProblem, setReasonProblem] = useState<string | null>(null)
  const [formProblem, setFormProblem] = useState<string | null>(null)
  const [confirm, setConfirm] = useState(false)
  const [saved, setSaved] = useState<BatchSaved | null>(null)
  const [serverConflicts, setServerConflicts] = useState<Conflict[]>([])
  const [serverOutliers, setServerOutliers] = useState<Outlier[]>([])
  const [refused, setRefused] = useState<ReadonlyMap<string, string>>(new Map())
  const [history, setHistory] = useState<ActiveCell | null>(null)
  const gridRef = useRef<HTMLDivElement>(null)

  const spec = { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals }
  const formatValue = (value: number) => formatEntryValue(value, spec, lang)
  const countryName = (code: string) => countryNames[code] ?? code

  const rows = gridRows(grid, currentYear)
  const periods = rows.periods.slice(0, Math.max(shown, 1))
  const summary = summarizeDrafts(grid, drafts, lang, rows.periods)
  const { changes, invalid } = summary
  useEffect(() => onDirty(changes.length + invalid.length), [changes.length, invalid.length, onDirty])
  useEffect(() => {
    if (changes.length + invalid.length === 0) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [changes.length, invalid.length])

  const previewChanges = useDebounced(invalid.length === 0 ? changes : [], PREVIEW_DELAY_MS)
  const preview = usePreview(indicator.slug, previewChanges, csrfToken)
  const previewIsCurrent = JSON.stringify(previewChanges) === JSON.stringify(invalid.length === 0 ? changes : [])
  useEffect(() => {
    if (preview.error) handleAuthError(preview.error)
  }, [preview.error, handleAuthError])
  const save = useSaveBatch(indicator.slug, csrfToken)

  const pendingKeys = new Set(changes.map((c) => cellKey(c.country, c.period)))
  const stillPending = <T extends { country: string; period: string }>(list: readonly T[]) =>
    list.filter((item) => pendingKeys.has(cellKey(item.country, item.period)))
  const previewData = changes.length > 0 && previewIsCurrent ? preview.data : undefined
  const outliers = mergeByCell(stillPending(serverOutliers), stillPending(previewData?.outliers ?? []))
  const conflicts = mergeByCell(stillPending(serverConflicts), stillPending(previewData?.conflicts ?? []))

  const notes = new Map<string, CellNote>()
  for (const o of outliers) notes.set(cellKey(o.country, o.period), { kind: 'outlier', text: t('admin.grid.outlierNote') })
  for (const c of conflicts) {
    notes.set(cellKey(c.country, c.period), {
      kind: 'stale',
      text: t('admin.grid.staleNote', { author: c.current?.author ?? '—', value: c.current?.value == null ? t('admin.grid.empty') : formatValue(c.current.value) }),
    })
  }
  for (const [key, message] of refused) if (pendingKeys.has(key)) notes.set(key, { kind: 'refused', text: message })

  const onDraft = (key: string, text: string | undefined) => {
    setSaved(null)
    setFormProblem(null)
    setDrafts((current) => {
      const next = new Map(current)
      if (text === undefined) next.delete(key)
      else next.set(key, text)
      return next
    })
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSaved(null)
    const problems: string[] = []
    const trimmed = reason.trim()
    setReasonProblem(trimmed === '' ? t('admin.entry.reasonMissing') : null)
    if (trimmed === '') problems.push(t('admin.entry.reasonMissing'))
    if (invalid.length > 0) problems.push(t('admin.entry.invalidCells', { count: invalid.length }))
    if (changes.length === 0 && invalid.length === 0) problems.push(t('admin.entry.nothingToSave'))
    if (outliers.length > 0 && !confirm) problems.push(t('admin.entry.confirmOutliers', { count: outliers.length }))
    if (problems.length > 0) {
      setFormProblem(problems.join(' '))
      return
    }
    setFormProblem(null)
    save.mutate(
      { reason: trimmed, changes, confirm },
      {
        onSuccess: (result) => {
          setSaved(result)
          setDrafts(new Map())
          setReason('')
          setConfirm(false)
          setServerConflicts([])
          setServerOutliers([])
          setRefused(new Map())
        },
        onError: (error) => {
          if (handleAuthError(error)) return
          if (!(error instanceof ApiError)) return
          if (error.statusCode === 409) {
            const body = BatchConflictBodySchema.safeParse(error.body)
            if (body.success) setServerConflicts(body.data.conflicts)
          } else if (error.statusCode === 422) {
            const body = BatchOutlierBodySchema.safeParse(error.body)
            if (body.success) setServerOutliers(body.data.outliers)
          } else if (error.statusCode === 400) {
            const byCell = new Map<string, string>()
            for (const issue of error.issues) {
              const match = /^changes\.(\d+)\./.exec(issue.field)
              const change = match ? changes[Number(match[1])] : undefined
              if (change) byCell.set(cellKey(change.country, change.period), issue.message)
              else if (issue.field === 'reason') setReasonProblem(issue.message)
            }
            setRefused(byCell)
          }
        },
      },
    )
  }

  const saveError =
    save.error instanceof ApiError && save.error.statusCode === 409
      ? t('admin.entry.conflict', { count: serverConflicts.length })
      : save.error instanceof ApiError && save.error.statusCode === 422
        ? t('admin.entry.outliers', { count: serverOutliers.length })
        : save.error instanceof ApiError && save.error.statusCode === 400 && refused.size > 0
          ? t('admin.entry.refused', { count: refused.size })
          : save.error
            ? errorText(save.error, t)
            : null

  const closeHistory = () => {
    setHistory(null)
    gridRef.current?.querySelector<HTMLInputElement>('input[tabindex="0"]')?.focus()
  }
  const caption = t('admin.grid.caption', { name })
  const invalidCells = invalid.map((key) => {
    const [country = '', period = ''] = key.split('|')
    const evaluation = summary.evaluations.get(key)
    const message = evaluation?.kind === 'invalid' ? cellErrorText(t, evaluation.error, drafts.get(key) ?? '', evaluation.suggestions) : ''
    return { key, label: t('admin.grid.cellName', { country: countryName(country), period }), message }
  })

  return (
    <div className="entry-layout">
      <div className="entry-layout__grid" ref={gridRef}>
        <EntryGrid
          grid={grid}
          periods={periods}
          next={rows.next}
          caption={caption}
          drafts={drafts}
          evaluations={summary.evaluations}
          notes={notes}
          countryNames={countryNames}
          onDraft={onDraft}
          onHistory={setHistory}
        />
        {rows.periods.length > periods.length ? (
          <button type="button" className="button button--secondary" onClick={() => setShown((n) => n + ROWS_STEP)}>
            {t('admin.grid.showOlder', { count: Math.min(ROWS_STEP, rows.periods.length - periods.length) })}
          </button>
        ) : null}
      </div>
      <div className="entry-layout__side">
        <p className="pending-count" role="status">
          {changes.length > 0 || invalid.length > 0
            ? t('admin.entry.pending', { count: changes.length, invalid: invalid.length })
            : t('admin.entry.noPending')}
        </p>
        {invalidCells.length > 0 ? (
          <ul className="plain-list check-list">
            {invalidCells.map((cell) => (
              <li key={cell.key} className="check check--invalid">
                <span aria-hidden="true">⚠</span>
                <span>
                  <strong>{cell.label}:</strong> {cell.message}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <ImpactPreview
          preview={previewData ?? (changes.length > 0 ? preview.data : undefined)}
          updating={changes.length > 0 && invalid.length === 0 && (!previewIsCurrent || preview.isFetching)}
          error={preview.error}
          pendingCount={changes.length}
          invalidCount={invalid.length}
          formatValue={formatValue}
          indicatorName={indicatorName}
          countryName={countryName}
        />
        <EntryChecks outliers={outliers} conflicts={conflicts} confirm={confirm} onConfirm={setConfirm} formatValue={formatValue} countryName={countryName} />
        <form className="admin-form panel entry-save" onSubmit={submit} noValidate aria-labelledby={`${id}-save-title`}>
          <h2 id={`${id}-save-title`}>{t('admin.entry.saveTitle')}</h2>
          <ReasonField
            id={`${id}-reason`}
            label={t('admin.entry.reason')}
            hint={t('admin.entry.reasonHint')}
            value={reason}
            problem={reasonProblem}
            onChange={setReason}
            onProblemCleared={() => setReasonProblem(null)}
          />
          <div role="alert" className="form-error">
            {formProblem ?? saveError}
          </div>
          <button type="submit" className="button" disabled={save.isPending}>
            <Save aria-hidden="true" size={16} />{' '}
            {save.isPending ? t('admin.entry.saving') : t('admin.entry.save', { count: changes.length })}
          </button>
          <div role="status" className="form-success">
            {saved ? <SavedSummary saved={saved} indicatorName={indicatorName} countryName={countryName} slug={indicator.slug} /> : null}
          </div>
        </form>
        {history ? (
          <CellHistory
            slug={indicator.slug}
            country={history.country}
            period={history.period}
            title={t('admin.grid.cellName', { country: countryName(history.country), period: history.period })}
            formatValue={formatValue}
            onClose={closeHistory}
          />
        ) : null}
      </div>
    </div>
  )
}

function SavedSummary({ saved, indicatorName, countryName, slug }: { saved: BatchSaved; indicatorName: (s: string) => string; countryName: (c: string) => string; slug: string }) {
  const { t } = useI18n()
  const count = saved.changes.filter((c) => c.result !== 'unchanged').length
  return (
    <>
      <p>
        {saved.result === 'unchanged' ? t('admin.entry.savedUnchanged') : t('admin.entry.saved', { count })}{' '}
        {saved.statusFlips.length === 0
          ? t('admin.entry.noFlip')
          : t('admin.entry.flips', {
              list: saved.statusFlips
                .map((f) => `${indicatorName(f.indicator)} · ${countryName(f.country)}: ${t(`status.${f.from}`)} → ${t(`status.${f.to}`)}`)
                .join('; '),
            })}
      </p>
      <p>
        <AppLink to={paths.indicator.build(slug, { tab: 'table' })}>{t('admin.entry.seePublic')}</AppLink> ·{' '}
        <AppLink to={paths.changes.build({ indicator: slug })}>{t('admin.entry.seeChanges')}</AppLink>
      </p>
    </>
  )
}

/** One entry per cell: the first list wins (the save's answer over the preview's). */
function mergeByCell<T extends { country: string; period: string }>(first: readonly T[], second: readonly T[]): T[] {
  const seen = new Set(first.map((item) => cellKey(item.country, item.period)))
  return [...first, ...second.filter((item) => !seen.has(cellKey(item.country, item.period)))]
}
