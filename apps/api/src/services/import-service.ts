/**
 * Imports (issue 9): a file → a dry run that says what every value would do, stored row by row;
 * then a commit that applies exactly the new and changed rows, all or nothing; then, perhaps, a
 * revert. The API and the command line (`pnpm data:import`) both call this service.
 *
 * - Dry run: the file is parsed and matched (packages/imports), each matched value is compared with
 *   its point (new / changed / unchanged, with the point's version), outliers are flagged, and the
 *   impact on the statuses is measured by applying the rows inside a savepoint that is rolled back.
 *   The import and its rows are stored in the same immediate transaction. No observation changes.
 * - Commit: ONE immediate transaction. Refused (409, nothing written) when any point to be written
 *   moved since the dry run (its version differs, or a point that did not exist now does). Each point
 *   gets one revision (action 'import', importId); the derived values are recomputed once for the
 *   indicators concerned; the statuses moved are recorded; the audit row is written.
 * - Revert: ONE immediate transaction that puts every point back as it was before the commit (new
 *   revisions; a point the import created is deleted), refused (409) when someone changed any of them
 *   since.
 *
 * The response cache and the progress cache need no call: both key on the data version of the
 * database, which every write moves as its statements run (cache/data-version.ts, progress-service).
 */
import { createHash } from 'node:crypto'
import { inArray } from 'drizzle-orm'
import {
  areaCodeOf,
  dependantsOf,
  flagsOf,
  insertObservation,
  lastChangeOf,
  nextChangeTime,
  observations,
  recomputeDerived,
  recordStatusFlips,
  reviseObservation,
  type Attribution,
  type Db,
  type ImportVerdict,
  type ObservationRow,
} from '@nap/db'
import { ImportFileError, ImportOptionError, matchObservations, parseImportFile, type MatchedVerdict, type MatchResult, type ParsedFile } from '@nap/imports'
import type { ImportStatus } from '@nap/domain'
import type { AssessmentDto } from '@nap/schemas'
import { record as recordAudit } from '../repositories/audit-repository.ts'
import {
  appliedImportRows,
  commitRevisions,
  findImport,
  insertImport,
  insertImportRows,
  listImports,
  pageImportRows,
  updateImport,
  type ImportListQuery,
  type ImportRecord,
  type ImportRowRecord,
  type RowQuery,
} from '../repositories/imports-repository.ts'
import { loadCurrentData, type ProgressService } from '../repositories/progress-service.ts'
import { loadImportCatalog } from './import-catalog.ts'
import { changedAssessments, flipsOf, impactOf, type ImportImpact, type StatusFlipOf } from './import-impact.ts'
import { findOutliers, type OutlierWarning } from './import-outliers.ts'
import { classifyVerdicts, countVerdicts, isApplied, type ExistingPoint, type ImportRowData, type PointFlags } from './import-verdicts.ts'
import type { Editor } from './observation-editor.ts'

// ---- what the service answers ------------------------------------------------------------------

export interface ImportDto {
  id: number
  fileName: string
  format: string
  sha256: string
  encoding: string | null
  sizeBytes: number
  /** Data rows of the file. */
  rows: number
  summary: Record<ImportVerdict, number>
  warnings: { outliers: number }
  state: ImportStatus
  options: Record<string, string>
  meta: Record<string, string>
  createdAt: string
  /** Display name of who uploaded it. */
  createdBy: string | null
  committedAt: string | null
  committedBy: string | null
  commitReason: string | null
  revertedAt: string | null
  revertedBy: string | null
  revertReason: string | null
}

export interface ImportDetail extends ImportDto {
  /** The statuses the dry run measured, before → after (null for an import of no new or changed value). */
  preview: ImportImpact | null
}

export interface VerdictDto {
  /** 1-based position of the value in the file. */
  row: number
  line: number
  column: string | null
  indicator: string
  country: string
  period: string
  /** The value as written in the file. */
  value: string
  verdict: ImportVerdict
  code: string | null
  reason: string
  old: { value: number | null; version: number; deleted: boolean; flags: PointFlags; sourceNote: string | null } | null
  new: { value: number; flags: PointFlags | null; sourceNote: string | null } | null
  ignoredFlags: string[]
  outlier: OutlierWarning | null
}

