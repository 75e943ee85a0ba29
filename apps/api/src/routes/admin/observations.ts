/**
 * Data entry (editors and admins): create, correct, delete and restore observations, a batch from
 * the entry grid, and the impact preview. Handlers only parse, call the observation editor and map its
 * outcome to a status code; every check and write happens in the editor's one transaction.
 */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { AREA_CODES, COUNTRY_CODES, FREQUENCIES, STATUSES } from '@nap/domain'
import { ApiErrorSchema } from '@nap/schemas'
import { requireUser } from '../../auth/plugin.ts'
import { errorBody } from '../../plugins/error-handler.ts'
import { REASON_MAX_LENGTH, SOURCE_NOTE_MAX_LENGTH } from '../../services/observation-rules.ts'
import { createObservationEditor, type EditOutcome, type Editor, type Refusal } from '../../services/observation-editor.ts'

const tags = ['Admin']
/** Most cells one batch may change (the grid saves far fewer). */
const MAX_BATCH = 500

// ---- request schemas -------------------------------------------------------------------------

const Slug = z.string().min(1).max(100).describe('Indicator slug, e.g. unemployment-rate')
const Country = z.string().min(1).max(10).describe(`Country code: ${AREA_CODES.join(', ')} (WLD for world reference series)`)
const Period = z.string().min(1).max(10).describe("Period in the indicator's frequency: 2026 (annual), 2026-Q1 (quarterly), 2026-03 (monthly)")

const Reason = z
  .string({ error: 'is required: say why the value changes (e.g. "INEGI revision of March 2026")' })
  .trim()
  .min(1, { error: 'is required: say why the value changes (e.g. "INEGI revision of March 2026")' })
  .max(REASON_MAX_LENGTH, { error: `must be at most ${REASON_MAX_LENGTH} characters` })
  .describe('Why: shown in the public revision history and the change feed')
const Value = z.number({ error: 'must be a finite number' }).describe("The value in the indicator's unit")
const Version = z
  .number({ error: 'must be the version you edited (a whole number ≥ 1)' })
  .int({ error: 'must be the version you edited (a whole number ≥ 1)' })
  .min(1, { error: 'must be the version you edited (a whole number ≥ 1)' })
const Flags = z
  .strictObject({
    estimate: z.boolean().optional().describe('The value is an estimate'),
    provisional: z.boolean().optional().describe('The value is provisional (may be revised)'),
    breakInSeries: z.boolean().optional().describe('The series is not comparable with earlier periods from here'),
  })
  .describe('Flags to set; an omitted flag keeps its current value (false for a new point)')
const SourceNote = z
  .string()
  .trim()
  .max(SOURCE_NOTE_MAX_LENGTH, { error: `must be at most ${SOURCE_NOTE_MAX_LENGTH} characters` })
  .nullable()
  .describe('Where the value comes from; omitted: kept; null: cleared')
const Confirm = z.boolean().optional().describe('true: save even though the value is an outlier (see 422)')

const PointParams = z.object({ slug: Slug, country: Country, period: Period })
const PutBody = z.strictObject({
  value: Value,
  reason: Reason,
  version: Version.optional().describe('The current version (omit to create a point that does not exist)'),
  flags: Flags.optional(),
  sourceNote: SourceNote.optional(),
  confirm: Confirm,
})
const DeleteBody = z.strictObject({ reason: Reason, version: Version.describe('The current version') })
const RestoreBody = z.strictObject({ reason: Reason })
const Change = z.strictObject({
  country: Country,
  period: Period,
  value: Value,
  version: Version.optional().describe('The current version (omit for a new point)'),
  flags: Flags.optional(),
  sourceNote: SourceNote.optional(),
})
const Changes = z
  .array(Change)
  .min(1, { error: 'must change at least one cell' })
  .max(MAX_BATCH, { error: `at most ${MAX_BATCH} cells at once` })
const BatchBody = z.strictObject({ reason: Reason, changes: Changes, confirm: Confirm })
const PreviewBody = z.strictObject({ changes: Changes, reason: Reason.optional().describe('Ignored: nothing is written') })

// ---- response schemas ------------------------------------------------------------------------

