/**
 * Checks an API answer against its wire schema without zod in the browser: the zod schemas of
 * @nap/schemas are turned into JSON Schema (zod's own `z.toJSONSchema`, see wire-schemas.ts) and
 * checked here. Only the keywords that `z.toJSONSchema` writes for the wire schemas are understood;
 * `compactSchema` refuses any other keyword, so a constraint can never be skipped silently.
 *
 * Plain TypeScript with no imports: the build runs this module in Node (vite-plugins/wire-schemas.ts).
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array'
export type JsonScalar = string | number | boolean | null

/**
 * The checked subset of JSON Schema (draft 2020-12). `integer` means a safe integer (what zod's
 * `.int()` accepts: `z.toJSONSchema` writes it as `integer` with ±2^53−1 bounds, folded in here).
 */
export interface CheckSchema {
  type?: readonly JsonType[]
  enum?: readonly JsonScalar[]
  anyOf?: readonly CheckSchema[]
  properties?: Readonly<Record<string, CheckSchema>>
  required?: readonly string[]
  /** Schema of the other properties; `false`: none allowed; absent: anything. */
  additionalProperties?: CheckSchema | false
  propertyNames?: CheckSchema
  prefixItems?: readonly CheckSchema[]
  /** Schema of the items after `prefixItems`; `false`: none allowed; absent: anything. */
  items?: CheckSchema | false
  minItems?: number
  maxItems?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minLength?: number
  maxLength?: number
  pattern?: string
}

/** What a parser answers: the shape of zod's `safeParse`, so zod schemas and wire parsers are interchangeable. */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: { message: string } }

export interface Parser<T> {
  safeParse(value: unknown): ParseResult<T>
}

export interface WireParser<T> extends Parser<T> {
  readonly schema: CheckSchema
}

/** Keywords that only describe; they are dropped. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'format'])
const TYPES: readonly JsonType[] = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']
const NUMBER_KEYWORDS = ['minItems', 'maxItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength'] as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isJsonType(value: unknown): value is JsonType {
  return TYPES.some((type) => type === value)
}

function isScalar(value: unknown): value is JsonScalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

/**
 * Reads a JSON Schema written by `z.toJSONSchema` into the checked subset: drops annotations and the
 * safe-integer bounds, turns `const` into a one-value `enum`, and throws on any keyword it does not check.
 */
export function compactSchema(input: unknown, at = '#'): CheckSchema {
  if (input === true) return {}
  if (!isRecord(input)) throw new Error(`json-check: ${at} is not a schema object`)
  const out: { -readonly [K in keyof CheckSchema]: CheckSchema[K] } = {}
  const fail = (message: string): never => {
    throw new Error(`json-check: ${at}: ${message}`)
  }
  const sub = (value: unknown, path: string): CheckSchema | false => (value === false ? false : compactSchema(value, path))
  const list = (value: unknown, key: string): CheckSchema[] =>
    Array.isArray(value) ? value.map((item, i) => compactSchema(item, `${at}/${key}/${i}`)) : fail(`${key} must be an array`)

  for (const [key, value] of Object.entries(input)) {
    if (ANNOTATIONS.has(key)) continue
    switch (key) {
      case 'type': {
        const types = Array.isArray(value) ? value : [value]
        out.type = types.map((type) => (isJsonType(type) ? type : fail(`unknown type ${JSON.stringify(type)}`)))
        break
      }
      case 'enum':
        out.enum = Array.isArray(value) && value.every(isScalar) ? value : fail('enum must list strings, numbers, booleans or null')
        break
      case 'const':
        out.enum = isScalar(value) ? [value] : fail('const must be a string, number, boolean or null')
        break
      case 'anyOf':
      case 'oneOf':
        // zod writes oneOf only for discriminated unions, whose branches cannot overlap: anyOf is the same check.
        out.anyOf = list(value, key)
        break
      case 'properties':
        out.properties = isRecord(value)
          ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, compactSchema(schema, `${at}/properties/${name}`)]))
          : fail('properties must be an object')
        break
      case 'required':
        out.required = Array.isArray(value) && value.every((name) => typeof name === 'string') ? value : fail('required must list names')
        break
      case 'additionalProperties':
        out.additionalProperties = sub(value, `${at}/additionalProperties`)
        break
      case 'propertyNames': {
        const names = sub(value, `${at}/propertyNames`)
        if (names !== false) out.propertyNames = names
        else fail('propertyNames: false is not supported')
        break
      }
      case 'prefixItems':
        out.prefixItems = list(value, key)
        break
      case 'items':
        out.items = sub(value, `${at}/items`)
        break
      case 'pattern':
        out.pattern = typeof value === 'string' ? value : fail('pattern must be a string')
        break
      default: {
        const numeric = NUMBER_KEYWORDS.find((name) => name === key)
        if (!numeric) fail(`unsupported keyword "${key}"`)
        else out[numeric] = typeof value === 'number' ? value : fail(`${key} must be a number`)
      }
    }
  }
  if (out.type?.includes('integer') && out.minimum === -Number.MAX_SAFE_INTEGER && out.maximum === Number.MAX_SAFE_INTEGER) {
    delete out.minimum
    delete out.maximum
  }
  return out
}