export interface ConflictDto {
  indicator: string
  country: string
  period: string
  /** The version the dry run saw (null: the point did not exist). */
  version: number | null
  current: { value: number | null; version: number; deleted: boolean; updatedAt: string; author: string } | null
}

export type ImportStage = 'parsing' | 'comparing' | 'preview' | 'storing' | 'applying' | 'recomputing' | 'assessing'
/** Progress of a long step (the command line draws a bar). */
export type ProgressFn = (stage: ImportStage, done: number, total: number) => void

export interface DryRunInput {
  bytes: Uint8Array
  fileName: string
  format?: string | undefined
  indicator?: string | undefined
  sheet?: string | undefined
}

export type DryRunOutcome = { kind: 'file_error'; error: ImportFileError } | { kind: 'option_error'; error: ImportOptionError } | { kind: 'previewed'; import: ImportDetail }

export type StateRefusal = { kind: 'state'; code: 'already_committed' | 'already_reverted' | 'not_committed'; message: string; state: ImportStatus }

export type CommitOutcome =
  | { kind: 'not_found' }
  | StateRefusal
  | { kind: 'conflict'; total: number; conflicts: ConflictDto[] }
  | { kind: 'committed'; import: ImportDetail; applied: number; derived: number; statusFlips: StatusFlipOf[] }

export type RevertOutcome =
  | { kind: 'not_found' }
  | StateRefusal
  | { kind: 'conflict'; total: number; conflicts: ConflictDto[] }
  | { kind: 'reverted'; import: ImportDetail; reverted: number; derived: number; statusFlips: StatusFlipOf[] }

/** Conflicts listed in full in a 409 (the total is always given). */
export const MAX_LISTED_CONFLICTS = 500

// ---- helpers -----------------------------------------------------------------------------------

/** Thrown to roll the preview's savepoint back, carrying its result out. */
class RolledBack extends Error {
  readonly impact: ImportImpact
  constructor(impact: ImportImpact) {
    super('preview rolled back')
    this.impact = impact
  }
}

type Conn = Parameters<Parameters<Db['transaction']>[0]>[0]

const pointKey = (indicatorId: number, country: string, period: string) => `${indicatorId}|${country}|${period}`

function loadPoints(tx: Pick<Db, 'select'>, indicatorIds: readonly number[]): Map<string, ObservationRow> {
  const out = new Map<string, ObservationRow>()
  if (indicatorIds.length === 0) return out
  for (const row of tx.select().from(observations).where(inArray(observations.indicatorId, [...indicatorIds])).all()) {
    out.set(pointKey(row.indicatorId, row.countryCode, row.period), row)
  }
  return out
}

function existingOf(row: ObservationRow): ExistingPoint {
  return { id: row.id, value: row.value, version: row.version, deleted: row.deleted, flags: flagsOf(row), sourceNote: row.sourceNote }
}

/** What a commit writes for one row (new and changed rows only have an indicator id). */
interface Write {
  indicatorId: number
  country: string
  period: string
  value: number
  flags: PointFlags | null
  sourceNote: string | null
}

function writeOf(r: Pick<ImportRowData, 'indicatorId' | 'country' | 'period' | 'newValue' | 'newFlags' | 'newSourceNote'>): Write {
  if (r.indicatorId === null || r.newValue === null) throw new Error(`row ${r.country} ${r.period} has no indicator or value to write`)
  return { indicatorId: r.indicatorId, country: r.country, period: r.period, value: r.newValue, flags: r.newFlags, sourceNote: r.newSourceNote }
}

interface Written {
  indicatorId: number
  country: string
  revisionId: number
}

const NO_FLAGS: PointFlags = { estimate: false, provisional: false, breakInSeries: false }

