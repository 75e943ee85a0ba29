/**
 * Imports (editors and admins): upload a file for a dry run, page through its verdicts, commit it
 * (all or nothing), revert it; the history of imports. Handlers read the request, call the import
 * service and map its outcome to a status code; every check and write is in the service.
 */
import { z } from 'zod'
import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { SwaggerTransform } from '@fastify/swagger'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { COUNTRY_CODES, IMPORT_STATUSES, STATUSES } from '@nap/domain'
import { IMPORT_VERDICTS } from '@nap/db'
import type { IMPORT_FORMATS, ImportFileError } from '@nap/imports'
import { ApiErrorSchema } from '@nap/schemas'
import { requireUser } from '../../auth/plugin.ts'
import { openApiTransform } from '../openapi.ts'
import { errorBody, HttpError } from '../../plugins/error-handler.ts'
import { REASON_MAX_LENGTH } from '../../services/observation-rules.ts'
import { LIMIT_WORDS, MAX_ROWS, MAX_UPLOAD_BYTES } from '../../services/import-limits.ts'
import type { Editor } from '../../services/observation-editor.ts'
import { createImportService, type CommitOutcome, type RevertOutcome } from '../../services/import-service.ts'

const tags = ['Admin']
const MiB = 1024 * 1024

// ---- request schemas -------------------------------------------------------------------------

const FORMATS = ['tidy', 'wdi', 'oecd', 'sdmx', 'xlsx', 'wdi-zip'] as const satisfies readonly (typeof IMPORT_FORMATS)[number][]
const Format = z
  .enum(FORMATS, { error: `must be one of ${FORMATS.join(', ')}` })
  .describe('Read the file in this layout instead of detecting it from the content: tidy, wdi (a WDI CSV or ZIP), oecd, sdmx, xlsx')
const IndicatorOption = z
  .string()
  .trim()
  .max(100)
  .describe('For a file with one series whose code the catalog does not know (or no indicator column): the slug it is, e.g. rd-expenditure')
const Sheet = z.string().max(100).describe('XLSX: the sheet to read (default: the first)')
const UploadOptions = z.strictObject({ format: Format.optional(), indicator: IndicatorOption.optional(), sheet: Sheet.optional() })
const UploadBody = z
  .object({
    file: z.string().meta({ format: 'binary' }).describe(`The file (at most ${LIMIT_WORDS})`),
    format: Format.optional(),
    indicator: IndicatorOption.optional(),
    sheet: Sheet.optional(),
  })
  .describe('multipart/form-data: the file in the field `file`; the options may also be given in the query string')

/** The upload's request body in the OpenAPI document (multipart/form-data), from UploadBody. */
const UPLOAD_BODY_JSON: Record<string, unknown> = (() => {
  const { $schema: _, ...json } = z.toJSONSchema(UploadBody)
  return json
})()
const uploadTransform: SwaggerTransform = (input) => {
  const result = openApiTransform(input)
  return { ...result, schema: { ...result.schema, consumes: ['multipart/form-data'], body: UPLOAD_BODY_JSON } }
}

const ImportId = z.coerce
  .number({ error: 'must be an import number' })
  .int({ error: 'must be an import number' })
  .positive({ error: 'must be an import number' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'must be an import number' })
const IdParams = z.object({ id: ImportId.describe('The import number (from POST /api/admin/imports)') })
const Limit = (max: number, byDefault: number) =>
  z.coerce
    .number({ error: `must be a whole number from 1 to ${max}` })
    .int({ error: `must be a whole number from 1 to ${max}` })
    .min(1, { error: `must be a whole number from 1 to ${max}` })
    .max(max, { error: `must be a whole number from 1 to ${max}` })
    .default(byDefault)
