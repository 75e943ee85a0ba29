import { useId, useRef, useState, type DragEvent } from 'react'
import { FileUp } from 'lucide-react'
import { useI18n } from '@/i18n/use-i18n.ts'
import { ACCEPTED_FILES, formatFileSize, MAX_FILE_BYTES } from '../utils/file-checks.ts'

interface FileDropProps {
  file: File | null
  onFile: (file: File | null) => void
  /** Why the file cannot be sent (shown under the field, and the input marked invalid). */
  problem: string | null
  disabled: boolean
}

/** True when a drag carries files (not text or a link dragged from the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files')
}

/**
 * A real file input with its label (keyboard: Tab to it, Enter or Space opens the chooser), inside a
 * zone that also takes a file dropped on it: the drop is an enhancement, never the only way.
 */
export function FileDrop({ file, onFile, problem, disabled }: FileDropProps) {
  const { t, lang } = useI18n()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const [several, setSeveral] = useState(false)

  const onDrag = (event: DragEvent) => {
    if (disabled || !carriesFiles(event)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setOver(true)
  }
  const onDrop = (event: DragEvent) => {
    if (disabled || !carriesFiles(event)) return
    event.preventDefault()
    setOver(false)
    const files = Array.from(event.dataTransfer.files)
    const first = files[0]
    if (!first) return
    setSeveral(files.length > 1)
    // The chooser would show another file than the one taken: clear it.
    if (input.current) input.current.value = ''
    onFile(first)
  }

  const describedBy = [`${id}-hint`, problem ? `${id}-problem` : null, file ? `${id}-chosen` : null].filter(Boolean).join(' ')
  return (
    <div
      className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
      data-testid="drop-zone"
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget instanceof Node ? event.relatedTarget : null)) setOver(false)
      }}
      onDrop={onDrop}
    >
      <FileUp aria-hidden="true" focusable="false" size={28} className="drop-zone__icon" />
      <div className="field drop-zone__field">
        <label htmlFor={`${id}-file`}>{t('admin.imports.file')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('admin.imports.fileHint', { limit: formatFileSize(MAX_FILE_BYTES, lang) })}
        </p>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          name="file"
          accept={ACCEPTED_FILES}
          disabled={disabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setSeveral(false)
            onFile(event.target.files?.[0] ?? null)
          }}
        />
        <p className="drop-zone__or" aria-hidden="true">
          {over ? t('admin.imports.dropNow') : t('admin.imports.dropHere')}
        </p>
      </div>
      {file ? (
        <p id={`${id}-chosen`} className="drop-zone__chosen">
          {t('admin.imports.chosen', { name: file.name, size: formatFileSize(file.size, lang) })}
          {several ? ` ${t('admin.imports.oneAtATime')}` : ''}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} className="field__error">
          {problem}
        </p>
      ) : null}
    </div>
  )
}