/** Writes the rows: one revision each (action 'import'), from the points as they are in `points`. */
function applyWrites(tx: Conn, writes: readonly Write[], points: ReadonlyMap<string, ObservationRow>, by: Attribution, onProgress?: ProgressFn): Written[] {
  const out: Written[] = []
  writes.forEach((w, i) => {
    const cur = points.get(pointKey(w.indicatorId, w.country, w.period))
    if (cur === undefined) {
      const r = insertObservation(tx, { indicatorId: w.indicatorId, countryCode: areaCodeOf(w.country), period: w.period, value: w.value, flags: w.flags ?? NO_FLAGS, sourceNote: w.sourceNote }, by)
      out.push({ indicatorId: w.indicatorId, country: w.country, revisionId: r.revisionId })
    } else {
      const next = { value: w.value, deleted: false, flags: w.flags ?? flagsOf(cur), sourceNote: w.sourceNote ?? cur.sourceNote }
      out.push({ indicatorId: w.indicatorId, country: w.country, revisionId: reviseObservation(tx, cur, next, by).revisionId })
    }
    if (onProgress && (i + 1) % 250 === 0) onProgress('applying', i + 1, writes.length)
  })
  onProgress?.('applying', writes.length, writes.length)
  return out
}

function toDto(r: ImportRecord): ImportDto {
  const { outliers, ...summary } = r.summary
  return {
    id: r.id,
    fileName: r.filename,
    format: r.format,
    sha256: r.sha256,
    encoding: r.encoding,
    sizeBytes: r.sizeBytes,
    rows: r.rowCount,
    summary: { new: summary.new, changed: summary.changed, unchanged: summary.unchanged, rejected: summary.rejected, skipped: summary.skipped },
    warnings: { outliers },
    state: r.status,
    options: r.options,
    meta: r.meta,
    createdAt: r.createdAt,
    createdBy: r.uploadedBy,
    committedAt: r.committedAt,
    committedBy: r.committedByName,
    commitReason: r.commitReason,
    revertedAt: r.revertedAt,
    revertedBy: r.revertedByName,
    revertReason: r.revertReason,
  }
}

function isImpact(v: unknown): v is ImportImpact {
  return typeof v === 'object' && v !== null && 'asOf' in v && 'assessments' in v && 'goals' in v && 'countries' in v
}

function toDetail(r: ImportRecord): ImportDetail {
  return { ...toDto(r), preview: isImpact(r.preview) ? r.preview : null }
}

function isOutlierWarning(v: unknown): v is OutlierWarning {
  return typeof v === 'object' && v !== null && 'reasons' in v && 'limit' in v && 'allowedMin' in v
}

export function verdictDto(r: ImportRowRecord): VerdictDto {
  return {
    row: r.seq + 1,
    line: r.line,
    column: r.column,
    indicator: r.indicator,
    country: r.country,
    period: r.period,
    value: r.valueText,
    verdict: r.verdict,
    code: r.code,
    reason: r.reason,
    old:
      r.oldVersion === null || r.oldFlags === null
        ? null
        : { value: r.oldValue, version: r.oldVersion, deleted: r.oldDeleted ?? false, flags: r.oldFlags, sourceNote: r.oldSourceNote },
    new: r.newValue === null || r.verdict === 'rejected' || r.verdict === 'skipped' ? null : { value: r.newValue, flags: r.newFlags, sourceNote: r.newSourceNote },
    ignoredFlags: r.ignoredFlags ?? [],
    outlier: isOutlierWarning(r.outlier) ? r.outlier : null,
  }
}

// ---- the service ---------------------------------------------------------------------------------

export interface ImportServiceDeps {
  db: Db
  progress: ProgressService
  now?: () => Date
}

