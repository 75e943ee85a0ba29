import { AppLink } from '@/components/ui/app-link.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { paths } from '@/config/paths.ts'

/** The not-found page body: unknown path, unknown indicator, goal or country. */
export function NotFound({ title, message }: { title?: string; message?: string }) {
  const { t } = useI18n()
  const heading = title ?? t('common.notFoundTitle')
  useDocumentTitle(heading)
  return (
    <div className="not-found">
      <h1>{heading}</h1>
      <p>{message ?? t('common.notFoundBody')}</p>
      <p>
        <AppLink to={paths.overview.build()}>{t('common.backHome')}</AppLink>
      </p>
    </div>
  )
}
