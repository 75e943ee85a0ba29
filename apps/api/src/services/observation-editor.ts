/**
 * The observation editor: every change an editor makes to the data (create, correct, delete,
 * restore, a batch from the entry grid) and its impact preview.
 *
 * Each change runs in ONE immediate transaction that (1) checks everything, refusing with nothing
 * written, (2) writes the observation and its revision (old and new value and flags, who, when, why),
 * (3) recomputes the North America aggregates and derived indicators that depend on the indicator,
 * (4) records the statuses it moved (`status_flips`) and (5) the audit row. The progress cache keys on
 * the newest revision, so it is stale the moment the transaction commits, never before.
 *
 * The preview runs the very same steps and rolls the transaction back, so what it shows is what a
 * save would do.
 */
import { eq, and } from 'drizzle-orm'
import { AREA_CODES, isAreaCode, type AreaCode, type CountryCode, type Status } from '@nap/domain'
import {
  dependantsOf,
  findObservation,
  flagsOf,
  indicators,
  inputsOf,
  insertObservation,
  isComputedPoint,
  isSameState,
  lastChangeOf,
  listObservations,
  nextChangeTime,
  observations,
  recomputeDerived,
  recordStatusFlips,
  reviseObservation,
  valueBeforeDeletion,
  type Db,
  type IndicatorRow,
  type NextState,
  type ObservationFlags,
  type ObservationRow,
  type Tx,
} from '@nap/db'
import { checkOutlier, type OutlierCheck } from '@nap/progress'
import type { AssessmentDto } from '@nap/schemas'
import { record as recordAudit, type AuditAction } from '../repositories/audit-repository.ts'
import { assessData, loadCurrentData, summarize, type AssessmentData, type ProgressService } from '../repositories/progress-service.ts'
import { periodProblem, valueProblem } from './observation-rules.ts'

/** The signed-in editor making the change. */
export interface Editor {
  userId: number
  email: string
  name: string
  ip: string | null
}

export interface FlagsInput {
  estimate?: boolean | undefined
  provisional?: boolean | undefined
  breakInSeries?: boolean | undefined
}

/** One cell as a client sends it (the entry grid, or a single PUT). */
export interface CellInput {
  country: string
  period: string
  value: number
  /** The version the client saw; omitted to create a point that does not exist yet. */
  version?: number | undefined
  /** Omitted flags keep their current value (false for a new point). */
  flags?: FlagsInput | undefined
  /** Omitted: kept; null: cleared. */
  sourceNote?: string | null | undefined
}

export interface Issue {
  field: string
  message: string
}

export interface ObservationDto {
  indicator: string
  country: AreaCode
  period: string
  value: number | null
  version: number
  flags: ObservationFlags
  sourceNote: string | null
  deleted: boolean
  derived: boolean
  updatedAt: string
  /** Display name of who made the newest revision ('seed' or 'system' for the machine). */
  updatedBy: string
}

/** What the point is now, for a refused stale write. */
export interface CurrentPoint {
  value: number | null
  version: number
  deleted: boolean
  flags: ObservationFlags
  sourceNote: string | null
  updatedAt: string
  author: string
}

export interface Conflict {
  country: AreaCode
  period: string
  /** The version the request was based on (null: it asked to create the point). */
  version: number | null
  /** The point as it is now (null: it does not exist). */
  current: CurrentPoint | null
}

export interface OutlierWarning extends OutlierCheck {
  country: AreaCode
  period: string
  value: number
}

export interface StatusFlip {
  indicator: string
  country: CountryCode
  from: Status
  to: Status
}

export type CellResult = 'created' | 'corrected' | 'unchanged' | 'deleted' | 'restored'

export interface SavedCell {
  country: AreaCode
  period: string
  result: CellResult
  observation: ObservationDto
}

export type Refusal =
  | { kind: 'not_found'; field: string; message: string }
  | { kind: 'invalid'; code: 'validation_error' | 'derived_value'; issues: Issue[] }
  | { kind: 'conflict'; conflicts: Conflict[] }
  | { kind: 'outlier'; outliers: OutlierWarning[] }

export type EditOutcome = Refusal | { kind: 'saved'; cells: SavedCell[]; statusFlips: StatusFlip[] }

export interface StatusChange {
  status: Status
  score: number | null
}

