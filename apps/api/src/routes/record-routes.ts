/**
 * The public record and the targets: revisions of an indicator, the change feed (JSON and Atom), a
 * target's history, and the admin's target update, with the repositories they read and write.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { createChangesRepository, type ChangesRepository } from '../repositories/changes-repository.ts'
import { createRevisionsRepository, type RevisionsRepository } from '../repositories/revisions-repository.ts'
import { createTargetsRepository, type TargetsRepository } from '../repositories/targets-repository.ts'
import adminTargetRoutes from './admin/targets.ts'
import changeRoutes from './api/changes.ts'
import revisionRoutes from './api/revisions.ts'
import targetRoutes from './api/targets.ts'

declare module 'fastify' {
  interface FastifyInstance {
    revisions: RevisionsRepository
    changes: ChangesRepository
    targets: TargetsRepository
  }
}

const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.decorate('revisions', createRevisionsRepository(app.db))
  app.decorate('changes', createChangesRepository(app.db))
  app.decorate('targets', createTargetsRepository(app.db))
  await app.register(revisionRoutes)
  await app.register(changeRoutes)
  await app.register(targetRoutes)
  await app.register(adminTargetRoutes)
}

export default recordRoutes
