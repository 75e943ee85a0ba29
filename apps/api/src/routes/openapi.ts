/**
 * How the routes' zod schemas become the OpenAPI document (/api/openapi.json, linted by
 * `pnpm lint:openapi` with Redocly's recommended rules): document info, licence, servers, security,
 * the shared ApiError component, JSON error responses, and the file downloads' media types and headers.
 */
import type { FastifyDynamicSwaggerOptions, SwaggerTransform } from '@fastify/swagger'
import { z } from 'zod'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { ApiErrorSchema } from '@nap/schemas'
import { AUTH_TAGS, SECURITY_SCHEMES } from '../auth/openapi-security.ts'

// One named component for the one error shape, so client generators make one error type. The
// registry is global: keep the description `.describe()` stored there and register once per process.
if (z.globalRegistry.get(ApiErrorSchema)?.id === undefined) {
  z.globalRegistry.add(ApiErrorSchema, { ...z.globalRegistry.get(ApiErrorSchema), id: 'ApiError' })
}

type JsonObject = Record<string, unknown>
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

/** What each error status means in this API (every one is an ApiError body). */
export const ERROR_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '400': 'Invalid parameter (code validation_error): `message` and `issues` name the parameter and what is wrong',
  '404': 'No such resource (code not_found), e.g. an unknown indicator slug or goal number',
  '401': 'No session or it ended (code unauthenticated); at sign-in: wrong e-mail or password (code invalid_credentials)',
  '403': 'Refused (code forbidden: wrong role; csrf: missing or wrong X-CSRF-Token; origin: foreign Origin; password_change_required)',
  '409': 'Conflict: the version you sent is not the current one (the body shows the current state), or the change is not allowed now',
  '429': 'Too many attempts (code rate_limited): wait the seconds in Retry-After',
}

/** The JSON Schema keywords that only identify a schema; @fastify/swagger drops them from response schemas itself. */
function withoutSchemaIds(schema: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$id' && key !== '$schema'))
}

/** Error responses are JSON (ApiError) whatever the route produces, each with its meaning. */
export function withJsonErrors(response: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(response).map(([status, schema]) =>
      Number(status) >= 400 && isObject(schema) && !('content' in schema)
        ? [
            status,
            {
              description: ERROR_DESCRIPTIONS[status] ?? (typeof schema['description'] === 'string' ? schema['description'] : 'Error'),
              content: { 'application/json': { schema: withoutSchemaIds(schema) } },
            },
          ]
        : [status, schema],
    ),
  )
}

/** The default transform: zod → JSON Schema (fastify-type-provider-zod), then JSON error responses. */
export const openApiTransform: SwaggerTransform = (input) => {
  const result = jsonSchemaTransform(input)
  const { response } = result.schema
  return isObject(response) ? { ...result, schema: { ...result.schema, response: withJsonErrors(response) } } : result
}

export interface HeaderDoc {
  description: string
  example: string
}

export interface DownloadDoc {
  description: string
  /** Media type → schema of the body, e.g. text/csv → a string. */
  content: Record<string, JsonObject>
  headers: Record<string, HeaderDoc>
}

/** A route's own transform for a file download: its 200 response gets several media types and headers. */
export function downloadTransform(doc: DownloadDoc): SwaggerTransform {
  return (input) => {
    const result = openApiTransform(input)
    const response = isObject(result.schema.response) ? result.schema.response : {}
    const headers = Object.fromEntries(
      Object.entries(doc.headers).map(([name, h]) => [name, { type: 'string', description: h.description, examples: [h.example] }]),
    )
    const ok = {
      description: doc.description,
      headers,
      content: Object.fromEntries(Object.entries(doc.content).map(([type, schema]) => [type, { schema }])),
    }
    return { ...result, schema: { ...result.schema, response: { ...response, '200': ok } } }
  }
}

/**
 * Drops the components nothing refers to: fastify-type-provider-zod emits an input and an output
 * variant of each registered schema (ApiErrorInput, ApiError), and only the output one is used.
 */
export function withoutUnusedSchemas<T extends object>(doc: T): T {
  if (!('components' in doc) || !isObject(doc.components) || !isObject(doc.components.schemas)) return doc
  const { components } = doc
  const schemas = doc.components.schemas
  const used = Object.entries(schemas).filter(([name]) => {
    const others = JSON.stringify({ ...doc, components: { ...components, schemas: { ...schemas, [name]: null } } })
    return others.includes(`"#/components/schemas/${name}"`)
  })
  return { ...doc, components: { ...components, schemas: Object.fromEntries(used) } }
}

export const swaggerOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'North American Project — Goal Monitor API',
      version: '0.1.0',
      description:
        'Indicator series, 2050 targets and progress assessments for Canada, Mexico, the United States and North America. ' +
        'Data: World Bank WDI (CC BY 4.0), U.S. Census Bureau via CSIS (public domain), The North American Project ' +
        '(quoted with attribution); each source and its licence: GET /api/sources. CSV exports carry `source` and ' +
        '`licence` columns, a Frictionless datapackage.json (`?format=zip`, or the `metadata` routes), and the ' +
        '`Link`, `X-Attribution` and `X-License` response headers.',
      // The data's licence (most series are World Bank WDI, CC BY 4.0; /api/sources names every source's terms).
      license: { name: 'CC BY 4.0 (World Bank WDI data; other sources: see /api/sources)', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    // Relative: the document is served by the API it describes, wherever that is deployed.
    servers: [{ url: '/', description: 'This server' }],
    tags: [
      { name: 'Catalog', description: 'Countries, goals, indicators, targets, sources, events' },
      { name: 'Data', description: 'Observation series and their CSV exports' },
      { name: 'Progress', description: 'Assessments against the 2050 targets (METHODOLOGY.md)' },
      { name: 'Meta', description: 'Service health and documentation' },
      ...AUTH_TAGS,
    ],
    // Every route is public: no security requirement by default. Routes that need a session list
    // theirs (`schema.security`) and their scheme goes in `components.securitySchemes` here.
    security: [],
    components: { securitySchemes: SECURITY_SCHEMES },
  },
  transform: openApiTransform,
  transformObject: (input) => withoutUnusedSchemas(jsonSchemaTransformObject(input)),
}