export interface AssessmentChange {
  indicator: string
  country: CountryCode
  before: StatusChange
  after: StatusChange
}

export interface RollUpChange {
  goalId: number
  country: CountryCode
  before: StatusChange
  after: StatusChange
}

export interface PreviewCell {
  country: AreaCode
  period: string
  result: CellResult
  from: number | null
  to: number | null
}

export interface Preview {
  asOf: string
  cells: PreviewCell[]
  /** Every assessment whose inputs the changes move: the countries edited, NAM where its aggregate moves, derived indicators. */
  assessments: AssessmentChange[]
  /** The goal roll-ups and the overall scores of the countries concerned. */
  goals: RollUpChange[]
  countries: (Omit<RollUpChange, 'goalId'>)[]
  /** What a save would refuse or ask to confirm (the preview still shows the impact). */
  conflicts: Conflict[]
  outliers: OutlierWarning[]
}

export type PreviewOutcome = Exclude<Refusal, { kind: 'conflict' } | { kind: 'outlier' }> | { kind: 'preview'; preview: Preview }

export interface GridColumn {
  country: AreaCode
  /** False for computed values (NAM aggregates by rule, derived indicators): edit their inputs. */
  editable: boolean
}

export interface Grid {
  indicator: string
  frequency: IndicatorRow['frequency']
  minValue: number | null
  maxValue: number | null
  decimals: number
  columns: GridColumn[]
  cells: Omit<ObservationDto, 'updatedBy'>[]
}

/** A refused cell operation, before anything is written. */
type CellOp =
  | { kind: 'set'; value: number; version: number | undefined; flags: FlagsInput | undefined; sourceNote: string | null | undefined }
  | { kind: 'delete'; version: number }
  | { kind: 'restore' }

interface PlannedCell {
  country: AreaCode
  period: string
  existing: ObservationRow | undefined
  op: CellOp
}

/** The database or a write transaction (the audit repository also needs `delete` in its type). */
type Conn = Tx & Pick<Db, 'delete'>

interface Context {
  tx: Conn
  ind: IndicatorRow
  all: IndicatorRow[]
  date: string
  at: string
}

/** Thrown to roll a preview back, carrying its result out of the transaction. */
class RolledBack extends Error {
  readonly preview: Preview
  constructor(preview: Preview) {
    super('preview rolled back')
    this.preview = preview
  }
}

const cellKey = (country: string, period: string) => `${country}|${period}`

function dto(ind: IndicatorRow, row: ObservationRow, updatedBy: string): ObservationDto {
  return {
    indicator: ind.slug,
    country: row.countryCode,
    period: row.period,
    value: row.value,
    version: row.version,
    flags: flagsOf(row),
    sourceNote: row.sourceNote,
    deleted: row.deleted,
    derived: row.derived,
    updatedAt: row.updatedAt,
    updatedBy,
  }
}

function currentOf(tx: Tx, row: ObservationRow): CurrentPoint {
  const last = lastChangeOf(tx, row.id)
  return {
    value: row.value,
    version: row.version,
    deleted: row.deleted,
    flags: flagsOf(row),
    sourceNote: row.sourceNote,
    updatedAt: last?.at ?? row.updatedAt,
    author: last?.author ?? 'system',
  }
}

/** How a computed value is formed, for the "edit its inputs" message. */
function computedMessage(ind: IndicatorRow, country: AreaCode, all: readonly IndicatorRow[]): string {
  const inputs = inputsOf(ind)
    .map((slug) => all.find((i) => i.slug === slug)?.slug ?? slug)
    .join(' and ')
  const what = ind.namRule === 'derived' ? `${ind.slug} is derived from ${inputs}` : `the North America value of ${ind.slug} is computed from the members' ${inputs}`
  return `${what} (${country} is not typed in): edit its inputs`
}

/** The codes values of the indicator can be entered for: its countries, and WLD for world reference series. */
function enterableCodes(tx: Tx, ind: IndicatorRow, all: readonly IndicatorRow[]): AreaCode[] {
  const codes: AreaCode[] = [...ind.countries]
  const isWorldInput = all.some((d) => d.namRule === 'derived' && inputsOf(d).includes(ind.slug))
  const hasWorld = tx
    .select({ id: observations.id })
    .from(observations)
    .where(and(eq(observations.indicatorId, ind.id), eq(observations.countryCode, 'WLD')))
    .limit(1)
    .get()
  if (!codes.includes('WLD') && (isWorldInput || hasWorld !== undefined)) codes.push('WLD')
  return codes
}

