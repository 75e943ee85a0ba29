import { useI18n } from '@/i18n/use-i18n.ts'

/** A filter form's buttons: apply (the form's submit) and clear (empties the draft and the filter). */
export function FilterActions({ onClear }: { onClear: () => void }) {
  const { t } = useI18n()
  return (
    <div className="button-row">
      <button type="submit" className="button">
        {t('admin.audit.apply')}
      </button>
      <button type="button" className="button button--secondary" onClick={onClear}>
        {t('admin.audit.clear')}
      </button>
    </div>
  )
}
