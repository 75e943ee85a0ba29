import { Ban, Equal, Pencil, Plus, SkipForward, type LucideIcon } from 'lucide-react'
import { useI18n } from '@/i18n/use-i18n.ts'
import type { ImportVerdict } from '../api/schemas.ts'

const ICONS: Record<ImportVerdict, LucideIcon> = { new: Plus, changed: Pencil, unchanged: Equal, rejected: Ban, skipped: SkipForward }

/** A verdict as icon + word (the colour only repeats them). */
export function VerdictBadge({ verdict }: { verdict: ImportVerdict }) {
  const { t } = useI18n()
  const Icon = ICONS[verdict]
  return (
    <span className={`verdict-badge verdict-badge--${verdict}`} data-verdict={verdict}>
      <Icon aria-hidden="true" focusable="false" size={14} strokeWidth={2.25} />
      {t(`admin.imports.verdict.${verdict}`)}
    </span>
  )
}
