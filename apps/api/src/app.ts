/**
 * The application as a plugin tree: external plugins → repositories → routes, then the error and
 * not-found handlers. `server.ts` only listens; tests call `buildApp` and use `app.inject`.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import helmet from '@fastify/helmet'
import fastifyStatic from '@fastify/static'
import compress from '@fastify/compress'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { sql } from 'drizzle-orm'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { openDatabase, type Db } from '@nap/db'
import type { Health } from '@nap/schemas'
import type { Env } from './config/env.ts'
import { errorBody, registerErrorHandlers } from './plugins/error-handler.ts'
import { compressionOptions, staticFileHeaders } from './plugins/compression.ts'
import { registerSecurityHeaders } from './plugins/security-headers.ts'
import { registerHttpCache } from './plugins/http-cache.ts'
import { createDataVersion } from './cache/data-version.ts'
import { createResponseCache, type ResponseCache } from './cache/response-cache.ts'
import { createCatalogRepository, type CatalogRepository } from './repositories/catalog-repository.ts'
import { createProgressService, type ProgressService } from './repositories/progress-service.ts'
import { createSeriesRepository, type SeriesRepository } from './repositories/series-repository.ts'
import catalogRoutes from './routes/api/catalog.ts'
import exportRoutes from './routes/api/export.ts'
import progressRoutes from './routes/api/progress.ts'
import seriesRoutes from './routes/api/series.ts'
import recordRoutes from './routes/record-routes.ts'
import { swaggerOptions } from './routes/openapi.ts'
import { registerAuth } from './auth/plugin.ts'
import authRoutes from './routes/auth.ts'
import adminAuditRoutes from './routes/admin/audit.ts'
import adminImportRoutes from './routes/admin/imports.ts'
import adminObservationRoutes from './routes/admin/observations.ts'
import adminUserRoutes from './routes/admin/users.ts'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    catalog: CatalogRepository
    series: SeriesRepository
    progress: ProgressService
    /** Ready-made responses of the read routes (null with RESPONSE_CACHE=off); see cache/response-cache.ts. */
    responseCache: ResponseCache | null
    health: () => Health
  }
}

export interface BuildOptions {
  env: Env
  /** An already opened database (tests); otherwise `env.DATABASE_PATH` is opened, migrated and seeded if new. */
  db?: Db
  /** The clock of sessions and sign-in limits (tests move it); default the real time. */
  now?: () => Date
}

export async function buildApp({ env, db: given, now }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL },
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  const db = given ?? openDatabase(env.DATABASE_PATH).db
  app.decorate('db', db)
  app.decorate('catalog', createCatalogRepository(db))
  app.decorate('series', createSeriesRepository(db))
  app.decorate('progress', createProgressService(db))
  const responseCache = env.RESPONSE_CACHE === 'on' ? createResponseCache(createDataVersion(db)) : null
  app.decorate('responseCache', responseCache)
  app.decorate('health', (): Health => {
    const row = db.get<{ i: number; o: number; r: string | null }>(
      sql`select (select count(*) from indicators) as i,
                 (select count(*) from observations where deleted = 0) as o,
                 (select max(created_at) from revisions) as r`,
    )
    return { status: 'ok', database: 'ok', indicators: row.i, observations: row.o, latestRevisionAt: row.r }
  })
  if (!given) app.addHook('onClose', async () => db.$client.close())

  // global: false: the headers are worked out once, then copied (plugins/security-headers.ts).
  await app.register(helmet, {
    global: false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  })
  registerSecurityHeaders(app)
  // The cached reads' 200s are encoded by the HTTP cache's own hook (http-cache.ts) and their errors
  // are under the 1 KB threshold: @fastify/compress's two hooks would only look at them and pass.
  app.addHook('onRoute', (route) => {
    if (route.config?.responseCache === true) route.compress = false
  })
  // Before every route (it attaches itself to each route as it is added).
  await app.register(compress, compressionOptions)

  await app.register(swagger, swaggerOptions)
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  registerErrorHandlers(app)
  // Before the routes: it checks every route's config.auth as it is added (onRoute).
  await registerAuth(app, { db, env, now })
  // After auth (access is decided before a cached answer is sent), before the routes.
  registerHttpCache(app, { cache: responseCache })
  await app.register(
    async (api) => {
      await api.register(catalogRoutes)
      await api.register(seriesRoutes)
      await api.register(progressRoutes)
      await api.register(exportRoutes)
      await api.register(recordRoutes)
      await api.register(authRoutes)
      await api.register(adminUserRoutes)
      await api.register(adminAuditRoutes)
      await api.register(adminObservationRoutes)
      await api.register(adminImportRoutes)
    },
    { prefix: '/api' },
  )

  const webIndex = join(env.WEB_DIST, 'index.html')
  const hasWeb = existsSync(webIndex)
  if (hasWeb) {
    // wildcard: files are looked up on disk per request, so a rebuilt web app is served at once.
    await app.register(fastifyStatic, {
      root: env.WEB_DIST,
      index: false,
      cacheControl: false,
      // The .br / .gz files the web build writes beside each file, with Content-Encoding.
      preCompressed: true,
      // Hashed bundles never change (immutable); everything else (index.html, favicon) is revalidated.
      setHeaders: staticFileHeaders,
    })
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'))
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    const isPage = !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path)
    if (isPage && (request.method === 'GET' || request.method === 'HEAD') && hasWeb) {
      return reply.sendFile('index.html')
    }
    const message = path.startsWith('/api')
      ? `No API route ${request.method} ${path}`
      : hasWeb
        ? `Not found: ${path}`
        : 'The web app is not built: run `pnpm build`'
    return reply.status(404).send(errorBody(404, 'not_found', message))
  })

  return app
}