const FlagsOut = z.object({ estimate: z.boolean(), provisional: z.boolean(), breakInSeries: z.boolean() })
const Status = z.enum(STATUSES)
const ObservationSchema = z.object({
  indicator: z.string().describe('Indicator slug'),
  country: z.enum(AREA_CODES),
  period: z.string(),
  value: z.number().nullable().describe('null when deleted'),
  version: z.number().int().describe('Send it back to correct, delete (409 when it is no longer the current one)'),
  flags: FlagsOut,
  sourceNote: z.string().nullable(),
  deleted: z.boolean(),
  derived: z.boolean().describe('Computed from other series (never typed in)'),
  updatedAt: z.string().describe('Time of the newest revision (ISO 8601)'),
  updatedBy: z.string().describe("Display name of the newest revision's author ('seed' or 'system' for the machine)"),
})
const StatusFlipSchema = z
  .object({ indicator: z.string(), country: z.enum(COUNTRY_CODES), from: Status, to: Status })
  .describe('A status the change moved')
const CellResult = z.enum(['created', 'corrected', 'unchanged', 'deleted', 'restored'])
const SavedSchema = z.object({
  result: CellResult,
  observation: ObservationSchema,
  statusFlips: z.array(StatusFlipSchema),
})
const BatchSavedSchema = z.object({
  result: z.enum(['saved', 'unchanged']).describe('unchanged: every cell already had that value and those flags'),
  changes: z.array(z.object({ country: z.enum(AREA_CODES), period: z.string(), result: CellResult, observation: ObservationSchema })),
  statusFlips: z.array(StatusFlipSchema),
})
const CurrentSchema = z
  .object({
    value: z.number().nullable(),
    version: z.number().int(),
    deleted: z.boolean(),
    flags: FlagsOut,
    sourceNote: z.string().nullable(),
    updatedAt: z.string().describe('When it was last changed'),
    author: z.string().describe('Display name of who changed it last'),
  })
  .describe('The point as it is now')
const ConflictItem = z.object({
  country: z.enum(AREA_CODES),
  period: z.string(),
  version: z.number().int().nullable().describe('The version you sent (null: none, to create)'),
  current: CurrentSchema.nullable().describe('null: the point does not exist'),
})
const PointConflictSchema = ApiErrorSchema.extend({ current: CurrentSchema.nullable() }).describe(
  'Stale version (code version_conflict): nothing changed; the body holds the current value, version, time and author',
)
const BatchConflictSchema = ApiErrorSchema.extend({ conflicts: z.array(ConflictItem) }).describe(
  'Stale versions (code version_conflict): nothing changed; every stale cell with its current state',
)
const OutlierNumbers = {
  country: z.enum(AREA_CODES),
  period: z.string(),
  value: z.number(),
  reasons: z.array(z.enum(['change', 'level'])).describe('change: the jump from the previous period; level: outside the widened range'),
  previous: z.object({ period: z.string(), value: z.number() }).nullable().describe('The previous period and its value'),
  change: z.number().nullable().describe('value − previous value'),
  medianChange: z.number().describe('Median absolute period-to-period change of the series'),
  limit: z.number().describe('4 × medianChange'),
  historicalMin: z.number(),
  historicalMax: z.number(),
  allowedMin: z.number().describe('historicalMin − limit'),
  allowedMax: z.number().describe('historicalMax + limit'),
}
const OutlierSchema = ApiErrorSchema.extend({ warning: z.literal('outlier'), ...OutlierNumbers }).describe(
  'The value is an outlier (code outlier): nothing changed; send again with confirm: true to save it',
)
const OutlierItem = z.object(OutlierNumbers)
const BatchOutlierSchema = ApiErrorSchema.extend({ warning: z.literal('outlier'), outliers: z.array(OutlierItem) }).describe(
  'Some values are outliers (code outlier): nothing changed; send again with confirm: true to save them',
)
const StatusChange = z.object({ status: Status, score: z.number().nullable() })
const PreviewSchema = z.object({
  asOf: z.string().describe('Assessment date'),
  cells: z.array(
    z.object({ country: z.enum(AREA_CODES), period: z.string(), result: CellResult, from: z.number().nullable(), to: z.number().nullable() }),
  ),
  assessments: z
    .array(z.object({ indicator: z.string(), country: z.enum(COUNTRY_CODES), before: StatusChange, after: StatusChange }))
    .describe('Each assessment whose inputs move: the countries edited, North America where its aggregate moves, derived indicators'),
  goals: z
    .array(z.object({ goalId: z.number().int(), country: z.enum(COUNTRY_CODES), before: StatusChange, after: StatusChange }))
    .describe('The goal roll-ups of the countries concerned'),
  countries: z.array(z.object({ country: z.enum(COUNTRY_CODES), before: StatusChange, after: StatusChange })).describe('Overall scores'),
  conflicts: z.array(ConflictItem).describe('Cells a save would refuse as stale'),
  outliers: z.array(OutlierItem).describe('Cells a save would ask to confirm'),
})
const GridSchema = z.object({
  indicator: z.string(),
  frequency: z.enum(FREQUENCIES),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  decimals: z.number().int(),
  columns: z.array(z.object({ country: z.enum(AREA_CODES), editable: z.boolean().describe('false: computed, edit its inputs') })),
  cells: z.array(ObservationSchema.omit({ updatedBy: true })),
})

