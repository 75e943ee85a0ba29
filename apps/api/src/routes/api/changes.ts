/**
 * The public change feed: GET /api/changes (JSON, paged) and GET /api/changes.atom (the same as an
 * Atom 1.0 feed). Only changes made by people: not the seed, not recomputed derived values.
 */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { FastifyRequest } from 'fastify'
import { ApiErrorSchema, ChangePageSchema } from '@nap/schemas'
import type { ChangeQuery } from '../../repositories/changes-repository.ts'
import { badRequest } from '../../plugins/error-handler.ts'
import { downloadTransform } from '../openapi.ts'
import { changesAtom } from './changes-atom.ts'
import { IsoDateParam } from './query-params.ts'
import { AreaCodeParam, CursorParam, limitParam, SinceParam } from './record-params.ts'

const ATOM_TYPE = 'application/atom+xml; charset=utf-8'

const ChangesQuery = z.object({
  since: SinceParam.optional(),
  until: IsoDateParam.optional().describe('Up to this UTC date-time (inclusive); a date alone means up to the end of that day'),
  indicator: z.string().min(1, { error: 'must be an indicator slug' }).optional().describe('Only changes of this indicator (slug)'),
  country: AreaCodeParam.optional(),
  limit: limitParam(50, 200),
  cursor: CursorParam.optional(),
})
type ChangesQueryValue = z.infer<typeof ChangesQuery>

const DESCRIPTION =
  'Values people entered, corrected, deleted, restored or imported, newest first: what changed (indicator, country, period), ' +
  'old → new, the reason, the author’s display name, and `statusFlip` / `statusFlips` when the change moved a status. ' +
  'The initial load and recomputed derived values are left out (GET /api/indicators/{slug}/revisions has every revision).'

const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The repository query of a request, or a 400 naming the parameter. */
  function toQuery(q: ChangesQueryValue): ChangeQuery {
    const until = q.until?.instant
    if (q.since !== undefined && until !== undefined && q.since > until) {
      throw badRequest('since', `must not be after until (since=${q.since}, until=${until})`)
    }
    let indicatorId: number | undefined
    if (q.indicator !== undefined) {
      const ind = app.catalog.findIndicatorRow(q.indicator)
      if (!ind) throw badRequest('indicator', `unknown indicator "${q.indicator}"`)
      indicatorId = ind.id
    }
    return { since: q.since, until, indicatorId, country: q.country, limit: q.limit, after: q.cursor }
  }

  /** The filters as they define the feed (not the page): part of its Atom id. */
  function filterKey(q: ChangesQueryValue): string {
    const params = new URLSearchParams()
    if (q.indicator !== undefined) params.set('indicator', q.indicator)
    if (q.country !== undefined) params.set('country', q.country)
    if (q.since !== undefined) params.set('since', q.since)
    if (q.until !== undefined) params.set('until', q.until.instant)
    return params.toString()
  }

  const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`

  app.get(
    '/changes',
    {
      schema: {
        operationId: 'listChanges',
        tags: ['Data'],
        summary: 'What changed: the public change feed, newest first',
        description: DESCRIPTION,
        querystring: ChangesQuery,
        response: { 200: ChangePageSchema, 400: ApiErrorSchema },
      },
    },
    async (request) => app.changes.listChanges(toQuery(request.query)),
  )

  app.get(
    '/changes.atom',
    {
      schema: {
        operationId: 'getChangesAtomFeed',
        tags: ['Data'],
        summary: 'What changed, as an Atom 1.0 feed',
        description: `${DESCRIPTION} Each entry links to the indicator page; \`rel="next"\` links to older changes.`,
        querystring: ChangesQuery,
        response: { 200: z.string(), 400: ApiErrorSchema },
      },
      config: {
        swaggerTransform: downloadTransform({
          description: 'An Atom 1.0 feed (RFC 4287), UTF-8',
          content: { 'application/atom+xml': { type: 'string', description: 'Atom 1.0 XML' } },
          headers: {},
        }),
      },
    },
    async (request, reply) => {
      const page = app.changes.listChanges(toQuery(request.query))
      const origin = originOf(request)
      const self = new URL(request.url, origin)
      const next = new URL(request.url, origin)
      if (page.nextCursor !== null) next.searchParams.set('cursor', page.nextCursor)
      const names = new Map<string, string>(app.catalog.listCountries().map((c) => [c.code, c.name.en]))
      const xml = changesAtom({
        changes: page.items,
        selfUrl: self.href,
        nextUrl: page.nextCursor === null ? null : next.href,
        origin,
        filterKey: filterKey(request.query),
        emptyUpdated: new Date().toISOString(),
        countryName: (code) => names.get(code) ?? code,
        statusName: (status) => status.replaceAll('_', ' '),
      })
      return reply.type(ATOM_TYPE).send(xml)
    },
  )
}

export default changeRoutes
