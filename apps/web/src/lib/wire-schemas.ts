/**
 * The public API's answers as the dashboard checks them: each zod wire schema of @nap/schemas turned
 * into JSON Schema by zod itself (`z.toJSONSchema`) and checked by lib/json-check.ts. The production
 * build runs this module at build time and ships only the resulting JSON (vite-plugins/wire-schemas.ts),
 * so zod (about 30 KB gzipped) stays out of the public pages; tests and the dev server run it as is.
 *
 * Every export must be a `wire(...)` parser: the build plugin refuses anything else. Plain TypeScript
 * with relative imports: Node runs it during the build.
 */
import { z } from 'zod'
import {
  ApiErrorSchema,
  CountrySchema,
  EventSchema,
  GoalDetailSchema,
  GoalSchema,
  HealthSchema,
  IndicatorDetailSchema,
  IndicatorSummarySchema,
  ProgressSchema,
  SeriesSchema,
  SourceSchema,
  TargetHistorySchema,
} from '@nap/schemas'
import { compactSchema, jsonParser, type WireParser } from './json-check.ts'

/** The JSON Schema of what the API may send for `schema` (extra properties allowed, as zod's parse does). */
export function wireSchemaOf(schema: z.ZodType): unknown {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw', target: 'draft-2020-12' })
}

export function wire<S extends z.ZodType>(schema: S): WireParser<z.output<S>> {
  return jsonParser<z.output<S>>(compactSchema(wireSchemaOf(schema)))
}

export const ApiErrorWire = wire(ApiErrorSchema)
export const HealthWire = wire(HealthSchema)
export const GoalListWire = wire(z.array(GoalSchema))
export const GoalDetailWire = wire(GoalDetailSchema)
export const CountryListWire = wire(z.array(CountrySchema))
export const SourceListWire = wire(z.array(SourceSchema))
export const EventListWire = wire(z.array(EventSchema))
export const IndicatorListWire = wire(z.array(IndicatorSummarySchema))
export const IndicatorDetailWire = wire(IndicatorDetailSchema)
export const SeriesWire = wire(SeriesSchema)
export const ProgressWire = wire(ProgressSchema)
export const TargetHistoryWire = wire(TargetHistorySchema)