export interface EditorDeps {
  db: Db
  progress: ProgressService
  now?: () => Date
}

export function createObservationEditor({ db, progress, now = () => new Date() }: EditorDeps) {
  const today = () => now().toISOString().slice(0, 10)

  function findIndicator(tx: Tx, slug: string): IndicatorRow | undefined {
    return tx.select().from(indicators).where(eq(indicators.slug, slug)).get()
  }

  const notFoundIndicator = (slug: string): Refusal => ({ kind: 'not_found', field: 'slug', message: `Indicator "${slug}" not found` })

  /** The problems of a cell's country and period (and value for a write), with the fields named under `prefix`. */
  function cellIssues(ind: IndicatorRow, all: IndicatorRow[], enterable: readonly AreaCode[], cell: { country: string; period: string; value?: number }, prefix: string): { issues: Issue[]; derived: boolean; country: AreaCode | null } {
    const field = (name: string) => (prefix === '' ? name : `${prefix}.${name}`)
    const code = cell.country.trim().toUpperCase()
    if (!isAreaCode(code)) {
      return { issues: [{ field: field('country'), message: `unknown country code "${cell.country}" (use ${AREA_CODES.join(', ')})` }], derived: false, country: null }
    }
    if (!enterable.includes(code)) {
      return { issues: [{ field: field('country'), message: `${ind.slug} is not reported for ${code} (only ${enterable.join(', ')})` }], derived: false, country: code }
    }
    if (isComputedPoint(ind, code)) return { issues: [{ field: field('country'), message: computedMessage(ind, code, all) }], derived: true, country: code }
    const issues: Issue[] = []
    const period = periodProblem(cell.period, ind.frequency, now().getUTCFullYear())
    if (period) issues.push({ field: field('period'), message: period })
    if (cell.value !== undefined) {
      const value = valueProblem(cell.value, ind.minValue, ind.maxValue)
      if (value) issues.push({ field: field('value'), message: value })
    }
    return { issues, derived: false, country: code }
  }

  /** Checks every cell; the plan, or the refusal naming every offending field. */
  function plan(
    tx: Tx,
    ind: IndicatorRow,
    all: IndicatorRow[],
    cells: readonly { country: string; period: string; op: CellOp }[],
    prefixOf: (i: number) => string,
  ): PlannedCell[] | Extract<Refusal, { kind: 'invalid' }> {
    const issues: Issue[] = []
    let derivedOnly = true
    const planned: PlannedCell[] = []
    const seen = new Map<string, number>()
    const existing = new Map(listObservations(tx, ind.id).map((r) => [cellKey(r.countryCode, r.period), r]))
    const enterable = enterableCodes(tx, ind, all)
    cells.forEach((cell, i) => {
      const checked = cellIssues(ind, all, enterable, { country: cell.country, period: cell.period, ...(cell.op.kind === 'set' ? { value: cell.op.value } : {}) }, prefixOf(i))
      if (checked.issues.length > 0 || checked.country === null) {
        issues.push(...checked.issues)
        derivedOnly &&= checked.derived
        return
      }
      const key = cellKey(checked.country, cell.period)
      const first = seen.get(key)
      if (first !== undefined) {
        issues.push({ field: `${prefixOf(i)}.period`, message: `${checked.country} ${cell.period} is already changed by ${prefixOf(first)}` })
        derivedOnly = false
        return
      }
      seen.set(key, i)
      planned.push({ country: checked.country, period: cell.period, existing: existing.get(key), op: cell.op })
    })
    if (issues.length > 0) return { kind: 'invalid', code: derivedOnly ? 'derived_value' : 'validation_error', issues }
    return planned
  }

  function conflictsOf(tx: Tx, cells: readonly PlannedCell[]): Conflict[] {
    const out: Conflict[] = []
    for (const c of cells) {
      const version = c.op.kind === 'restore' ? undefined : c.op.version
      const stale = c.existing === undefined ? version !== undefined : c.op.kind !== 'restore' && version !== c.existing.version
      if (stale) out.push({ country: c.country, period: c.period, version: version ?? null, current: c.existing ? currentOf(tx, c.existing) : null })
    }
    return out
  }

  function outliersOf(tx: Tx, ind: IndicatorRow, cells: readonly PlannedCell[]): OutlierWarning[] {
    const sets = cells.filter((c): c is PlannedCell & { op: Extract<CellOp, { kind: 'set' }> } => c.op.kind === 'set')
    if (sets.length === 0) return []
    const rows = listObservations(tx, ind.id, [...new Set(sets.map((c) => c.country))])
    const out: OutlierWarning[] = []
    for (const cell of sets) {
      if (cell.existing && !cell.existing.deleted && cell.existing.value === cell.op.value) continue
      // The series as the batch would leave it, without the cell itself.
      const history = new Map<string, number>()
      for (const r of rows) if (r.countryCode === cell.country && !r.deleted && r.value !== null) history.set(r.period, r.value)
      for (const other of sets) if (other !== cell && other.country === cell.country) history.set(other.period, other.op.value)
      history.delete(cell.period)
      const check = checkOutlier([...history].map(([period, value]) => ({ period, value })), cell.period, cell.op.value)
      if (check?.outlier) out.push({ country: cell.country, period: cell.period, value: cell.op.value, ...check })
    }
    return out
  }

  function nextOf(tx: Tx, cell: PlannedCell): { next: NextState; result: Exclude<CellResult, 'unchanged'> } | null {
    const e = cell.existing
    switch (cell.op.kind) {
      case 'set': {
        const f = cell.op.flags
        const next: NextState = {
          value: cell.op.value,
          deleted: false,
          flags: {
            estimate: f?.estimate ?? e?.estimate ?? false,
            provisional: f?.provisional ?? e?.provisional ?? false,
            breakInSeries: f?.breakInSeries ?? e?.breakInSeries ?? false,
          },
          sourceNote: cell.op.sourceNote === undefined ? (e?.sourceNote ?? null) : cell.op.sourceNote,
        }
        return { next, result: e === undefined ? 'created' : 'corrected' }
      }
      case 'delete':
        if (!e) return null
        return { next: { value: null, deleted: true, flags: flagsOf(e), sourceNote: e.sourceNote }, result: 'deleted' }
      case 'restore': {
        if (!e) return null
        // A live point has nothing to restore: it stays as it is (unchanged), as a deleted one does on delete.
        const value = e.deleted ? valueBeforeDeletion(tx, e.id) : e.value
        return { next: { value, deleted: false, flags: flagsOf(e), sourceNote: e.sourceNote }, result: 'restored' }
      }
    }
  }

  const ACTIONS: Record<Exclude<CellResult, 'unchanged'>, { revision: 'create' | 'update' | 'delete' | 'restore'; audit: AuditAction }> = {
    created: { revision: 'create', audit: 'observation.create' },
    corrected: { revision: 'update', audit: 'observation.update' },
    deleted: { revision: 'delete', audit: 'observation.delete' },
    restored: { revision: 'restore', audit: 'observation.restore' },
  }

  interface Applied {
    cells: (SavedCell & { revisionId: number | null; before: ObservationRow | undefined; row: ObservationRow })[]
    assessments: AssessmentChange[]
    flips: (StatusFlip & { indicatorId: number })[]
    afterAssessments: AssessmentDto[]
  }

  /** Writes the planned cells, the derived values, and measures the statuses before and after. */
  function apply(ctx: Context, cells: readonly PlannedCell[], reason: string, editor: Editor | null): Applied {
    const { tx, ind, all } = ctx
    const affected = [...dependantsOf(all, [ind.id])]
    const beforeData = loadCurrentData(tx, affected)
    const by = { actor: editor?.email ?? 'preview', userId: editor?.userId ?? null, reason, at: ctx.at }
    const saved: Applied['cells'] = []
    for (const cell of cells) {
      const planned = nextOf(tx, cell)
      if (planned === null) continue
      const { next, result } = planned
      if (cell.existing && isSameState(cell.existing, next)) {
        saved.push({ country: cell.country, period: cell.period, result: 'unchanged', observation: dto(ind, cell.existing, lastChangeOf(tx, cell.existing.id)?.author ?? 'system'), revisionId: null, before: cell.existing, row: cell.existing })
        continue
      }
      const action = ACTIONS[result].revision
      const written = cell.existing
        ? reviseObservation(tx, cell.existing, next, { ...by, action })
        : insertObservation(tx, { indicatorId: ind.id, countryCode: cell.country, period: cell.period, value: next.value ?? 0, flags: next.flags, sourceNote: next.sourceNote }, { ...by, action })
      saved.push({ country: cell.country, period: cell.period, result, observation: dto(ind, written.row, editor?.name ?? 'preview'), revisionId: written.revisionId, before: cell.existing, row: written.row })
    }
    const changed = saved.filter((c) => c.revisionId !== null)
    if (changed.length > 0) recomputeDerived(tx, { ...by, reason: `${reason} (recomputed from its inputs)` }, { indicatorIds: [ind.id] })
    const afterData = changed.length > 0 ? loadCurrentData(tx, affected) : beforeData
    const afterAssessments = assessData(afterData, ctx.date)
    const assessments = compare(beforeData, afterData, afterAssessments, ctx.date)
    const flips = assessments
      .filter((a) => a.before.status !== a.after.status)
      .map((a) => ({ indicator: a.indicator, country: a.country, from: a.before.status, to: a.after.status, indicatorId: all.find((i) => i.slug === a.indicator)?.id ?? 0 }))
    return { cells: saved, assessments, flips, afterAssessments }
  }

  /** The assessments whose series differ between the two data sets, before → after. */
  function compare(before: AssessmentData, after: AssessmentData, afterAssessments: readonly AssessmentDto[], date: string): AssessmentChange[] {
    const seriesOf = (data: AssessmentData, key: string) =>
      JSON.stringify([...(data.points.get(key) ?? [])].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)))
    const moved = new Set<string>()
    for (const ind of after.indicators) {
      for (const country of ind.countries) {
        const key = `${ind.id}|${country}`
        if (seriesOf(before, key) !== seriesOf(after, key)) moved.add(`${ind.slug}|${country}`)
      }
    }
    if (moved.size === 0) return []
    const beforeA = new Map(assessData(before, date).map((a) => [`${a.indicator}|${a.country}`, a]))
    const out: AssessmentChange[] = []
    for (const a of afterAssessments) {
      const key = `${a.indicator}|${a.country}`
      const b = beforeA.get(key)
      if (!moved.has(key) || !b) continue
      out.push({ indicator: a.indicator, country: a.country, before: { status: b.status, score: b.score }, after: { status: a.status, score: a.score } })
    }
    return out
  }

  /** Flips, the audit row(s): the rest of a write's transaction. */
  function finish(ctx: Context, applied: Applied, reason: string, editor: Editor, batch: boolean): EditOutcome {
    const { tx, ind } = ctx
    const changed = applied.cells.filter((c) => c.revisionId !== null)
    // A status moved by the batch as a whole (North America, a derived indicator) is put down to the
    // last cell whose value moved (a flag alone moves no status), else to the last cell changed.
    const movedValue = changed.filter((c) => c.before === undefined || c.before.deleted || c.row.deleted || c.before.value !== c.row.value)
    const last = movedValue.at(-1) ?? changed.at(-1)
    if (last?.revisionId != null) {
      const lastRevision = last.revisionId
      recordStatusFlips(
        tx,
        applied.flips.map((f) => ({
          revisionId: changed.find((c) => c.country === f.country && f.indicatorId === ind.id)?.revisionId ?? lastRevision,
          indicatorId: f.indicatorId,
          countryCode: f.country,
          fromStatus: f.from,
          toStatus: f.to,
          at: ctx.at,
        })),
      )
      const stateOf = (row: ObservationRow | undefined) =>
        row ? { value: row.value, version: row.version, deleted: row.deleted, ...flagsOf(row), sourceNote: row.sourceNote } : null
      if (batch) {
        recordAudit(tx, {
          userId: editor.userId,
          actor: editor.email,
          action: 'observation.batch',
          entity: 'observations',
          entityId: ind.slug,
          indicatorId: ind.id,
          before: { cells: changed.map((c) => ({ country: c.country, period: c.period, ...stateOf(c.before) })) },
          after: { cells: changed.map((c) => ({ country: c.country, period: c.period, result: c.result, ...stateOf(c.row) })), statusFlips: applied.flips.map(({ indicatorId: _, ...f }) => f) },
          reason,
          ip: editor.ip,
          at: ctx.at,
        })
      } else {
        for (const c of changed) {
          recordAudit(tx, {
            userId: editor.userId,
            actor: editor.email,
            action: c.result === 'unchanged' ? 'observation.update' : ACTIONS[c.result].audit,
            entity: 'observations',
            entityId: c.row.id,
            indicatorId: ind.id,
            before: stateOf(c.before),
            after: { ...stateOf(c.row), country: c.country, period: c.period, statusFlips: applied.flips.map(({ indicatorId: _, ...f }) => f) },
            reason,
            ip: editor.ip,
            at: ctx.at,
          })
        }
      }
    }
    return {
      kind: 'saved',
      cells: applied.cells.map(({ country, period, result, observation }) => ({ country, period, result, observation })),
      statusFlips: applied.flips.map(({ indicatorId: _, ...f }) => f),
    }
  }

  /** Runs a write: one immediate transaction; a refusal writes nothing. */
  function write(slug: string, reason: string, editor: Editor, batch: boolean, cellsOf: (ctx: Omit<Context, 'at'>) => PlannedCell[] | Refusal, confirm: boolean): EditOutcome {
    return db.transaction(
      (tx) => {
        const ind = findIndicator(tx, slug)
        if (!ind) return notFoundIndicator(slug)
        const base = { tx, ind, all: tx.select().from(indicators).all(), date: today() }
        const cells = cellsOf(base)
        if (!Array.isArray(cells)) return cells
        const missing = cells.find((c) => c.op.kind !== 'set' && (c.existing === undefined || (c.op.kind === 'restore' && c.existing.deleted && valueBeforeDeletion(tx, c.existing.id) === null)))
        if (missing) return { kind: 'not_found', field: 'period', message: `${slug} has no value for ${missing.country} ${missing.period}` }
        const conflicts = conflictsOf(tx, cells)
        if (conflicts.length > 0) return { kind: 'conflict', conflicts }
        if (!confirm) {
          const outliers = outliersOf(tx, ind, cells)
          if (outliers.length > 0) return { kind: 'outlier', outliers }
        }
        const ctx: Context = { ...base, at: nextChangeTime(tx, now()) }
        return finish(ctx, apply(ctx, cells, reason, editor), reason, editor, batch)
      },
      { behavior: 'immediate' },
    )
  }

  const setOp = (c: CellInput): CellOp => ({ kind: 'set', value: c.value, version: c.version, flags: c.flags, sourceNote: c.sourceNote })

  return {
    /** PUT one cell: create (no version) or correct (the current version). */
    put(slug: string, cell: CellInput, options: { reason: string; confirm: boolean }, editor: Editor): EditOutcome {
      return write(slug, options.reason, editor, false, ({ tx, ind, all }) => plan(tx, ind, all, [{ country: cell.country, period: cell.period, op: setOp(cell) }], () => ''), options.confirm)
    },

    /** DELETE one cell (as a revision) from its current version. */
    remove(slug: string, country: string, period: string, options: { reason: string; version: number }, editor: Editor): EditOutcome {
      return write(slug, options.reason, editor, false, ({ tx, ind, all }) => plan(tx, ind, all, [{ country, period, op: { kind: 'delete', version: options.version } }], () => ''), true)
    },

    /** Brings a deleted cell back with the value it had. */
    restore(slug: string, country: string, period: string, options: { reason: string }, editor: Editor): EditOutcome {
      return write(slug, options.reason, editor, false, ({ tx, ind, all }) => plan(tx, ind, all, [{ country, period, op: { kind: 'restore' } }], () => ''), true)
    },

    /** A batch from the entry grid: all cells or none. */
    batch(slug: string, cells: readonly CellInput[], options: { reason: string; confirm: boolean }, editor: Editor): EditOutcome {
      return write(
        slug,
        options.reason,
        editor,
        true,
        ({ tx, ind, all }) => plan(tx, ind, all, cells.map((c) => ({ country: c.country, period: c.period, op: setOp(c) })), (i) => `changes.${i}`),
        options.confirm,
      )
    },

    /** What the cells would change, without writing: every status concerned before → after. */
    preview(slug: string, cells: readonly CellInput[]): PreviewOutcome {
      const date = today()
      // Read before the transaction: the cache must never see the pending changes.
      const beforeAll = progress.current(date)
      try {
        return db.transaction(
          (tx): PreviewOutcome => {
            const ind = findIndicator(tx, slug)
            if (!ind) return { kind: 'not_found', field: 'slug', message: `Indicator "${slug}" not found` }
            const all = tx.select().from(indicators).all()
            const planned = plan(tx, ind, all, cells.map((c) => ({ country: c.country, period: c.period, op: setOp(c) })), (i) => `changes.${i}`)
            if (!Array.isArray(planned)) return planned
            const conflicts = conflictsOf(tx, planned)
            const outliers = outliersOf(tx, ind, planned)
            const ctx: Context = { tx, ind, all, date, at: nextChangeTime(tx, now()) }
            const applied = apply(ctx, planned, 'preview', null)
            throw new RolledBack(previewOf(date, applied, beforeAll, conflicts, outliers))
          },
          { behavior: 'immediate' },
        )
      } catch (e) {
        if (e instanceof RolledBack) return { kind: 'preview', preview: e.preview }
        throw e
      }
    },

    /** The grid of an indicator: every point (deleted ones too) with its version, and which columns are editable. */
    grid(slug: string): Grid | null {
      const ind = findIndicator(db, slug)
      if (!ind) return null
      const all = db.select().from(indicators).all()
      const codes = enterableCodes(db, ind, all)
      const rows = listObservations(db, ind.id, codes).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) || codes.indexOf(a.countryCode) - codes.indexOf(b.countryCode))
      return {
        indicator: ind.slug,
        frequency: ind.frequency,
        minValue: ind.minValue,
        maxValue: ind.maxValue,
        decimals: ind.decimals,
        columns: codes.map((country) => ({ country, editable: !isComputedPoint(ind, country) })),
        cells: rows.map((r) => {
          const { updatedBy: _, ...cell } = dto(ind, r, '')
          return cell
        }),
      }
    },

    /** One point as it is now (the DTO of a single cell), or null. */
    find(slug: string, country: AreaCode, period: string): ObservationDto | null {
      const ind = findIndicator(db, slug)
      const row = ind ? findObservation(db, ind.id, country, period) : undefined
      if (!ind || !row) return null
      return dto(ind, row, lastChangeOf(db, row.id)?.author ?? 'system')
    },
  }

  function previewOf(date: string, applied: Applied, beforeAll: readonly AssessmentDto[], conflicts: Conflict[], outliers: OutlierWarning[]): Preview {
    const afterByKey = new Map(applied.afterAssessments.map((a) => [`${a.indicator}|${a.country}`, a]))
    const afterAll = beforeAll.map((a) => afterByKey.get(`${a.indicator}|${a.country}`) ?? a)
    const before = summarize(beforeAll, date)
    const after = summarize(afterAll, date)
    const goalOf = new Map(beforeAll.map((a) => [a.indicator, a.goalId]))
    const concerned = new Set(applied.assessments.map((a) => `${goalOf.get(a.indicator) ?? 0}|${a.country}`))
    const countries = new Set(applied.assessments.map((a) => a.country))
    const goals: RollUpChange[] = []
    before.goals.forEach((g, i) => {
      const a = after.goals[i]
      if (a && concerned.has(`${g.goalId}|${g.country}`)) goals.push({ goalId: g.goalId, country: g.country, before: { status: g.status, score: g.score }, after: { status: a.status, score: a.score } })
    })
    const overall: Preview['countries'] = []
    before.countries.forEach((c, i) => {
      const a = after.countries[i]
      if (a && countries.has(c.country)) overall.push({ country: c.country, before: { status: c.status, score: c.score }, after: { status: a.status, score: a.score } })
    })
    return {
      asOf: date,
      cells: applied.cells.map((c) => ({ country: c.country, period: c.period, result: c.result, from: c.before && !c.before.deleted ? c.before.value : null, to: c.row.value })),
      assessments: applied.assessments,
      goals,
      countries: overall,
      conflicts,
      outliers,
    }
  }
}
export type ObservationEditor = ReturnType<typeof createObservationEditor>
