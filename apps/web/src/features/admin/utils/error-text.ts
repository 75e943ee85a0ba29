/** The words for a failed admin request: the API's code in the reader's language, else its message. */
import type { Translate } from '@/i18n/translate.ts'
import { ApiError } from '@/lib/api-client.ts'

export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'unauthenticated':
        return t('admin.error.unauthenticated')
      case 'forbidden':
        return t('admin.error.forbidden')
      case 'csrf':
      case 'origin':
        return t('admin.error.csrf')
      case 'password_change_required':
        return t('admin.error.passwordChangeRequired')
      case 'rate_limited':
        return t('admin.error.rateLimited')
      default:
        return t('common.errorBody', { message: error.message })
    }
  }
  return t('common.errorNetwork')
}