const REFUSALS = {
  400: ApiErrorSchema.describe('A field is wrong (code validation_error; derived_value for a computed value: edit its inputs); nothing changed'),
  404: ApiErrorSchema.describe('Unknown indicator, or no such point (code not_found)'),
} as const

// ---- outcome → HTTP --------------------------------------------------------------------------

function editorOf(request: FastifyRequest): Editor {
  const user = requireUser(request)
  return { userId: user.id, email: user.email, name: user.name, ip: request.ip }
}

const describeIssues = (issues: readonly { field: string; message: string }[]) => issues.map((i) => `${i.field}: ${i.message}`).join('; ')

/** The refusals every route shares: 404 and 400. */
function sendCommon(reply: FastifyReply, outcome: Extract<Refusal, { kind: 'not_found' | 'invalid' }>) {
  if (outcome.kind === 'not_found') {
    return reply.code(404).send(errorBody(404, 'not_found', outcome.message, [{ field: outcome.field, message: outcome.message }]))
  }
  return reply.code(400).send(errorBody(400, outcome.code, `Invalid request: ${describeIssues(outcome.issues)}`, outcome.issues))
}

function sendPoint(reply: FastifyReply, outcome: EditOutcome) {
  switch (outcome.kind) {
    case 'not_found':
    case 'invalid':
      return sendCommon(reply, outcome)
    case 'conflict': {
      const c = outcome.conflicts[0]
      const message = c?.current
        ? `${c.country} ${c.period} changed since you read it: version ${c.current.version} by ${c.current.author} at ${c.current.updatedAt}, not ${c.version ?? 'none'}`
        : `${c?.country ?? ''} ${c?.period ?? ''} does not exist: send no version to create it`
      return reply.code(409).send({ ...errorBody(409, 'version_conflict', message), current: c?.current ?? null })
    }
    case 'outlier': {
      const o = outcome.outliers[0]
      if (!o) throw new Error('outlier outcome without an outlier')
      const { outlier: _, ...numbers } = o
      return reply
        .code(422)
        .send({ ...errorBody(422, 'outlier', outlierMessage(o)), warning: 'outlier' as const, ...numbers })
    }
    case 'saved': {
      const cell = outcome.cells[0]
      if (!cell) throw new Error('saved outcome without a cell')
      return reply.code(cell.result === 'created' ? 201 : 200).send({ result: cell.result, observation: cell.observation, statusFlips: outcome.statusFlips })
    }
  }
}

function outlierMessage(o: { country: string; period: string; value: number; reasons: readonly string[]; limit: number; allowedMin: number; allowedMax: number; change: number | null }): string {
  const why = o.reasons.map((r) =>
    r === 'change' ? `changes by ${o.change ?? 0} from the previous period (more than ${o.limit})` : `is outside ${o.allowedMin} … ${o.allowedMax}`,
  )
  return `${o.country} ${o.period}: ${o.value} ${why.join(' and ')}; send confirm: true to save it`
}

function sendBatch(reply: FastifyReply, outcome: EditOutcome) {
  switch (outcome.kind) {
    case 'not_found':
    case 'invalid':
      return sendCommon(reply, outcome)
    case 'conflict':
      return reply.code(409).send({
        ...errorBody(409, 'version_conflict', `${outcome.conflicts.length} cell(s) changed since you read them: ${outcome.conflicts.map((c) => `${c.country} ${c.period}`).join(', ')}`),
        conflicts: outcome.conflicts,
      })
    case 'outlier':
      return reply.code(422).send({
        ...errorBody(422, 'outlier', outcome.outliers.map(outlierMessage).join('; ')),
        warning: 'outlier' as const,
        outliers: outcome.outliers.map(({ outlier: _, ...numbers }) => numbers),
      })
    case 'saved':
      return reply.code(200).send({
        result: outcome.cells.every((c) => c.result === 'unchanged') ? 'unchanged' : 'saved',
        changes: outcome.cells,
        statusFlips: outcome.statusFlips,
      })
  }
}

// ---- routes ----------------------------------------------------------------------------------

