/** The audit log (admins only): every sign-in (also failed ones), sign-out and change, newest first. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ApiErrorSchema } from '@nap/schemas'
import { badRequest } from '../../plugins/error-handler.ts'
import { AuditPageSchema, AuditQuerySchema } from '../../auth/schemas.ts'

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/audit',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['Audit'],
        operationId: 'listAuditEntries',
        summary: 'The audit log, newest first, page by page',
        description: 'Filters combine (and). Follow `nextCursor` with the same filters for the next page.',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, 400: ApiErrorSchema },
      },
    },
    async (request) => {
      const q = request.query
      let indicatorId: number | undefined
      if (q.indicator !== undefined) {
        const ind = app.catalog.findIndicatorRow(q.indicator)
        if (!ind) throw badRequest('indicator', `unknown indicator "${q.indicator}"`)
        indicatorId = ind.id
      }
      const { from, to } = q
      if (from !== undefined && to !== undefined && from > to) throw badRequest('from', `must not be after to (from=${from}, to=${to})`)
      const page = app.audit.list({ userId: q.user, action: q.action, indicatorId, from, to, cursor: q.cursor, limit: q.limit })
      if (page === 'invalid_cursor') throw badRequest('cursor', 'is not a cursor this API gave out')
      return page
    },
  )
}

export default auditRoutes
