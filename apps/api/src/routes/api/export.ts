import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AreaCode } from '@nap/domain'
import { ApiErrorSchema, toCsv, type CsvCell } from '@nap/schemas'
import { badRequest, notFound } from '../../plugins/error-handler.ts'
import { CountryListParam, YearParam } from './query-params.ts'

const HEADER = ['indicator', 'country', 'period', 'year', 'value', 'unit', 'estimate', 'provisional', 'break_in_series', 'derived', 'source_note']
const CsvResponse = z.string().describe('text/csv; the first lines are comments (#) with the source and licence')

const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { catalog, series } = app

  /** Rows of one indicator (one series read) with its source's attribution and licence. */
  function rowsFor(slug: string, countries?: AreaCode[], from?: number, to?: number): { rows: CsvCell[][]; attribution: string; licence: string } {
    const row = catalog.findIndicatorRow(slug)
    if (!row) throw notFound(`Indicator "${slug}" not found`)
    const source = catalog.listSources().find((x) => x.id === row.sourceId)
    if (!source) throw new Error(`indicator ${slug} has no source ${row.sourceId}`)
    const s = series.findSeries({ indicatorId: row.id, slug, countries: countries ?? row.countries, from, to })
    const rows = s.series.flatMap((c) =>
      c.points.map((p): CsvCell[] => [slug, c.country, p.period, p.year, p.value, row.unitEn, p.estimate, p.provisional, p.breakInSeries, p.derived, p.sourceNote]),
    )
    return { rows, attribution: source.attribution.en, licence: source.licence }
  }

  app.get(
    '/indicators/:slug/export.csv',
    {
      schema: {
        tags: ['Data'],
        summary: 'One indicator as CSV (with a source and licence header)',
        params: z.object({ slug: z.string() }),
        querystring: z.object({ countries: CountryListParam.optional(), from: YearParam.optional(), to: YearParam.optional() }),
        produces: ['text/csv'],
        response: { 200: CsvResponse, 400: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const { slug } = request.params
      const { countries, from, to } = request.query
      if (from !== undefined && to !== undefined && from > to) throw badRequest('from', `must not be after to (from=${from}, to=${to})`)
      const { rows, attribution, licence } = rowsFor(slug, countries, from, to)
      const csv = toCsv(
        [`North American Project — Goal Monitor: ${slug}`, `${attribution} Licence: ${licence}.`],
        HEADER,
        rows,
      )
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${slug}.csv"`)
        .send(csv)
    },
  )

  app.get(
    '/export.csv',
    {
      schema: {
        tags: ['Data'],
        summary: 'Every listed indicator, every country, as one CSV',
        produces: ['text/csv'],
        response: { 200: CsvResponse },
      },
    },
    async (_request, reply) => {
      const all = catalog.listIndicators({}).flatMap((i) => rowsFor(i.slug).rows)
      const licences = catalog.listSources().map((s) => `${s.attribution.en} (${s.licence})`)
      const csv = toCsv(['North American Project — Goal Monitor: all indicators', ...licences], HEADER, all)
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="goal-monitor.csv"')
        .send(csv)
    },
  )
}

export default exportRoutes
