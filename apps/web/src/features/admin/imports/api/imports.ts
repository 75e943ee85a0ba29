/**
 * Imports: the upload (a dry run: nothing changes), one page of an import's verdicts, the history,
 * the commit and the revert. A commit or a revert marks every public answer stale (series, progress,
 * indicators, changes…), so the open pages show the new state without a reload.
 */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiGet, apiSend, withQuery } from '@/lib/api-client.ts'
import { invalidatePublicData } from '../../api/invalidate.ts'
import { CommittedSchema, ImportDetailSchema, ImportPageSchema, RevertedSchema, VerdictPageSchema, type ImportVerdict } from './schemas.ts'
import { uploadForm, type UploadProgress } from './upload.ts'

export const IMPORTS_KEY = ['admin', 'imports'] as const
const BASE = '/api/admin/imports'
const importPath = (id: number) => `${BASE}/${String(id)}`

export interface UploadInput {
  file: File
  format?: string | undefined
  indicator?: string | undefined
  sheet?: string | undefined
  onProgress?: (progress: UploadProgress) => void
  onSent?: () => void
  signal?: AbortSignal
}

/** The upload's form: the options first, the file last. */
export function uploadFields(input: Pick<UploadInput, 'file' | 'format' | 'indicator' | 'sheet'>): [string, string | Blob, string?][] {
  const fields: [string, string | Blob, string?][] = []
  for (const name of ['format', 'indicator', 'sheet'] as const) {
    const value = input[name]?.trim()
    if (value) fields.push([name, value])
  }
  fields.push(['file', input.file, input.file.name])
  return fields
}

export function useUploadImport(csrfToken: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: UploadInput) =>
      uploadForm(
        {
          url: BASE,
          fields: uploadFields(input),
          csrfToken,
          ...(input.onProgress ? { onProgress: input.onProgress } : {}),
          ...(input.onSent ? { onSent: input.onSent } : {}),
          ...(input.signal ? { signal: input.signal } : {}),
        },
        ImportDetailSchema,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...IMPORTS_KEY, 'list'] }),
  })
}

export interface VerdictFilter {
  verdict?: ImportVerdict | undefined
  indicator?: string | undefined
  country?: string | undefined
}

/** Rows of the verdict table per page. */
export const VERDICT_PAGE_SIZE = 50

/** One page of an import's verdicts (with the import itself), in file order. */
export const useImportVerdicts = (id: number | null, filter: VerdictFilter, cursor: string | null) =>
  useQuery({
    queryKey: [...IMPORTS_KEY, 'verdicts', id, filter, cursor],
    queryFn: () =>
      apiGet(withQuery(importPath(id ?? 0), { ...filter, cursor, limit: VERDICT_PAGE_SIZE }), VerdictPageSchema, { cache: 'no-store' }),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  })

/** Imports per page of the history. */
export const HISTORY_PAGE_SIZE = 20

/** The imports, newest first (who, when, file, summary, state), page by page. */
export const useImportHistory = () =>
  useInfiniteQuery({
    queryKey: [...IMPORTS_KEY, 'list'],
    queryFn: ({ pageParam }) => apiGet(withQuery(BASE, { cursor: pageParam, limit: HISTORY_PAGE_SIZE }), ImportPageSchema, { cache: 'no-store' }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

async function afterWrite(queryClient: ReturnType<typeof useQueryClient>): Promise<void> {
  await Promise.all([
    invalidatePublicData(queryClient),
    queryClient.invalidateQueries({ queryKey: IMPORTS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['admin', 'grid'] }),
  ])
}

export interface ReasonInput {
  id: number
  reason: string
}

export function useCommitImport(csrfToken: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: ReasonInput) => apiSend('POST', `${importPath(id)}/commit`, CommittedSchema, { body: { reason }, csrfToken }),
    onSuccess: () => afterWrite(queryClient),
  })
}

export function useRevertImport(csrfToken: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: ReasonInput) => apiSend('POST', `${importPath(id)}/revert`, RevertedSchema, { body: { reason }, csrfToken }),
    onSuccess: () => afterWrite(queryClient),
  })
}
