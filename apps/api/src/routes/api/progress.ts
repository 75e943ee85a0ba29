import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema, ProgressSchema } from '@nap/schemas'
import { notFound } from '../../plugins/error-handler.ts'
import { CountryParam, GoalParam } from './query-params.ts'

const AsOfQuery = z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' }).optional().describe('Assessment date; default today')

const today = () => new Date().toISOString().slice(0, 10)

const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/progress',
    {
      schema: {
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
      return app.progress.progress(asOf ?? today(), { goal, country })
    },
  )

  app.get(
    '/indicators/:slug/progress',
    {
      schema: {
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
      return app.progress.progress(request.query.asOf ?? today(), { indicator: slug })
    },
  )
}

export default progressRoutes
