import { useEffect } from 'react'
import { useI18n } from '@/i18n/use-i18n.ts'

/** Sets the tab title: "Page · North American Project — Goal Monitor". */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useI18n()
  const app = t('app.title')
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app
  }, [title, app])
}
