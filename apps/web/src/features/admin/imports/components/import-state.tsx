import { formatDateTime } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import type { Import } from '../api/schemas.ts'

/** Where an import stands, in words: checked only, applied (when, by whom, why), reverted, failed. */
export function ImportState({ item }: { item: Import }) {
  const { t, lang } = useI18n()
  const when = (at: string | null) => (at ? formatDateTime(at, lang) : t('common.none'))
  switch (item.state) {
    case 'previewed':
      return <span className="import-state import-state--previewed">{t('admin.imports.state.previewed')}</span>
    case 'committed':
      return (
        <span className="import-state import-state--committed">
          {t('admin.imports.state.committed', { when: when(item.committedAt), who: item.committedBy ?? t('common.none') })}
          {item.commitReason ? <span className="import-state__reason">{t('admin.imports.state.reason', { reason: item.commitReason })}</span> : null}
        </span>
      )
    case 'reverted':
      return (
        <span className="import-state import-state--reverted">
          {t('admin.imports.state.reverted', { when: when(item.revertedAt), who: item.revertedBy ?? t('common.none') })}
          {item.revertReason ? <span className="import-state__reason">{t('admin.imports.state.reason', { reason: item.revertReason })}</span> : null}
        </span>
      )
    case 'failed':
      return <span className="import-state import-state--failed">{t('admin.imports.state.failed')}</span>
    default:
      return <span className="import-state">{item.state}</span>
  }
}
