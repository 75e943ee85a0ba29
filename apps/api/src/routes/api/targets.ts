/** GET /api/indicators/:slug/targets/:country/history: every version of a target (the About tab). */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema, TargetHistorySchema } from '@nap/schemas'
import { notFound } from '../../plugins/error-handler.ts'
import { CountryParam } from './query-params.ts'

const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/indicators/:slug/targets/:country/history',
    {
      schema: {
        operationId: 'getTargetHistory',
        tags: ['Catalog'],
        summary: "The history of an indicator's target for one country",
        description:
          'Every version newest first, down to the one the catalog set: when, who (display name), why, and the target before and after.',
        params: z.object({ slug: z.string().describe('Indicator slug, e.g. unemployment-rate'), country: CountryParam }),
        response: { 200: TargetHistorySchema, 400: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request) => {
      const { slug, country } = request.params
      const ind = app.catalog.findIndicatorRow(slug)
      if (!ind) throw notFound(`Indicator "${slug}" not found`)
      if (!ind.countries.includes(country)) {
        throw notFound(`Indicator "${slug}" is not reported for ${country} (it is for ${ind.countries.join(', ')})`)
      }
      return { indicator: slug, country, ...app.targets.history(ind.id, country) }
    },
  )
}

export default targetRoutes
