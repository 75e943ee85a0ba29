import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema, ProgressSchema } from '@nap/schemas'
import { notFound } from '../../plugins/error-handler.ts'
import { CountryParam, GoalParam, IsoDateParam } from './query-params.ts'

const AsOfQuery = IsoDateParam.optional().describe(
  'Assessment date, YYYY-MM-DD (a UTC date-time counts as its day); default today. It must exist in the calendar.',
)

const today = () => new Date().toISOString().slice(0, 10)

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
    },
    async (request) => {
      const { goal, country, asOf } = request.query
      return app.progress.progress(asOf?.date ?? today(), { goal, country })
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
    },
    async (request) => {
      const { slug } = request.params
      if (!app.catalog.findIndicatorRow(slug)) throw notFound(`Indicator "${slug}" not found`)
      return app.progress.progress(request.query.asOf?.date ?? today(), { indicator: slug })
    },
  )
}

export default progressRoutes
