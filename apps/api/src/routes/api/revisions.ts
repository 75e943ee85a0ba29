/** GET /api/indicators/:slug/revisions: every revision of an indicator's points, newest first. */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema, RevisionPageSchema } from '@nap/schemas'
import { notFound } from '../../plugins/error-handler.ts'
import { AreaCodeParam, CursorParam, limitParam, PeriodParam } from './record-params.ts'

const revisionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/indicators/:slug/revisions',
    {
      schema: {
        operationId: 'listIndicatorRevisions',
        tags: ['Data'],
        summary: "Every revision of an indicator's values, newest first",
        description:
          'The public record (ALFRED-style vintages): time, old → new value, flags, reason, action and the author’s display name ' +
          "('seed' / 'system' for the initial load and recomputations). Filter by country and period; page with `cursor`.",
        params: z.object({ slug: z.string().describe('Indicator slug, e.g. unemployment-rate') }),
        querystring: z.object({
          country: AreaCodeParam.optional(),
          period: PeriodParam.optional(),
          limit: limitParam(100, 500),
          cursor: CursorParam.optional(),
        }),
        response: { 200: RevisionPageSchema, 400: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request) => {
      const { slug } = request.params
      const { country, period, limit, cursor } = request.query
      const ind = app.catalog.findIndicatorRow(slug)
      if (!ind) throw notFound(`Indicator "${slug}" not found`)
      return app.revisions.listRevisions({ indicatorId: ind.id, slug, country, period, limit, after: cursor })
    },
  )
}

export default revisionRoutes
