import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { z } from 'zod'
import { CountrySchema, GoalSchema, IndicatorDetailSchema, ProgressSchema, SeriesSchema } from '@nap/schemas'
import { countries, gdpPerCapita, goals, mexicoGdpSeries, progress } from '@/testing/fixtures.ts'
import { prebuiltWireModule } from '../../vite-plugins/wire-schemas.ts'
import type { WireParser } from './json-check.ts'
import * as wires from './wire-schemas.ts'
import { CountryListWire, GoalListWire, IndicatorDetailWire, ProgressWire, SeriesWire } from './wire-schemas.ts'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

/** Every place in a JSON value, the value itself first. */
function paths(value: Json, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => paths(item, [...at, i]))]
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, item]) => paths(item, [...at, k]))]
  return [at]
}

/** A copy of `value` with the thing at `path` replaced by `replacement`, or deleted when it is undefined. */
function mutate(value: Json, path: Path, replacement: Json | undefined): Json | undefined {
  const [head, ...rest] = path
  if (head === undefined) return replacement
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value]
    const next = mutate(copy[head] ?? null, rest, replacement)
    if (next === undefined) copy.splice(head, 1)
    else copy[head] = next
    return copy
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof head === 'string') {
    const { [head]: current = null, ...others } = value
    const next = mutate(current, rest, replacement)
    return next === undefined ? others : { ...others, [head]: next }
  }
  return value
}

const toJson = (value: unknown): Json => JSON.parse(JSON.stringify(value))

const cases: [string, WireParser<unknown>, z.ZodType, Json][] = [
  ['countries', CountryListWire, CountrySchema.array(), toJson(countries)],
  ['goals', GoalListWire, GoalSchema.array(), toJson(goals)],
  ['indicator detail', IndicatorDetailWire, IndicatorDetailSchema, toJson(gdpPerCapita)],
  ['series', SeriesWire, SeriesSchema, toJson(mexicoGdpSeries)],
  ['progress', ProgressWire, ProgressSchema, toJson(progress)],
]

describe('wire parsers', () => {
  test.each(cases)('accept the %s answer that zod accepts, unchanged', (_name, wire, schema, sample) => {
    expect(schema.safeParse(sample).success).toBe(true)
    expect(wire.safeParse(sample)).toEqual({ success: true, data: sample })
  })

  test.each(cases)('agree with zod on %s answers changed at any place (fast-check)', (_name, wire, schema, sample) => {
    const places = paths(sample)
    const replacement = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue().map(toJson),
      fc.constantFrom<Json>(null, '', 0, -1, 1.5, 2050, true, 'MEX', 'XXX', [], {}),
    )
    fc.assert(
      fc.property(fc.nat({ max: places.length - 1 }), replacement, (index, value) => {
        const changed = mutate(sample, places[index] ?? [], value)
        expect(wire.safeParse(changed).success).toBe(schema.safeParse(changed).success)
      }),
      { numRuns: 300 },
    )
  })

  test('say where an answer drifted', () => {
    const broken = mutate(toJson(progress), ['assessments', 0, 'status'], 'great')
    expect(ProgressWire.safeParse(broken)).toEqual({
      success: false,
      error: { message: '$.assessments[0].status: expected "achieved" | "on_track" | "moderate" | "off_track" | "regressing" | "insufficient_data" | "no_target", got "great"' },
    })
  })
})

describe('the build-time module (vite-plugins/wire-schemas.ts)', () => {
  test('ships every parser as its JSON Schema and leaves the zod helpers out', async () => {
    const file = join(import.meta.dirname, 'wire-schemas.ts')
    const code = await prebuiltWireModule(file)
    expect(code).not.toMatch(/from 'zod'|@nap\/schemas/)
    expect(code).not.toMatch(/export const (wire|wireSchemaOf) /)
    const shipped = [...code.matchAll(/^export const (\w+) = \/\* @__PURE__ \*\/ jsonParser\((.*)\)$/gm)].map(([, name = '', json = '']) => [name, JSON.parse(json)])
    const expected = Object.entries(wires).flatMap(([name, value]) => (typeof value === 'function' ? [] : [[name, value.schema]]))
    expect(shipped).toEqual(expected)
    expect(shipped.map(([name]) => name)).toContain('SeriesWire')
  })
})
