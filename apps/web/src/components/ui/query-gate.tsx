import type { ReactElement } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { ErrorPanel } from '@/components/errors/error-panel.tsx'
import { isNotFound } from '@/lib/api-client.ts'
import { Loading } from './loading.tsx'

type DataOf<T> = { [K in keyof T]: T[K] extends UseQueryResult<infer D, Error> ? D : never }

export type Gate<T> = { ready: true; data: T } | { ready: false; element: ReactElement }

interface GateOptions {
  /** Shown instead of the error panel when a query answers 404. */
  notFound?: ReactElement
  loadingLines?: number
}

/**
 * Loading, error (with retry) and not-found states for a set of queries; when all have data,
 * returns the data as a typed tuple.
 */
export function gate<T extends readonly UseQueryResult<unknown, Error>[]>(queries: readonly [...T], options: GateOptions = {}): Gate<DataOf<T>> {
  const failed = queries.filter((q) => q.isError && q.data === undefined)
  if (failed.length) {
    const error = failed[0]?.error
    if (options.notFound && failed.some((q) => isNotFound(q.error))) return { ready: false, element: options.notFound }
    return {
      ready: false,
      element: <ErrorPanel error={error} onRetry={() => failed.forEach((q) => void q.refetch())} />,
    }
  }
  if (queries.some((q) => q.data === undefined)) {
    return { ready: false, element: <Loading lines={options.loadingLines ?? 3} /> }
  }
  return { ready: true, data: queries.map((q) => q.data) as DataOf<T> }
}
