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
import { hash } from 'node:crypto'
import type { FastifyReply, FastifySerializerCompiler } from 'fastify'
import { z } from 'zod'
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod'

const stringify = (value: unknown): string => JSON.stringify(value)

/** A route's `serializerCompiler`: plain `JSON.stringify` for 200, zod's for the other statuses. */
export function fastSerializerCompiler<T>(route: Parameters<FastifySerializerCompiler<T>>[0]): (data: unknown) => string {
  return serializerFor(route, stringify)
}

function serializerFor<T>(route: Parameters<FastifySerializerCompiler<T>>[0], ok: (data: unknown) => string): (data: unknown) => string {
  if (String(route.httpStatus) === '200') return ok
  const { schema } = route
  if (!(schema instanceof z.ZodType)) throw new Error(`${route.method} ${route.url}: the ${route.httpStatus ?? ''} response schema is not a zod schema`)
  return zodSerializerCompiler({ ...route, schema })
}

/** The JSON of objects that are never changed once made, by identity (dropped with the object). */
const fragments = new WeakMap<object, string>()
/** The SHA-1 of each such object's JSON, by identity too. */
const fragmentTags = new WeakMap<object, string>()

function fragmentOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) return JSON.stringify(item) ?? 'null'
  let json = fragments.get(item)
  if (json === undefined) fragments.set(item, (json = JSON.stringify(item)))
  return json
}

function fragmentTagOf(item: unknown, json: string): string {
  if (typeof item !== 'object' || item === null) return hash('sha1', json, 'base64url')
  let tag = fragmentTags.get(item)
  if (tag === undefined) fragmentTags.set(item, (tag = hash('sha1', json, 'base64url')))
  return tag
}

/** The last answer `stringifyWithSharedList` wrote and its tag (see `knownTagOf`). */
let last: { json: string; tag: string } | null = null

/**
 * The tag of a body that `stringifyWithSharedList` wrote, or undefined. The tag is the SHA-1 of the
 * answer's own parts with each shared element's SHA-1 in the element's place (each element's hash
 * is worked out once, like its JSON): it names these exact bytes as surely as the SHA-1 of the
 * whole body would, without hashing 124 KB per progress matrix (18 % of its CPU in the profile).
 * JSON text holds no raw control characters, so the separators below make the input unambiguous.
 * The body is asked for by its text: a body with other text never gets this tag.
 */
export function knownTagOf(body: string): string | undefined {
  return last !== null && last.json === body ? last.tag : undefined
}

/**
 * `JSON.stringify` of an object whose `key` is a list of objects that are shared between responses
 * and never changed: each element's JSON is written once per element (not per request) and the
 * answer is put together from those pieces, byte for byte what `JSON.stringify` writes (the
 * serialization test compares them). For the progress routes: the assessments are computed once per
 * data version by the progress service and filtered per request, and their JSON was most of the
 * progress matrix's cost (124 KB per answer; bench/README.md).
 */
export function stringifyWithSharedList(value: unknown, key: string): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value)
  const parts: string[] = []
  const tagged: string[] = []
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue
    const label = JSON.stringify(name)
    if (name === key && Array.isArray(field)) {
      const jsons: string[] = []
      const tags: string[] = []
      for (const item of field) {
        const json = fragmentOf(item)
        jsons.push(json)
        tags.push(fragmentTagOf(item, json))
      }
      parts.push(`${label}:[${jsons.join(',')}]`)
      tagged.push(`${label}\u0001${tags.join('\u0002')}`)
    } else {
      const part = `${label}:${JSON.stringify(field)}`
      parts.push(part)
      tagged.push(part)
    }
  }
  const json = `{${parts.join(',')}}`
  last = { json, tag: hash('sha1', tagged.join('\u0000'), 'base64url') }
  return json
}

/** `fastSerializerCompiler` for a 200 whose `key` is a list of shared, never-changed objects. */
export function sharedListSerializerCompiler(key: string) {
  return <T>(route: Parameters<FastifySerializerCompiler<T>>[0]): ((data: unknown) => string) =>
    serializerFor(route, (data) => stringifyWithSharedList(data, key))
}

/**
 * Sends the JSON text of a 200 that the route wrote itself (the series: `seriesJson`, byte for byte
 * what `JSON.stringify` of its documented schema's value writes, tested), as it is: with a JSON
 * content type, Fastify sends a string without serialising it again.
 */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json)
}
