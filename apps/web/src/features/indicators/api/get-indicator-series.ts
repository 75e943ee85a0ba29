import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet, withQuery } from '@/lib/api-client.ts'
import { SeriesWire } from '@/lib/wire-schemas.ts'

export interface SeriesFilter {
  countries?: readonly string[] | undefined
  from?: number | undefined
  to?: number | undefined
}

export const getIndicatorSeries = (slug: string, filter: SeriesFilter = {}) =>
  apiGet(
    withQuery(`/api/indicators/${encodeURIComponent(slug)}/series`, {
      countries: filter.countries?.length ? filter.countries.join(',') : undefined,
      from: filter.from,
      to: filter.to,
    }),
    SeriesWire,
  )
export const indicatorSeriesQueryOptions = (slug: string, filter: SeriesFilter = {}) =>
  queryOptions({
    queryKey: [
      'indicators',
      slug,
      'series',
      { countries: filter.countries?.join(',') ?? null, from: filter.from ?? null, to: filter.to ?? null },
    ],
    queryFn: () => getIndicatorSeries(slug, filter),
    placeholderData: keepPreviousData,
  })
export const useIndicatorSeries = (slug: string, filter: SeriesFilter = {}, enabled = true) =>
  useQuery({ ...indicatorSeriesQueryOptions(slug, filter), enabled })
