import { RefreshCw } from 'lucide-react'
import { ApiError } from '@/lib/api-client.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

interface ErrorPanelProps {
  error: unknown
  onRetry?: () => void
  title?: string
}

/** An API or render error with what the server said and a retry button. */
export function ErrorPanel({ error, onRetry, title }: ErrorPanelProps) {
  const { t } = useI18n()
  const detail =
    error instanceof ApiError
      ? t('common.errorBody', { message: error.message })
      : error instanceof TypeError
        ? t('common.errorNetwork')
        : error instanceof Error
          ? error.message
          : t('common.errorNetwork')
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">{title ?? t('common.errorTitle')}</p>
      <p className="error-panel__detail">{detail}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          <RefreshCw aria-hidden="true" size={16} /> {t('common.retry')}
        </button>
      ) : null}
    </div>
  )
}