const Cursor = z.string().max(200).optional().describe('`nextCursor` of the previous page')
const VerdictQuery = z.object({
  verdict: z.enum(IMPORT_VERDICTS, { error: `must be one of ${IMPORT_VERDICTS.join(', ')}` }).optional().describe('Only the values with this verdict'),
  indicator: z.string().trim().min(1).max(100).optional().describe('Only this indicator (a slug, or the indicator as the file writes it for skipped values)'),
  country: z.string().trim().min(1).max(100).optional().describe('Only this country (an area code, or the country as the file writes it for skipped values)'),
  cursor: Cursor,
  limit: Limit(500, 100).describe('Verdicts per page (1–500, default 100)'),
})
const ListQuery = z.object({ cursor: Cursor, limit: Limit(100, 20).describe('Imports per page (1–100, default 20)') })
const Reason = z
  .string({ error: 'is required: say why the file is applied or undone (e.g. "WDI update of February 2026")' })
  .trim()
  .min(1, { error: 'is required: say why the file is applied or undone (e.g. "WDI update of February 2026")' })
  .max(REASON_MAX_LENGTH, { error: `must be at most ${REASON_MAX_LENGTH} characters` })
  .describe('Why: kept with every revision the import writes, shown in the public history and the change feed')
const ReasonBody = z.strictObject({ reason: Reason })

// ---- response schemas ------------------------------------------------------------------------

const Flags = z.object({ estimate: z.boolean(), provisional: z.boolean(), breakInSeries: z.boolean() })
const Status = z.enum(STATUSES)
const StatusChange = z.object({ status: Status, score: z.number().nullable() })
const Counts = z
  .object({
    new: z.number().int().describe('Values for points that have no value yet (or were deleted)'),
    changed: z.number().int().describe('Values that differ from the point (value, flags the file states, or source note)'),
    unchanged: z.number().int().describe('Values the points already have'),
    rejected: z.number().int().describe('Values that cannot be taken as written (bad number or period, out of bounds, derived, duplicate…)'),
    skipped: z.number().int().describe('Values that are not ours to import (an indicator or country not tracked…)'),
  })
  .describe('How many values of the file got each verdict (one value = one cell of a wide file; an empty cell is no value)')
const Impact = z
  .object({
    asOf: z.string().describe('Assessment date'),
    assessments: z
      .array(z.object({ indicator: z.string(), country: z.enum(COUNTRY_CODES), before: StatusChange, after: StatusChange }))
      .describe('Each assessment whose series the import moves (the countries imported, North America where its aggregate moves, derived indicators)'),
    goals: z.array(z.object({ goalId: z.number().int(), country: z.enum(COUNTRY_CODES), before: StatusChange, after: StatusChange })).describe('The goal roll-ups concerned'),
    countries: z.array(z.object({ country: z.enum(COUNTRY_CODES), before: StatusChange, after: StatusChange })).describe('Overall scores of the countries concerned'),
  })
  .describe('The statuses before → after the whole import')
