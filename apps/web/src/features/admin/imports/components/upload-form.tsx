import { useId, useRef, useState, type FormEvent } from 'react'
import { Upload, X } from 'lucide-react'
import type { IndicatorSummary } from '@nap/schemas'
import { ApiError } from '@/lib/api-client.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { errorText } from '../../utils/error-text.ts'
import { useAdminSession } from '../../components/admin-session.tsx'
import { useUploadImport } from '../api/imports.ts'
import { IMPORT_FORMATS, type ImportDetail } from '../api/schemas.ts'
import { UploadAborted, type UploadProgress } from '../api/upload.ts'
import { fileProblem, formatFileSize, MAX_FILE_BYTES, progressPercent } from '../utils/file-checks.ts'
import type { ImportLabels } from '../utils/labels.ts'
import { FileDrop } from './file-drop.tsx'

interface UploadFormProps {
  indicators: readonly IndicatorSummary[]
  labels: ImportLabels
  onChecked: (detail: ImportDetail) => void
}

type Phase = { kind: 'idle' } | { kind: 'sending'; progress: UploadProgress } | { kind: 'reading' }

/**
 * Choose (or drop) a file, optionally force its format, the indicator of a one-series file or the
 * sheet of a workbook, and send it: a dry run that changes nothing. The upload shows its progress
 * (and can be cancelled), then the server reads and compares the file.
 */
export function UploadForm({ indicators, labels, onChecked }: UploadFormProps) {
  const { t, lang } = useI18n()
  const id = useId()
  const { csrfToken, handleAuthError } = useAdminSession()
  const upload = useUploadImport(csrfToken)
  const [file, setFile] = useState<File | null>(null)
  const [format, setFormat] = useState('')
  const [indicator, setIndicator] = useState('')
  const [sheet, setSheet] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const busy = phase.kind !== 'idle'

  const describeProblem = (chosen: File | null): string | null => {
    if (!chosen) return t('admin.imports.upload.noFile')
    const found = fileProblem(chosen)
    if (found === 'empty') return t('admin.imports.upload.empty', { name: chosen.name })
    if (found === 'tooLarge') return t('admin.imports.upload.tooLarge', { size: formatFileSize(chosen.size, lang), limit: formatFileSize(MAX_FILE_BYTES, lang) })
    return null
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = describeProblem(file)
    setProblem(found)
    if (found || !file) return
    upload.reset()
    const abort = new AbortController()
    controller.current = abort
    setPhase({ kind: 'sending', progress: { loaded: 0, total: file.size } })
    upload.mutate(
      {
        file,
        format,
        indicator,
        sheet,
        signal: abort.signal,
        onProgress: (progress) => setPhase({ kind: 'sending', progress }),
        onSent: () => setPhase({ kind: 'reading' }),
      },
      {
        onSuccess: (detail) => onChecked(detail),
        onError: (error) => void handleAuthError(error),
        onSettled: () => {
          controller.current = null
          setPhase({ kind: 'idle' })
        },
      },
    )
  }

  const percent = phase.kind === 'sending' ? progressPercent(phase.progress.loaded, phase.progress.total) : null
  const refusal = upload.error ? refusalText(upload.error, t, lang) : null

  return (
    <form className="admin-form panel upload-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.imports.upload.title')}</h2>
      <p className="note">{t('admin.imports.upload.intro')}</p>
      <FileDrop
        file={file}
        disabled={busy}
        problem={problem}
        onFile={(chosen) => {
          setFile(chosen)
          upload.reset()
          setProblem(chosen ? describeProblem(chosen) : null)
        }}
      />
      <fieldset className="field-group upload-form__options" disabled={busy}>
        <legend>{t('admin.imports.upload.options')}</legend>
        <div className="field">
          <label htmlFor={`${id}-format`}>{t('admin.imports.upload.format')}</label>
          <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value)}>
            <option value="">{t('admin.imports.upload.detect')}</option>
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`admin.imports.format.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-indicator`}>{t('admin.imports.upload.indicator')}</label>
          <p id={`${id}-indicator-hint`} className="field__hint">
            {t('admin.imports.upload.indicatorHint')}
          </p>
          <select id={`${id}-indicator`} value={indicator} aria-describedby={`${id}-indicator-hint`} onChange={(e) => setIndicator(e.target.value)}>
            <option value="">{t('admin.imports.upload.fromFile')}</option>
            {indicators.map((i) => (
              <option key={i.slug} value={i.slug}>
                {labels.indicatorName(i.slug)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sheet`}>{t('admin.imports.upload.sheet')}</label>
          <p id={`${id}-sheet-hint`} className="field__hint">
            {t('admin.imports.upload.sheetHint')}
          </p>
          <input id={`${id}-sheet`} type="text" value={sheet} maxLength={100} autoComplete="off" aria-describedby={`${id}-sheet-hint`} onChange={(e) => setSheet(e.target.value)} />
        </div>
      </fieldset>
      <div className="upload-progress" aria-live="polite">
        {phase.kind === 'sending' ? (
          <>
            <label htmlFor={`${id}-progress`}>
              {percent === null ? t('admin.imports.upload.sendingUnknown') : t('admin.imports.upload.sending', { percent })}
            </label>
            <progress id={`${id}-progress`} max={100} value={percent ?? undefined} />
          </>
        ) : phase.kind === 'reading' ? (
          <>
            <label htmlFor={`${id}-progress`}>{t('admin.imports.upload.reading')}</label>
            <progress id={`${id}-progress`} />
          </>
        ) : null}
      </div>
      <div role="alert" className="form-error">
        {refusal}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          <Upload aria-hidden="true" size={16} /> {busy ? t('admin.imports.upload.checking') : t('admin.imports.upload.submit')}
        </button>
        {phase.kind === 'sending' ? (
          <button type="button" className="button button--secondary" onClick={() => controller.current?.abort()}>
            <X aria-hidden="true" size={16} /> {t('admin.imports.upload.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}

/** Why the server refused the file: too large (413), unreadable (400, naming the line or part), or else. */
function refusalText(error: Error, t: ReturnType<typeof useI18n>['t'], lang: ReturnType<typeof useI18n>['lang']): string {
  if (error instanceof UploadAborted) return t('admin.imports.upload.cancelled')
  if (error instanceof ApiError) {
    // The file's own message ("line 7: …") is the issue of the field `file`; the error's message says more around it.
    const detail = error.issues.find((issue) => issue.field === 'file')?.message ?? error.message
    if (error.statusCode === 413 && (error.code === 'file_too_large' || error.code === 'payload_too_large')) {
      return t('admin.imports.upload.refusedTooLarge', { limit: formatFileSize(MAX_FILE_BYTES, lang) })
    }
    if (error.statusCode === 413) return t('admin.imports.upload.overLimit', { message: detail })
    if (error.statusCode === 400 && error.code === 'invalid_file') return t('admin.imports.upload.unreadable', { message: detail })
  }
  return errorText(error, t)
}
