import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema, SERIES_DETAILS, SeriesSchema } from '@nap/schemas'
import { badRequest, notFound } from '../../plugins/error-handler.ts'
import { fastSerializerCompiler, sendJsonText } from '../../plugins/json-serializer.ts'
import { CountryListParam, IsoDateParam, YearParam } from './query-params.ts'

const SeriesQuery = z.object({
  countries: CountryListParam.optional(),
  from: YearParam.optional().describe('First year (inclusive)'),
  to: YearParam.optional().describe('Last year (inclusive)'),
  asOf: IsoDateParam.optional().describe(
    'Values as they stood at this UTC date-time, or at the end of this date (rebuilt from the revision history). It must exist in the calendar.',
  ),
  detail: z
    .enum(SERIES_DETAILS, { error: 'must be "compact" or "full"' })
    .optional()
    .describe('compact (default): each source note once, in `sources`, named by id; full: also every point\'s `sourceNote` written out'),
})

const seriesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/indicators/:slug/series',
    {
      schema: {
        operationId: 'getIndicatorSeries',
        tags: ['Data'],
        summary: 'Observations of an indicator, per country',
        description:
          'Defaults to the countries the indicator is reported for. `asOf` rebuilds past values from revisions. ' +
          'The source notes are named once, in `sources`: a country series names the note of its points by `sourceId`, and a point ' +
          'carries its own `sourceId` only where it differs; `detail=full` also writes each point\'s `sourceNote`. ' +
          'Served with an ETag (answer If-None-Match with 304) and brotli or gzip when accepted.',
        params: z.object({ slug: z.string() }),
        querystring: SeriesQuery,
        response: { 200: SeriesSchema, 400: ApiErrorSchema, 404: ApiErrorSchema },
      },
      config: { responseCache: true },
      serializerCompiler: fastSerializerCompiler,
    },
    async (request, reply) => {
      const { slug } = request.params
      const { countries, from, to, asOf, detail } = request.query
      if (from !== undefined && to !== undefined && from > to) {
        throw badRequest('from', `must not be after to (from=${from}, to=${to})`)
      }
      const ind = app.series.findIndicator(slug)
      if (!ind) throw notFound(`Indicator "${slug}" not found`)
      // The JSON text written straight from the rows (seriesJson: what JSON.stringify of the
      // SeriesSchema value writes, byte for byte), sent as it is.
      const json = app.series.findSeriesJson({
        indicatorId: ind.id,
        slug,
        countries: countries ?? ind.countries,
        from,
        to,
        asOf: asOf?.instant,
        detail,
      })
      return sendJsonText(reply, json)
    },
  )
}

export default seriesRoutes
