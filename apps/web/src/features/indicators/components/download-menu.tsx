import { useState } from 'react'
import { Download } from 'lucide-react'
import { useI18n } from '@/i18n/use-i18n.ts'

export type DownloadKind = 'csvView' | 'csvFull' | 'png' | 'svg'

interface DownloadMenuProps {
  onDownload: (kind: DownloadKind) => Promise<void>
  /** Image downloads need the chart on screen. */
  imagesAvailable: boolean
}

/** CSV of the view, CSV of the full series, PNG and SVG of the chart. */
export function DownloadMenu({ onDownload, imagesAvailable }: DownloadMenuProps) {
  const { t } = useI18n()
  const [failed, setFailed] = useState(false)
  const run = (kind: DownloadKind) => {
    setFailed(false)
    onDownload(kind).catch(() => setFailed(true))
  }
  const kinds: DownloadKind[] = imagesAvailable ? ['csvView', 'csvFull', 'png', 'svg'] : ['csvView', 'csvFull']
  return (
    <details className="download-menu">
      <summary>
        <Download aria-hidden="true" size={16} /> {t('download.title')}
      </summary>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <button type="button" className="link-button" onClick={() => run(kind)}>
              {t(`download.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
      {failed ? <p role="alert">{t('download.failed')}</p> : null}
    </details>
  )
}
