/**
 * Serialisation of the hot routes' 200 responses without validating them again: the handler's value
 * goes straight to `JSON.stringify`. fastify-type-provider-zod's serialiser parses every response
 * with its zod schema first (a copy of the whole value, key by key) and was, once the queries were
 * prepared, the largest cost left in a series or progress request (apps/api/bench/README.md).
 *
 * What keeps the contract: the repositories build these values field by field in the shapes of
 * @nap/schemas (TypeScript checks them against the zod types), the zod schemas still document the
 * routes (OpenAPI is unchanged), and test/performance/serialization.test.ts checks on the real data
 * that every such response is exactly what zod's parse would have written (no key missing or extra).
 * Every other status (400, 404…) keeps zod's checked serialiser.
 */
import type { FastifySerializerCompiler } from 'fastify'
import { z } from 'zod'
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod'

const stringify = (value: unknown): string => JSON.stringify(value)

/** A route's `serializerCompiler`: plain `JSON.stringify` for 200, zod's for the other statuses. */
export function fastSerializerCompiler<T>(route: Parameters<FastifySerializerCompiler<T>>[0]): (data: unknown) => string {
  if (String(route.httpStatus) === '200') return stringify
  const { schema } = route
  if (!(schema instanceof z.ZodType)) throw new Error(`${route.method} ${route.url}: the ${route.httpStatus ?? ''} response schema is not a zod schema`)
  return zodSerializerCompiler({ ...route, schema })
}
