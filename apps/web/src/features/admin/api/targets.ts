/** Setting a target (admins): versioned, audited; progress moves at once. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CountryCode } from '@nap/domain'
import { TargetUpdateResultSchema, type TargetUpdateBody } from '@nap/schemas'
import { apiSend } from '@/lib/api-client.ts'
import { invalidatePublicData } from './invalidate.ts'

export function usePutTarget(slug: string, country: CountryCode, csrfToken: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TargetUpdateBody) =>
      apiSend('PUT', `/api/admin/indicators/${encodeURIComponent(slug)}/targets/${country}`, TargetUpdateResultSchema, { body, csrfToken }),
    onSuccess: () => invalidatePublicData(queryClient),
  })
}
