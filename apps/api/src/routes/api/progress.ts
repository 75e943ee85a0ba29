import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema, ProgressSchema } from '@nap/schemas'
import { notFound } from '../../plugins/error-handler.ts'
import { sharedListSerializerCompiler } from '../../plugins/json-serializer.ts'
import { CountryParam, GoalParam, IsoDateParam } from './query-params.ts'

const AsOfQuery = IsoDateParam.optional().describe(
  'The data as it stood at this instant, rebuilt from the revision history, assessed at its UTC day: a date alone ' +
    'means the end of that day (UTC); before the first data, every status is as with no data. Default: the current ' +
    'data, today. Targets are the current ones. It must exist in the calendar.',
)

/** The assessments are the progress service's shared objects: each one's JSON is written once. */
const serializerCompiler = sharedListSerializerCompiler('assessments')

const today = () => new Date().toISOString().slice(0, 10)

/** No `asOf`: the current data at today's date; otherwise the data at that instant, assessed at its day. */
const timeOf = (asOf: { date: string; instant: string } | undefined) => (asOf ? { date: asOf.date, instant: asOf.instant } : { date: today() })

const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/progress',
    {
      schema: {
        operationId: 'getProgress',
        tags: ['Progress'],
        summary: 'Status of every indicator × country, with every input, and goal roll-ups',
        querystring: z.object({
          goal: GoalParam.optional(),
          country: CountryParam.optional(),
          asOf: AsOfQuery,
        }),
        response: { 200: ProgressSchema, 400: ApiErrorSchema },
      },
      config: { responseCache: true },
      serializerCompiler,
    },
    async (request) => {
      const { goal, country, asOf } = request.query
      return app.progress.progress(timeOf(asOf), { goal, country })
    },
  )

  app.get(
    '/indicators/:slug/progress',
    {
      schema: {
        operationId: 'getIndicatorProgress',
        tags: ['Progress'],
        summary: 'Status of one indicator for every country',
        params: z.object({ slug: z.string() }),
        querystring: z.object({ asOf: AsOfQuery }),
        response: { 200: ProgressSchema, 400: ApiErrorSchema, 404: ApiErrorSchema },
      },
      config: { responseCache: true },
      serializerCompiler,
    },
    async (request) => {
      const { slug } = request.params
      if (!app.series.findIndicator(slug)) throw notFound(`Indicator "${slug}" not found`)
      return app.progress.progress(timeOf(request.query.asOf), { indicator: slug })
    },
  )
}

export default progressRoutes