const ImportSchema = z.object({
  id: z.number().int().describe('The import number'),
  fileName: z.string(),
  format: z.string().describe('The layout read: tidy, wdi, wdi-zip, oecd, sdmx, xlsx'),
  sha256: z.string().describe("SHA-256 of the file's bytes (hex)"),
  encoding: z.string().nullable().describe('The text encoding read (utf-8, utf-16le, utf-16be, windows-1252); null for a workbook or a ZIP'),
  sizeBytes: z.number().int(),
  rows: z.number().int().describe('Data rows of the file (a wide row holds many values)'),
  summary: Counts,
  warnings: z.object({ outliers: z.number().int().describe('New or changed values that look like outliers (listed per value; not refused)') }),
  state: z.enum(IMPORT_STATUSES).describe('previewed: a dry run, nothing changed; committed; reverted'),
  options: z.record(z.string(), z.string()).describe('The options given (format, indicator, sheet)'),
  meta: z.record(z.string(), z.string()).describe('What the file says of itself: ZIP entry, WDI "Last Updated Date", the sheet read'),
  createdAt: z.string().describe('When the dry run was made'),
  createdBy: z.string().nullable().describe('Display name of who uploaded the file'),
  committedAt: z.string().nullable(),
  committedBy: z.string().nullable().describe('Display name'),
  commitReason: z.string().nullable(),
  revertedAt: z.string().nullable(),
  revertedBy: z.string().nullable().describe('Display name'),
  revertReason: z.string().nullable(),
})
const ImportDetailSchema = ImportSchema.extend({ preview: Impact.nullable().describe('null when the file has no new or changed value') })
const OutlierSchema = z
  .object({
    reasons: z.array(z.enum(['change', 'level'])).describe('change: the jump from the previous period; level: outside the widened range'),
    previous: z.object({ period: z.string(), value: z.number() }).nullable(),
    change: z.number().nullable().describe('value − previous value'),
    medianChange: z.number(),
    limit: z.number().describe('4 × medianChange'),
    historicalMin: z.number(),
    historicalMax: z.number(),
    allowedMin: z.number(),
    allowedMax: z.number(),
  })
  .describe('The value looks like an outlier (a warning: the commit still applies it)')
