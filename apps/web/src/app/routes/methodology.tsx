import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { MethodologyArticle } from '@/features/methodology/components/methodology-article.tsx'
import { useI18n } from '@/i18n/use-i18n.ts'

export function MethodologyRoute() {
  const { t } = useI18n()
  useDocumentTitle(t('methodology.docTitle'))
  return (
    <div className="page page--narrow">
      <MethodologyArticle />
    </div>
  )
}