const adminObservationRoutes: FastifyPluginAsyncZod = async (app) => {
  const editor = createObservationEditor({ db: app.db, progress: app.progress, now: app.clock })
  const point = '/admin/indicators/:slug/observations/:country/:period'

  app.get(
    '/admin/indicators/:slug/observations',
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'getObservationGrid',
        summary: 'Every point of an indicator with its version and flags (the entry grid)',
        params: z.object({ slug: Slug }),
        response: { 200: GridSchema, 404: REFUSALS[404] },
      },
    },
    async (request, reply) => {
      const grid = editor.grid(request.params.slug)
      if (!grid) return sendCommon(reply, { kind: 'not_found', field: 'slug', message: `Indicator "${request.params.slug}" not found` })
      return grid
    },
  )

  app.put(
    point,
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'putObservation',
        summary: 'Create or correct one point',
        description:
          'Creates the point when it does not exist (201, version 1; send no version) or corrects it when `version` is the current one ' +
          '(200, version + 1). The same value, flags and note answer 200 `unchanged` with no revision. A stale version answers 409 with the ' +
          'current value, version, time and author, changing nothing. An outlier (a change of more than 4 × the median period-to-period ' +
          'change, or a level outside the historical range widened by that much) answers 422 unless `confirm` is true. The revision, the ' +
          'recomputed North America and derived values, the status flips and the audit row are written in one transaction.',
        params: PointParams,
        body: PutBody,
        response: {
          200: SavedSchema.describe('Corrected (version + 1) or unchanged'),
          201: SavedSchema.describe('Created (version 1)'),
          400: REFUSALS[400],
          404: REFUSALS[404],
          409: PointConflictSchema,
          422: OutlierSchema,
        },
      },
    },
    async (request, reply) => {
      const { slug, country, period } = request.params
      const { reason, confirm, ...cell } = request.body
      return sendPoint(reply, editor.put(slug, { country, period, ...cell }, { reason, confirm: confirm ?? false }, editorOf(request)))
    },
  )

  app.delete(
    point,
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'deleteObservation',
        summary: 'Delete one point (as a revision)',
        description:
          'The point disappears from series and progress; its history stays and POST …/restore brings it back. `version` must be the ' +
          'current one (else 409 with the current state). Deleting a deleted point answers 200 `unchanged`.',
        params: PointParams,
        body: DeleteBody,
        response: { 200: SavedSchema, 400: REFUSALS[400], 404: REFUSALS[404], 409: PointConflictSchema },
      },
    },
    async (request, reply) => {
      const { slug, country, period } = request.params
      return sendPoint(reply, editor.remove(slug, country, period, request.body, editorOf(request)))
    },
  )

  app.post(
    `${point}/restore`,
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'restoreObservation',
        summary: 'Bring a deleted point back with the value it had',
        description: 'A point that is not deleted answers 200 `unchanged` (as DELETE does on a deleted point).',
        params: PointParams,
        body: RestoreBody,
        response: { 200: SavedSchema, 400: REFUSALS[400], 404: REFUSALS[404] },
      },
    },
    async (request, reply) => {
      const { slug, country, period } = request.params
      return sendPoint(reply, editor.restore(slug, country, period, request.body, editorOf(request)))
    },
  )

  app.post(
    '/admin/indicators/:slug/observations',
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'saveObservationBatch',
        summary: 'Save a batch of cells (all or nothing)',
        description:
          'Each cell as in PUT (no version: create; the current version: correct). Any refusal changes nothing: 400 names every wrong ' +
          'field (`changes.3.value`), 409 lists every stale cell with its current state, 422 lists every outlier (send confirm: true).',
        params: z.object({ slug: Slug }),
        body: BatchBody,
        response: { 200: BatchSavedSchema, 400: REFUSALS[400], 404: REFUSALS[404], 409: BatchConflictSchema, 422: BatchOutlierSchema },
      },
    },
    async (request, reply) => {
      const { reason, changes, confirm } = request.body
      return sendBatch(reply, editor.batch(request.params.slug, changes, { reason, confirm: confirm ?? false }, editorOf(request)))
    },
  )

  app.post(
    '/admin/indicators/:slug/observations/preview',
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'previewObservationBatch',
        summary: 'What a batch would change, without writing it',
        description:
          'Runs the save in a transaction that is rolled back: each assessment whose inputs move (the countries edited, North America ' +
          'where its aggregate moves, derived indicators), the goal roll-ups and overall scores concerned, before → after, and the ' +
          'cells a save would refuse as stale or ask to confirm as outliers.',
        params: z.object({ slug: Slug }),
        body: PreviewBody,
        response: { 200: PreviewSchema, 400: REFUSALS[400], 404: REFUSALS[404] },
      },
    },
    async (request, reply) => {
      const outcome = editor.preview(request.params.slug, request.body.changes)
      return outcome.kind === 'preview' ? outcome.preview : sendCommon(reply, outcome)
    },
  )
}

export default adminObservationRoutes
