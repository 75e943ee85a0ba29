import { ErrorPanel } from '@/components/errors/error-panel.tsx'
import { NotFound } from '@/components/errors/not-found.tsx'
import { isNotFound } from '@/lib/api-client.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

/** Errors thrown while rendering a page: shown inside the layout, with a reload as the retry. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useI18n()
  if (isNotFound(error)) return <NotFound />
  return (
    <div className="page">
      <h1>{t('common.errorTitle')}</h1>
      <ErrorPanel error={error} onRetry={() => window.location.reload()} />
    </div>
  )
}