const VerdictSchema = z.object({
  row: z.number().int().describe('Position of the value in the file (1-based)'),
  line: z.number().int().describe('CSV line or sheet row'),
  column: z.string().nullable().describe('The column of a wide file ("2023", or a sheet column letter)'),
  indicator: z.string().describe('Slug, or the indicator as written when it is not in the catalog'),
  country: z.string().describe('Area code, or the country as written when it is not tracked'),
  period: z.string(),
  value: z.string().describe('The value as written'),
  verdict: z.enum(IMPORT_VERDICTS),
  code: z.string().nullable().describe('Why rejected or skipped: bad-number, bad-period, wrong-frequency, impossible-year, out-of-bounds, unit-multiplier, derived, not-reported, indicator-mismatch, duplicate; unknown-indicator, no-indicator, untracked-country, world-not-kept, deletion'),
  reason: z.string().describe('The verdict in words'),
  old: z
    .object({ value: z.number().nullable(), version: z.number().int(), deleted: z.boolean(), flags: Flags, sourceNote: z.string().nullable() })
    .nullable()
    .describe('The point at the dry run (null: it did not exist)'),
  new: z
    .object({ value: z.number(), flags: Flags.nullable().describe('null: the file has no flag column (kept)'), sourceNote: z.string().nullable().describe('null: kept') })
    .nullable()
    .describe('What the import sets (null for rejected and skipped values)'),
  ignoredFlags: z.array(z.string()).describe('Flag codes of the file other than estimate, provisional, break'),
  outlier: OutlierSchema.nullable(),
})
const VerdictPageSchema = ImportDetailSchema.extend({
  items: z.array(VerdictSchema).describe('In file order'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` (with the same filters) for the next page; null on the last page'),
})
const ImportPageSchema = z.object({
  items: z.array(ImportSchema).describe('Newest first'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
})
const StatusFlipSchema = z.object({ indicator: z.string(), country: z.enum(COUNTRY_CODES), from: Status, to: Status }).describe('A status the import moved')
const CommittedSchema = z.object({
  import: ImportDetailSchema,
  applied: z.number().int().describe('Points written (one revision each, referring to the import)'),
  derived: z.number().int().describe('North America and derived values recomputed'),
  statusFlips: z.array(StatusFlipSchema),
})
const RevertedSchema = z.object({
  import: ImportDetailSchema,
  reverted: z.number().int().describe('Points put back as they were before the commit (new revisions)'),
  derived: z.number().int().describe('North America and derived values recomputed'),
  statusFlips: z.array(StatusFlipSchema),
})
const ConflictSchema = z.object({
  indicator: z.string(),
  country: z.string().describe('Area code'),
  period: z.string(),
  version: z.number().int().nullable().describe('The version expected (null: the point was not to exist)'),
  current: z
    .object({ value: z.number().nullable(), version: z.number().int(), deleted: z.boolean(), updatedAt: z.string(), author: z.string().describe('Display name of who changed it last') })
    .nullable(),
})
const StateConflictSchema = ApiErrorSchema.extend({
  state: z.enum(IMPORT_STATUSES).optional().describe('The import state that refuses it (codes already_committed, already_reverted, not_committed)'),
  total: z.number().int().optional().describe('How many points changed since (code version_conflict)'),
  conflicts: z.array(ConflictSchema).optional().describe('The points that changed since (the first 500), with their current state'),
}).describe('Nothing changed: the import is not in a state that allows it, or points changed since (code version_conflict)')
const FileErrorSchema = ApiErrorSchema.describe(
  'The file cannot be read (code invalid_file: `message` names the line or the part, a ZIP entry or a sheet, that broke), a wrong option (validation_error), or a malformed upload (invalid_upload)',
)
const FileLimit = z
  .object({ code: z.string().describe('too-large, too-many-rows or too-many-values'), line: z.number().int().nullable().describe('The first line past the limit'), part: z.string().nullable() })
  .describe('The limit reached')
const TooLargeSchema = ApiErrorSchema.extend({ file: FileLimit.optional() }).describe(
  `The file is over a limit (code file_too_large: ${LIMIT_WORDS}; too_many_rows: ${MAX_ROWS.toLocaleString('en-US')} rows; too_many_values)`,
)
const NotFound = ApiErrorSchema.describe('No such import (code not_found)')

// ---- request → service, outcome → HTTP ---------------------------------------------------------

function editorOf(request: FastifyRequest): Editor {
  const user = requireUser(request)
  return { userId: user.id, email: user.email, name: user.name, ip: request.ip }
}

interface Upload {
  bytes: Uint8Array
  fileName: string
  fields: Record<string, string>
}

const tooLarge = () => new HttpError(413, 'file_too_large', `The file is larger than the limit of ${LIMIT_WORDS}`)

function hasCode(e: unknown): e is { code: string; message: string } {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' && 'message' in e && typeof e.message === 'string'
}

/** The one file and the option fields of a multipart request; anything malformed is a 4xx. */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the file as multipart/form-data, in the field "file"')
  }
  const declared = Number(request.headers['content-length'])
  // Refused before reading: the body cannot hold a file within the limit (with room for the form's own bytes).
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES + MiB) throw tooLarge()
  let file: { bytes: Uint8Array; fileName: string } | undefined
  const fields: Record<string, string> = {}
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1000, parts: 11 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume()
          throw new HttpError(400, 'validation_error', `Invalid upload: the file must be in the field "file", not "${part.fieldname}"`, [{ field: part.fieldname, message: 'unexpected file field' }])
        }
        const bytes = await part.toBuffer()
        file = { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName: part.filename.slice(0, 255) || 'upload' }
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value
      }
    }
  } catch (e) {
    if (e instanceof HttpError) throw e
    if (hasCode(e) && e.code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge()
    if (hasCode(e) && e.code === 'FST_FILES_LIMIT') throw new HttpError(400, 'validation_error', 'Invalid upload: send one file at a time', [{ field: 'file', message: 'one file at a time' }])
    if (hasCode(e) && e.code.startsWith('FST_')) throw new HttpError(400, 'invalid_upload', `Invalid upload: ${e.message}`)
    const message = e instanceof Error ? e.message : String(e)
    throw new HttpError(400, 'invalid_upload', `Invalid upload: the multipart body is malformed (${message})`)
  }
  if (file === undefined) throw new HttpError(400, 'validation_error', 'Invalid upload: no file: send it in the field "file"', [{ field: 'file', message: 'is required' }])
  return { ...file, fields }
}

const OVER_LIMIT = { 'too-large': 'file_too_large', 'too-many-rows': 'too_many_rows', 'too-many-values': 'too_many_values' } as const
const isOverLimit = (code: string): code is keyof typeof OVER_LIMIT => code in OVER_LIMIT

/** 413 for a file over a limit (with where), 400 for one that cannot be read (the message names the line or part). */
function sendFileError(reply: FastifyReply, error: ImportFileError) {
  const message = `The file cannot be imported: ${error.message}`
  const issues = [{ field: 'file', message: error.message }]
  if (isOverLimit(error.code)) {
    return reply.code(413).send({ ...errorBody(413, OVER_LIMIT[error.code], message, issues), file: { code: error.code, line: error.line ?? null, part: error.part ?? null } })
  }
  return reply.code(400).send(errorBody(400, 'invalid_file', message, issues))
}

function sendRefusal(reply: FastifyReply, id: number, outcome: Exclude<CommitOutcome, { kind: 'committed' }> | Exclude<RevertOutcome, { kind: 'reverted' }>) {
  switch (outcome.kind) {
    case 'not_found':
      return reply.code(404).send(errorBody(404, 'not_found', `Import #${id} not found`))
    case 'state':
      return reply.code(409).send({ ...errorBody(409, outcome.code, outcome.message), state: outcome.state })
    case 'conflict': {
      const shown = outcome.conflicts.slice(0, 5).map((c) => `${c.indicator} ${c.country} ${c.period}`)
      const more = outcome.total > shown.length ? ` and ${outcome.total - shown.length} more` : ''
      return reply.code(409).send({
        ...errorBody(409, 'version_conflict', `${outcome.total} point(s) changed since the dry run, nothing was applied: ${shown.join(', ')}${more}; upload the file again`),
        total: outcome.total,
        conflicts: outcome.conflicts,
      })
    }
  }
}

// ---- routes ----------------------------------------------------------------------------------

const adminImportRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only this plugin's routes read multipart bodies (the parser is encapsulated here).
  await app.register(multipart, { throwFileSizeLimit: true })
  const imports = createImportService({ db: app.db, progress: app.progress, now: app.clock })

  app.post(
    '/admin/imports',
    {
      // The multipart body is read by the handler; the OpenAPI document describes it (uploadTransform).
      config: { auth: 'editor', swaggerTransform: uploadTransform },
      schema: {
        tags,
        operationId: 'createImport',
        summary: 'Upload a file: a dry run of what importing it would change',
        description:
          'Reads the file (tidy CSV, World Bank WDI CSV or ZIP, OECD.Stat export, SDMX-CSV 1.0/2.0, XLSX; detected from the content ' +
          'unless `format` says) and gives every value a verdict against the current data: new, changed (old → new), unchanged, ' +
          `rejected or skipped, with the reason; outliers are flagged. Nothing changes: commit it with POST …/{id}/commit. At most ${LIMIT_WORDS} and ` +
          `${MAX_ROWS.toLocaleString('en-US')} rows (413 beyond); a file that cannot be read answers 400 naming the line or part that broke.`,
        querystring: UploadOptions,
        response: { 201: ImportDetailSchema.describe('The dry run (state previewed)'), 400: FileErrorSchema, 413: TooLargeSchema, 415: ApiErrorSchema.describe('Not a multipart/form-data request') },
      },
    },
    async (request, reply) => {
      const editor = editorOf(request)
      const upload = await readUpload(request)
      const fromForm = UploadOptions.safeParse(upload.fields)
      if (!fromForm.success) {
        const issues = fromForm.error.issues.map((i) => ({ field: i.path.join('.') || 'form', message: i.message }))
        throw new HttpError(400, 'validation_error', `Invalid form: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues)
      }
      const options = { ...request.query, ...fromForm.data }
      const outcome = await imports.dryRun({ bytes: upload.bytes, fileName: upload.fileName, format: options.format, indicator: options.indicator, sheet: options.sheet }, editor)
      switch (outcome.kind) {
        case 'file_error':
          return sendFileError(reply, outcome.error)
        case 'option_error': {
          const { option, message } = outcome.error
          return reply.code(400).send(errorBody(400, 'validation_error', `Invalid ${option}: ${message}`, [{ field: option, message }]))
        }
        case 'previewed':
          return reply.code(201).send(outcome.import)
      }
    },
  )

  app.get(
    '/admin/imports',
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'listImports',
        summary: 'The imports, newest first: who, when, which file, what it would change or changed, and where it stands',
        querystring: ListQuery,
        response: { 200: ImportPageSchema, 400: ApiErrorSchema.describe('A wrong parameter or a cursor this API did not give out (code validation_error)') },
      },
    },
    async (request) => {
      const page = imports.list(request.query)
      if (page === 'invalid_cursor') throw new HttpError(400, 'validation_error', 'Invalid request: cursor: is not a cursor this API gave out', [{ field: 'cursor', message: 'is not a cursor this API gave out' }])
      return page
    },
  )

  app.get(
    '/admin/imports/:id',
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'getImport',
        summary: 'One import and a page of its verdicts, filterable by verdict, indicator and country',
        params: IdParams,
        querystring: VerdictQuery,
        response: { 200: VerdictPageSchema, 400: ApiErrorSchema.describe('A wrong parameter or a cursor this API did not give out (code validation_error)'), 404: NotFound },
      },
    },
    async (request, reply) => {
      const { id } = request.params
      const page = imports.verdicts(id, request.query)
      if (page === null) return reply.code(404).send(errorBody(404, 'not_found', `Import #${id} not found`))
      if (page === 'invalid_cursor') throw new HttpError(400, 'validation_error', 'Invalid request: cursor: is not a cursor this API gave out', [{ field: 'cursor', message: 'is not a cursor this API gave out' }])
      return { ...page.import, items: page.items, nextCursor: page.nextCursor }
    },
  )

  app.post(
    '/admin/imports/:id/commit',
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'commitImport',
        summary: 'Apply the dry run: its new and changed values, all or nothing',
        description:
          'Applies exactly the new and changed values of the dry run in one transaction: one revision per point referring to the import, ' +
          'the North America and derived values recomputed once, the statuses moved recorded, one audit row. If any of those points changed ' +
          'since the dry run, 409 lists them and nothing is applied (upload the file again). A second commit answers 409.',
        params: IdParams,
        body: ReasonBody,
        response: { 200: CommittedSchema, 400: ApiErrorSchema, 404: NotFound, 409: StateConflictSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params
      const outcome = imports.commit(id, request.body.reason, editorOf(request))
      if (outcome.kind !== 'committed') return sendRefusal(reply, id, outcome)
      // The data version moved with the writes already; this drops the cached bodies at once too.
      app.responseCache?.invalidate()
      const { kind: _, ...body } = outcome
      return body
    },
  )

  app.post(
    '/admin/imports/:id/revert',
    {
      config: { auth: 'editor' },
      schema: {
        tags,
        operationId: 'revertImport',
        summary: 'Undo a committed import (new revisions, all or nothing)',
        description:
          'Puts every point the import wrote back as it was before (a point it created is deleted), as new revisions, in one transaction, ' +
          'and recomputes the derived values. If someone changed any of those points since, 409 lists them and nothing changes.',
        params: IdParams,
        body: ReasonBody,
        response: { 200: RevertedSchema, 400: ApiErrorSchema, 404: NotFound, 409: StateConflictSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params
      const outcome = imports.revert(id, request.body.reason, editorOf(request))
      if (outcome.kind !== 'reverted') return sendRefusal(reply, id, outcome)
      app.responseCache?.invalidate()
      const { kind: _, ...body } = outcome
      return body
    },
  )
}

export default adminImportRoutes