function typeOf(value: unknown): JsonType | 'other' {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  switch (typeof value) {
    case 'string':
      return 'string'
    case 'boolean':
      return 'boolean'
    case 'number':
      return Number.isFinite(value) ? 'number' : 'other'
    case 'object':
      return 'object'
    default:
      return 'other'
  }
}

const patterns = new Map<string, RegExp>()
function regex(source: string): RegExp {
  let re = patterns.get(source)
  if (!re) patterns.set(source, (re = new RegExp(source, 'u')))
  return re
}

const key = (path: string, name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`)

/** The first place where `value` does not match `schema`, as "path: what was expected", or null. */
export function findMismatch(schema: CheckSchema, value: unknown, path = '$'): string | null {
  const actual = typeOf(value)
  if (schema.type) {
    const ok = schema.type.some((type) => type === actual || (type === 'integer' && actual === 'number' && Number.isSafeInteger(value)))
    if (!ok) return `${path}: expected ${schema.type.join(' or ')}, got ${actual === 'number' ? String(value) : actual}`
  }
  if (schema.enum && !schema.enum.some((option) => option === value)) {
    return `${path}: expected ${schema.enum.map((option) => JSON.stringify(option)).join(' | ')}, got ${JSON.stringify(value)}`
  }
  if (schema.anyOf) {
    const misses: string[] = []
    for (const option of schema.anyOf) {
      const miss = findMismatch(option, value, path)
      if (miss === null) {
        misses.length = 0
        break
      }
      misses.push(miss)
    }
    if (misses.length) return misses.join('; or ')
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return `${path}: expected ≥ ${schema.minimum}, got ${value}`
    if (schema.maximum !== undefined && value > schema.maximum) return `${path}: expected ≤ ${schema.maximum}, got ${value}`
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return `${path}: expected > ${schema.exclusiveMinimum}, got ${value}`
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return `${path}: expected < ${schema.exclusiveMaximum}, got ${value}`
  }
  if (typeof value === 'string') {
    const length = [...value].length
    if (schema.minLength !== undefined && length < schema.minLength) return `${path}: expected at least ${schema.minLength} characters`
    if (schema.maxLength !== undefined && length > schema.maxLength) return `${path}: expected at most ${schema.maxLength} characters`
    if (schema.pattern !== undefined && !regex(schema.pattern).test(value)) return `${path}: expected to match /${schema.pattern}/, got ${JSON.stringify(value)}`
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return `${path}: expected at least ${schema.minItems} items, got ${value.length}`
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return `${path}: expected at most ${schema.maxItems} items, got ${value.length}`
    const prefix = schema.prefixItems ?? []
    for (let i = 0; i < value.length; i += 1) {
      const itemSchema = i < prefix.length ? prefix[i] : schema.items
      if (itemSchema === undefined) continue
      if (itemSchema === false) return `${path}: expected at most ${prefix.length} items, got ${value.length}`
      const miss = findMismatch(itemSchema, value[i], `${path}[${i}]`)
      if (miss !== null) return miss
    }
  } else if (isRecord(value)) {
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(value, name)) return `${key(path, name)}: required`
    }
    const properties = schema.properties ?? {}
    for (const [name, item] of Object.entries(value)) {
      const propertySchema = Object.hasOwn(properties, name) ? properties[name] : schema.additionalProperties
      if (propertySchema === undefined) continue
      if (propertySchema === false) return `${key(path, name)}: unexpected property`
      if (schema.propertyNames) {
        const miss = findMismatch(schema.propertyNames, name, `${path} (property name ${JSON.stringify(name)})`)
        if (miss !== null) return miss
      }
      // zod reads an optional property that is present as undefined like a missing one.
      if (item === undefined && !(schema.required ?? []).includes(name)) continue
      const miss = findMismatch(propertySchema, item, key(path, name))
      if (miss !== null) return miss
    }
  }
  return null
}

function codePoints(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i)
    // A high surrogate followed by a low one is one character (what [...value] counts).
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i += 1
    }
    count += 1
  }
  return count
}

/**
 * Whether `value` matches `schema`: the same check as `findMismatch(schema, value) === null`, without
 * writing the path of every value it visits (an API answer of a few thousand values is checked on the
 * main thread as it arrives; the message is only written for an answer that fails).
 */
export function matches(schema: CheckSchema, value: unknown): boolean {
  const actual = typeOf(value)
  if (schema.type && !schema.type.some((type) => type === actual || (type === 'integer' && actual === 'number' && Number.isSafeInteger(value)))) return false
  if (schema.enum && !schema.enum.some((option) => option === value)) return false
  if (schema.anyOf && !schema.anyOf.some((option) => matches(option, value))) return false
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return false
    if (schema.maximum !== undefined && value > schema.maximum) return false
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false
  } else if (typeof value === 'string') {
    if (schema.minLength !== undefined || schema.maxLength !== undefined) {
      const length = codePoints(value)
      if (schema.minLength !== undefined && length < schema.minLength) return false
      if (schema.maxLength !== undefined && length > schema.maxLength) return false
    }
    if (schema.pattern !== undefined && !regex(schema.pattern).test(value)) return false
  } else if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return false
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return false
    const prefix = schema.prefixItems ?? []
    for (let i = 0; i < value.length; i += 1) {
      const itemSchema = i < prefix.length ? prefix[i] : schema.items
      if (itemSchema === undefined) continue
      if (itemSchema === false || !matches(itemSchema, value[i])) return false
    }
  } else if (isRecord(value)) {
    const required = schema.required ?? []
    for (const name of required) if (!Object.hasOwn(value, name)) return false
    const properties = schema.properties ?? {}
    for (const name in value) {
      if (!Object.hasOwn(value, name)) continue
      const propertySchema = Object.hasOwn(properties, name) ? properties[name] : schema.additionalProperties
      if (propertySchema === undefined) continue
      if (propertySchema === false) return false
      if (schema.propertyNames && !matches(schema.propertyNames, name)) return false
      const item = value[name]
      if (item === undefined && !required.includes(name)) continue
      if (!matches(propertySchema, item)) return false
    }
  }
  return true
}

/**
 * A parser for values of type `T` that checks them against `schema` (from `compactSchema`). `T` is
 * the zod schema's type (wire-schemas.ts): the check is what makes the value that type.
 */
export function jsonParser<T>(schema: CheckSchema): WireParser<T> {
  const conforms = (value: unknown): value is T => matches(schema, value)
  return {
    schema,
    safeParse(value) {
      if (conforms(value)) return { success: true, data: value }
      return { success: false, error: { message: findMismatch(schema, value) ?? 'does not match its schema' } }
    },
  }
}