export function createImportService({ db, progress, now = () => new Date() }: ImportServiceDeps) {
  const today = () => now().toISOString().slice(0, 10)

  /** The current state of the points, for a 409. */
  function conflictDto(tx: Conn, indicator: string, row: Pick<ImportRowRecord, 'country' | 'period' | 'oldVersion'>, cur: ObservationRow | undefined): ConflictDto {
    const last = cur ? lastChangeOf(tx, cur.id) : null
    return {
      indicator,
      country: row.country,
      period: row.period,
      version: row.oldVersion,
      current: cur ? { value: cur.deleted ? null : cur.value, version: cur.version, deleted: cur.deleted, updatedAt: last?.at ?? cur.updatedAt, author: last?.author ?? 'system' } : null,
    }
  }

  /**
   * The rest of a commit or a revert: the derived values once, the statuses before → after (moved
   * ones recorded against the revision of that indicator and country, else the last one written).
   */
  function finishWrites(tx: Conn, indicatorIds: readonly number[], before: ReturnType<typeof loadCurrentData>, written: readonly Written[], by: Attribution, reason: string, onProgress?: ProgressFn) {
    onProgress?.('recomputing', 0, 1)
    const derived = written.length === 0 ? 0 : recomputeDerived(tx, { ...by, reason: `${reason} (recomputed from its inputs)` }, { indicatorIds }).revisionIds.length
    onProgress?.('recomputing', 1, 1)
    onProgress?.('assessing', 0, 1)
    const after = loadCurrentData(tx, before.indicators.map((i) => i.id))
    const { changes } = changedAssessments(before, after, today())
    const flips = flipsOf(changes)
    const last = written.at(-1)
    if (last !== undefined) {
      const idOf = new Map(after.indicators.map((i) => [i.slug, i.id]))
      const lastOf = new Map(written.map((w) => [`${w.indicatorId}|${w.country}`, w.revisionId]))
      recordStatusFlips(
        tx,
        flips.map((f) => {
          const indicatorId = idOf.get(f.indicator) ?? 0
          return { revisionId: lastOf.get(`${indicatorId}|${f.country}`) ?? last.revisionId, indicatorId, countryCode: f.country, fromStatus: f.from, toStatus: f.to, at: by.at ?? now().toISOString() }
        }),
      )
    }
    return { derived, flips }
  }

  return {
    async dryRun(input: DryRunInput, editor: Editor, onProgress?: ProgressFn): Promise<DryRunOutcome> {
      const sha256 = createHash('sha256').update(input.bytes).digest('hex')
      const indicator = input.indicator?.trim() === '' ? undefined : input.indicator?.trim()
      const options: Record<string, string> = {}
      if (input.format !== undefined && input.format !== '') options['format'] = input.format
      if (indicator !== undefined) options['indicator'] = indicator
      if (input.sheet !== undefined && input.sheet !== '') options['sheet'] = input.sheet

      onProgress?.('parsing', 0, 1)
      const catalog = loadImportCatalog(db)
      const read = await readFile(input, options, (file) =>
        matchObservations(file, { catalog: catalog.refs, areas: catalog.areas, currentYear: now().getUTCFullYear(), ...(indicator ? { indicator } : {}) }),
      )
      if (read.kind !== 'read') return read
      onProgress?.('parsing', 1, 1)
      const { file } = read
      const verdicts = read.match.verdicts
      const date = today()
      const idBySlug = new Map(catalog.indicators.map((i) => [i.slug, i.id]))
      const meta: Record<string, string> = {}
      for (const [k, v] of Object.entries(file.meta)) if (typeof v === 'string') meta[k] = v
      if (file.sheet !== undefined) meta['sheet'] = file.sheet
      if (file.layout !== undefined) meta['layout'] = file.layout

      // Read before the transaction: the progress cache must never see the preview's pending rows.
      const beforeAll: readonly AssessmentDto[] = progress.current(date)
      const id = db.transaction(
        (tx) => {
          onProgress?.('comparing', 0, verdicts.length)
          const matchedIds = [...new Set(verdicts.filter((v): v is MatchedVerdict => v.verdict === 'matched').map((v) => idBySlug.get(v.slug) ?? 0))]
          const points = loadPoints(tx, matchedIds)
          const rows = classifyVerdicts(verdicts, {
            indicatorId: (slug) => idBySlug.get(slug),
            existing: (indicatorId, country, period) => {
              const row = points.get(pointKey(indicatorId, country, period))
              return row === undefined ? undefined : existingOf(row)
            },
          })
          const applied = rows.filter(isApplied)
          const live = new Map<string, Map<string, number>>()
          for (const p of points.values()) {
            if (p.deleted || p.value === null) continue
            const key = `${p.indicatorId}|${p.countryCode}`
            let m = live.get(key)
            if (m === undefined) live.set(key, (m = new Map()))
            m.set(p.period, p.value)
          }
          const outliers = findOutliers(
            applied.map((r) => ({ seq: r.seq, indicatorId: r.indicatorId ?? 0, country: r.country, period: r.period, value: r.newValue ?? 0 })),
            (indicatorId, country) => live.get(`${indicatorId}|${country}`) ?? new Map(),
          )
          for (const [seq, warning] of outliers) {
            const row = rows[seq]
            if (row !== undefined) row.outlier = { ...warning }
          }
          onProgress?.('comparing', verdicts.length, verdicts.length)
          const summary = { ...countVerdicts(rows), outliers: outliers.size }
          const at = nextChangeTime(tx, now())
          const importId = insertImport(tx, {
            filename: input.fileName,
            userId: editor.userId,
            status: 'previewed',
            summary,
            createdAt: at,
            format: file.format,
            sha256,
            encoding: file.encoding ?? null,
            sizeBytes: input.bytes.length,
            rowCount: file.rows,
            options,
            meta,
          })

          let preview: ImportImpact | null = null
          if (applied.length > 0) {
            const indicatorIds = [...new Set(applied.map((r) => r.indicatorId ?? 0))]
            const affected = [...dependantsOf(catalog.indicators, indicatorIds)]
            try {
              tx.transaction((sp) => {
                const before = loadCurrentData(sp, affected)
                const by: Attribution = { action: 'import', actor: 'preview', userId: null, reason: 'preview', importId, at }
                applyWrites(sp, applied.map(writeOf), points, by, onProgress ? (_s, done, total) => onProgress('preview', done, total) : undefined)
                recomputeDerived(sp, { ...by, reason: 'preview' }, { indicatorIds })
                const after = loadCurrentData(sp, affected)
                const { changes, afterAssessments } = changedAssessments(before, after, date)
                throw new RolledBack(impactOf(date, changes, afterAssessments, beforeAll))
              })
            } catch (e) {
              if (!(e instanceof RolledBack)) throw e
              preview = e.impact
            }
          }
          onProgress?.('storing', 0, rows.length)
          insertImportRows(db, importId, rows, onProgress ? (done) => onProgress('storing', done, rows.length) : undefined)
          updateImport(tx, importId, { preview: preview === null ? null : { ...preview } })
          recordAudit(tx, {
            userId: editor.userId,
            actor: editor.email,
            action: 'import.dry_run',
            entity: 'imports',
            entityId: importId,
            after: { fileName: input.fileName, format: file.format, sha256, sizeBytes: input.bytes.length, summary, options },
            reason: `dry run of ${input.fileName}`,
            ip: editor.ip,
            at,
          })
          return importId
        },
        { behavior: 'immediate' },
      )
      const stored = findImport(db, id)
      if (stored === undefined) throw new Error(`import ${id} vanished after its dry run`)
      return { kind: 'previewed', import: toDetail(stored) }
    },

    commit(id: number, reason: string, editor: Editor, onProgress?: ProgressFn): CommitOutcome {
      return db.transaction(
        (tx): CommitOutcome => {
          const record = findImport(tx, id)
          if (record === undefined) return { kind: 'not_found' }
          if (record.status !== 'previewed') return stateRefusal(record, 'commit')
          const rows = appliedImportRows(tx, id)
          const indicatorIds = [...new Set(rows.map((r) => r.indicatorId ?? 0))]
          const points = loadPoints(tx, indicatorIds)
          const slugOf = new Map(loadImportCatalog(tx).indicators.map((i) => [i.id, i.slug]))
          const stale: ConflictDto[] = []
          let total = 0
          for (const r of rows) {
            const cur = points.get(pointKey(r.indicatorId ?? 0, r.country, r.period))
            const moved = r.oldVersion === null ? cur !== undefined : cur === undefined || cur.version !== r.oldVersion
            if (!moved) continue
            total++
            if (stale.length < MAX_LISTED_CONFLICTS) stale.push(conflictDto(tx, slugOf.get(r.indicatorId ?? 0) ?? r.indicator, r, cur))
          }
          if (total > 0) return { kind: 'conflict', total, conflicts: stale }

          const at = nextChangeTime(tx, now())
          const all = loadImportCatalog(tx).indicators
          const affected = [...dependantsOf(all, indicatorIds)]
          const before = loadCurrentData(tx, affected)
          const by: Attribution = { action: 'import', actor: editor.email, userId: editor.userId, reason, importId: id, at }
          const written = applyWrites(tx, rows.map(writeOf), points, by, onProgress)
          const { derived, flips } = finishWrites(tx, indicatorIds, before, written, by, reason, onProgress)
          updateImport(tx, id, { status: 'committed', committedAt: at, committedBy: editor.userId, commitReason: reason })
          recordAudit(tx, {
            userId: editor.userId,
            actor: editor.email,
            action: 'import.commit',
            entity: 'imports',
            entityId: id,
            before: { state: 'previewed' },
            after: { state: 'committed', fileName: record.filename, sha256: record.sha256, applied: written.length, derived, summary: record.summary, statusFlips: flips },
            reason,
            ip: editor.ip,
            at,
          })
          const updated = findImport(tx, id)
          if (updated === undefined) throw new Error(`import ${id} vanished during its commit`)
          return { kind: 'committed', import: toDetail(updated), applied: written.length, derived, statusFlips: flips }
        },
        { behavior: 'immediate' },
      )
    },

    revert(id: number, reason: string, editor: Editor, onProgress?: ProgressFn): RevertOutcome {
      return db.transaction(
        (tx): RevertOutcome => {
          const record = findImport(tx, id)
          if (record === undefined) return { kind: 'not_found' }
          if (record.status !== 'committed') return stateRefusal(record, 'revert')
          const rows = appliedImportRows(tx, id)
          const indicatorIds = [...new Set(rows.map((r) => r.indicatorId ?? 0))]
          const points = loadPoints(tx, indicatorIds)
          const byId = new Map([...points.values()].map((p) => [p.id, p]))
          const all = loadImportCatalog(tx).indicators
          const slugOf = new Map(all.map((i) => [i.id, i.slug]))
          // Changed since by someone else: the commit's revision is no longer the point's newest.
          const movedIds = new Set(commitRevisions(tx, id).filter((r) => !r.newest).map((r) => r.observationId))
          const stale: ConflictDto[] = []
          let total = 0
          for (const r of rows) {
            const cur = points.get(pointKey(r.indicatorId ?? 0, r.country, r.period))
            if (cur === undefined || !movedIds.has(cur.id)) continue
            total++
            if (stale.length < MAX_LISTED_CONFLICTS) {
              const c = conflictDto(tx, slugOf.get(r.indicatorId ?? 0) ?? r.indicator, r, cur)
              // The version the commit left (the one a revert expects).
              stale.push({ ...c, version: (r.oldVersion ?? 0) + 1 })
            }
          }
          if (total > 0) return { kind: 'conflict', total, conflicts: stale }

          const at = nextChangeTime(tx, now())
          const affected = [...dependantsOf(all, indicatorIds)]
          const before = loadCurrentData(tx, affected)
          const words = `revert of import #${id} (${record.filename}): ${reason}`
          const written: Written[] = []
          rows.forEach((r, i) => {
            const cur = points.get(pointKey(r.indicatorId ?? 0, r.country, r.period)) ?? (r.observationId === null ? undefined : byId.get(r.observationId))
            if (cur === undefined) throw new Error(`import ${id}: the point ${r.country} ${r.period} it wrote is missing`)
            // A point the import created, or brought back from a deletion, is deleted again; any other goes back to its value.
            const gone = r.observationId === null || r.oldDeleted === true
            const flags = r.oldFlags ?? flagsOf(cur)
            const sourceNote = r.observationId === null ? cur.sourceNote : r.oldSourceNote
            const next = gone ? { value: null, deleted: true, flags, sourceNote } : { value: r.oldValue, deleted: false, flags, sourceNote }
            const by: Attribution = { action: gone ? 'delete' : 'update', actor: editor.email, userId: editor.userId, reason: words, importId: id, at }
            written.push({ indicatorId: cur.indicatorId, country: cur.countryCode, revisionId: reviseObservation(tx, cur, next, by).revisionId })
            if (onProgress && (i + 1) % 250 === 0) onProgress('applying', i + 1, rows.length)
          })
          onProgress?.('applying', rows.length, rows.length)
          const by: Attribution = { action: 'update', actor: editor.email, userId: editor.userId, reason: words, importId: id, at }
          const { derived, flips } = finishWrites(tx, indicatorIds, before, written, by, words, onProgress)
          updateImport(tx, id, { status: 'reverted', revertedAt: at, revertedBy: editor.userId, revertReason: reason })
          recordAudit(tx, {
            userId: editor.userId,
            actor: editor.email,
            action: 'import.revert',
            entity: 'imports',
            entityId: id,
            before: { state: 'committed' },
            after: { state: 'reverted', fileName: record.filename, reverted: written.length, derived, statusFlips: flips },
            reason,
            ip: editor.ip,
            at,
          })
          const updated = findImport(tx, id)
          if (updated === undefined) throw new Error(`import ${id} vanished during its revert`)
          return { kind: 'reverted', import: toDetail(updated), reverted: written.length, derived, statusFlips: flips }
        },
        { behavior: 'immediate' },
      )
    },

    find(id: number): ImportDetail | null {
      const r = findImport(db, id)
      return r === undefined ? null : toDetail(r)
    },

    /** The import with one page of its verdicts; null when there is no such import. */
    verdicts(id: number, q: RowQuery): { import: ImportDetail; items: VerdictDto[]; nextCursor: string | null } | 'invalid_cursor' | null {
      const r = findImport(db, id)
      if (r === undefined) return null
      const page = pageImportRows(db, id, q)
      if (page === 'invalid_cursor') return page
      return { import: toDetail(r), items: page.items.map(verdictDto), nextCursor: page.nextCursor }
    },

    list(q: ImportListQuery): { items: ImportDto[]; nextCursor: string | null } | 'invalid_cursor' {
      const page = listImports(db, q)
      if (page === 'invalid_cursor') return page
      return { items: page.items.map(toDto), nextCursor: page.nextCursor }
    },
  }
}

