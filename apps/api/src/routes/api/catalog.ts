import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  ApiErrorSchema,
  CountrySchema,
  EventSchema,
  GoalDetailSchema,
  GoalSchema,
  HealthSchema,
  IndicatorDetailSchema,
  IndicatorSummarySchema,
  SourceSchema,
} from '@nap/schemas'
import { notFound } from '../../plugins/error-handler.ts'
import { GoalParam } from './query-params.ts'

const GoalParams = z.object({
  goalId: z.coerce.number({ error: 'must be a goal number 1–4' }).int({ error: 'must be a goal number 1–4' }),
})
const SlugParams = z.object({ slug: z.string().describe('Indicator slug, e.g. gdp-per-capita-ppp') })

const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  const { catalog } = app

  app.get(
    '/health',
    { schema: { operationId: 'getHealth', tags: ['Meta'], summary: 'Health of the service and its database', response: { 200: HealthSchema } } },
    async () => app.health(),
  )

  app.get(
    '/countries',
    { schema: { operationId: 'listCountries', tags: ['Catalog'], summary: 'Countries, the region and the world reference', response: { 200: z.array(CountrySchema) } }, config: { responseCache: true } },
    async () => catalog.listCountries(),
  )

  app.get(
    '/goals',
    { schema: { operationId: 'listGoals', tags: ['Catalog'], summary: 'The four shared goals', response: { 200: z.array(GoalSchema) } }, config: { responseCache: true } },
    async () => catalog.listGoals(),
  )

  app.get(
    '/goals/:goalId',
    {
      schema: {
        operationId: 'getGoal',
        tags: ['Catalog'],
        summary: 'One goal with its indicators',
        params: GoalParams,
        response: { 200: GoalDetailSchema, 400: ApiErrorSchema, 404: ApiErrorSchema },
      },
      config: { responseCache: true },
    },
    async (request) => {
      const goal = catalog.findGoal(request.params.goalId)
      if (!goal) throw notFound(`Goal ${request.params.goalId} not found (goals are 1–4)`)
      return goal
    },
  )

  app.get(
    '/indicators',
    {
      schema: {
        operationId: 'listIndicators',
        tags: ['Catalog'],
        summary: 'Indicators, optionally of one goal',
        querystring: z.object({
          goal: GoalParam.optional(),
          include: z.enum(['inputs'], { error: 'must be "inputs"' }).optional().describe('"inputs" also lists the input series'),
        }),
        response: { 200: z.array(IndicatorSummarySchema), 400: ApiErrorSchema },
      },
      config: { responseCache: true },
    },
    async (request) =>
      catalog.listIndicators({ goal: request.query.goal, includeInputs: request.query.include === 'inputs' }),
  )

  app.get(
    '/indicators/:slug',
    {
      schema: {
        operationId: 'getIndicator',
        tags: ['Catalog'],
        summary: 'An indicator: metadata, targets, source and coverage',
        params: SlugParams,
        response: { 200: IndicatorDetailSchema, 404: ApiErrorSchema },
      },
      config: { responseCache: true },
    },
    async (request) => {
      const ind = catalog.findIndicator(request.params.slug)
      if (!ind) throw notFound(`Indicator "${request.params.slug}" not found`)
      return ind
    },
  )

  app.get(
    '/sources',
    { schema: { operationId: 'listSources', tags: ['Catalog'], summary: 'Data sources with licences and attribution', response: { 200: z.array(SourceSchema) } }, config: { responseCache: true } },
    async () => catalog.listSources(),
  )

  app.get(
    '/events',
    { schema: { operationId: 'listEvents', tags: ['Catalog'], summary: 'Dated events for chart annotations', response: { 200: z.array(EventSchema) } }, config: { responseCache: true } },
    async () => catalog.listEvents(),
  )
}

export default catalogRoutes
