/** The words for a refused cell: what is wrong and what to type instead, in the reader's language. */
import type { Translate } from '@/i18n/translate.ts'
import type { CellError } from './grid-model.ts'

export function cellErrorText(t: Translate, error: CellError, text: string, suggestions: readonly string[]): string {
  const [first = '', second = ''] = suggestions
  switch (error) {
    case 'empty':
    case 'cleared':
      return t('admin.cell.cleared')
    case 'characters':
      return t('admin.cell.characters', { text })
    case 'reversed':
      return t('admin.cell.reversed', { text, suggestion: first })
    case 'decimalSeparator':
      return t('admin.cell.decimalSeparator', { text, suggestion: first })
    case 'grouping':
      return t('admin.cell.grouping', { text })
    case 'ambiguous':
      return t('admin.cell.ambiguous', { text, whole: first, decimal: second })
    case 'belowMin':
      return t('admin.cell.belowMin', { min: first })
    case 'aboveMax':
      return t('admin.cell.aboveMax', { max: first })
  }
}