type ReadFile = { kind: 'read'; file: ParsedFile; match: MatchResult } | { kind: 'file_error'; error: ImportFileError } | { kind: 'option_error'; error: ImportOptionError }

/** Parses and matches the file; the package's own errors become outcomes, anything else stays the bug it is. */
async function readFile(input: DryRunInput, options: Record<string, string>, match: (file: ParsedFile) => MatchResult): Promise<ReadFile> {
  try {
    const file = await parseImportFile(input.bytes, {
      fileName: input.fileName,
      ...(options['format'] === undefined ? {} : { format: options['format'] }),
      ...(options['sheet'] === undefined ? {} : { sheet: options['sheet'] }),
    })
    return { kind: 'read', file, match: match(file) }
  } catch (error) {
    if (error instanceof ImportFileError) return { kind: 'file_error', error }
    if (error instanceof ImportOptionError) return { kind: 'option_error', error }
    throw error
  }
}

function stateRefusal(record: ImportRecord, what: 'commit' | 'revert'): StateRefusal {
  const id = record.id
  if (record.status === 'committed') {
    const when = `${record.committedAt ? ` at ${record.committedAt}` : ''}${record.committedByName ? ` by ${record.committedByName}` : ''}`
    return { kind: 'state', code: 'already_committed', state: record.status, message: `import #${id} was already committed${when}: nothing was applied again` }
  }
  if (record.status === 'reverted') {
    return what === 'commit'
      ? { kind: 'state', code: 'already_reverted', state: record.status, message: `import #${id} was committed and then reverted: upload the file again to apply it` }
      : { kind: 'state', code: 'already_reverted', state: record.status, message: `import #${id} was already reverted${record.revertedAt ? ` at ${record.revertedAt}` : ''}${record.revertedByName ? ` by ${record.revertedByName}` : ''}` }
  }
  if (record.status === 'failed') return { kind: 'state', code: 'not_committed', state: record.status, message: `import #${id} failed and cannot be ${what === 'commit' ? 'committed' : 'reverted'}` }
  return { kind: 'state', code: 'not_committed', state: record.status, message: `import #${id} is a dry run that was never committed: there is nothing to revert` }
}

export type ImportService = ReturnType<typeof createImportService>
