/**
 * PUT /api/admin/indicators/:slug/targets/:country (admin): set a target. Versioned (409 with the
 * current version, value and author when the version sent is stale), audited, and seen by /progress
 * at once (its cache fingerprint covers the targets' versions and times).
 */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema, TargetConflictSchema, TargetUpdateBodySchema, TargetUpdateResultSchema } from '@nap/schemas'
import { requireUser } from '../../auth/plugin.ts'
import { errorBody, HttpError, notFound } from '../../plugins/error-handler.ts'
import { targetProblems } from '../../repositories/target-rules.ts'
import { CountryParam } from '../api/query-params.ts'

const adminTargetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/admin/indicators/:slug/targets/:country',
    {
      config: { auth: 'admin' },
      schema: {
        operationId: 'putIndicatorTarget',
        tags: ['Catalog'],
        summary: "Set an indicator's target for one country (admin)",
        description:
          'Send the version you edited (0 to create a target where there is none). A stale version answers 409 with the current ' +
          'version, value and author and changes nothing. The change, its reason and the before/after are kept in the target history ' +
          '(GET /api/indicators/{slug}/targets/{country}/history) and the audit log, in the same transaction; /api/progress uses it at once. ' +
          'Rules: year from this year to 2100; baselineYear at most this year; milestones strictly between them; the value within the ' +
          "indicator's bounds; threshold indicators take bands instead of a value.",
        params: z.object({ slug: z.string().describe('Indicator slug, e.g. unemployment-rate'), country: CountryParam }),
        body: TargetUpdateBodySchema,
        response: {
          200: TargetUpdateResultSchema.describe('Updated (a new version) or unchanged'),
          201: TargetUpdateResultSchema.describe('Created (version 1)'),
          400: ApiErrorSchema,
          401: ApiErrorSchema,
          403: ApiErrorSchema,
          404: ApiErrorSchema,
          409: TargetConflictSchema,
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request)
      const { slug, country } = request.params
      const ind = app.catalog.findIndicatorRow(slug)
      if (!ind) throw notFound(`Indicator "${slug}" not found`)
      const now = app.clock()
      const current = app.targets.findTarget(ind.id, country)
      const problems = targetProblems(request.body, ind, country, now.getUTCFullYear(), current?.bands != null)
      if (problems.length > 0) {
        const message = `Invalid target: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`
        throw new HttpError(400, 'validation_error', message, problems)
      }
      const result = app.targets.putTarget({
        indicatorId: ind.id,
        country,
        body: request.body,
        by: { userId: user.id, actor: user.email, ip: request.ip },
        now: now.toISOString(),
      })
      if (result.kind === 'conflict') {
        const message = result.current
          ? `The target changed since you read it: it is at version ${String(result.current.version)} (by ${result.current.author}); you sent ${String(request.body.version)}`
          : `There is no target yet: send version 0 to create it (you sent ${String(request.body.version)})`
        return reply.status(409).send({ ...errorBody(409, 'version_conflict', message), current: result.current })
      }
      return reply.status(result.kind === 'created' ? 201 : 200).send({ status: result.kind, target: result.target })
    },
  )
}

export default adminTargetRoutes
