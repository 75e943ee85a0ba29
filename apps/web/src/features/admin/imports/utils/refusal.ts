/**
 * Why a commit or a revert of an import was refused, in words: the points changed since (a 409 with
 * the conflicts, listed under the form), the import's state (already applied, reverted, never
 * applied), or any other error.
 */
import { ApiError } from '@/lib/api-client.ts'
import type { useI18n } from '@/i18n/use-i18n.ts'
import { errorText } from '../../utils/error-text.ts'
import { ImportConflictBodySchema, type ImportConflict } from '../api/schemas.ts'

type Translate = ReturnType<typeof useI18n>['t']

export interface ImportRefusal {
  text: string | null
  /** The points that changed since, when that is why. */
  conflicts: { total: number; conflicts: ImportConflict[] } | null
}

/** A 409 about the import's state (already applied, reverted, never applied). */
function stateText(error: ApiError, t: Translate): string {
  switch (error.code) {
    case 'already_committed':
      return t('admin.imports.state.alreadyCommitted')
    case 'already_reverted':
      return t('admin.imports.state.alreadyReverted')
    case 'not_committed':
      return t('admin.imports.state.notCommitted')
    default:
      return errorText(error, t)
  }
}

/** `conflictText(n)`: the sentence for n points changed since. */
export function importRefusal(error: unknown, t: Translate, conflictText: (count: number) => string): ImportRefusal {
  if (!error) return { text: null, conflicts: null }
  if (error instanceof ApiError && error.statusCode === 409) {
    const conflict = ImportConflictBodySchema.safeParse(error.body)
    if (conflict.success) return { text: conflictText(conflict.data.total), conflicts: conflict.data }
    return { text: stateText(error, t), conflicts: null }
  }
  return { text: errorText(error, t), conflicts: null }
}
