/**
 * The verdict of each value of an import, purely: the matcher's verdict (packages/imports: matched,
 * rejected, skipped) against the point as it is in the database → new, changed, unchanged, rejected
 * or skipped, with the reason in words and the state a commit will check (the version) and set.
 *
 * - new: the point has no value (it does not exist, or it was deleted);
 * - changed: the value differs, or the flags the file states, or the source note it gives;
 * - unchanged: the value and everything the file states are already so (the file says nothing of
 *   flags without a flag column, nor of the note without a source: those are kept).
 */
import type { ImportFlags, Verdict } from '@nap/imports'
import type { ImportVerdict } from '@nap/db'

export interface PointFlags {
  estimate: boolean
  provisional: boolean
  breakInSeries: boolean
}

/** A point of the database as the classification needs it. */
export interface ExistingPoint {
  id: number
  value: number | null
  version: number
  deleted: boolean
  flags: PointFlags
  sourceNote: string | null
}

/** One value of the file with its verdict: a row of `import_rows`. */
export interface ImportRowData {
  seq: number
  line: number
  column: string | null
  verdict: ImportVerdict
  code: string | null
  reason: string
  indicator: string
  indicatorId: number | null
  country: string
  period: string
  valueText: string
  observationId: number | null
  oldValue: number | null
  oldVersion: number | null
  oldDeleted: boolean | null
  oldFlags: PointFlags | null
  oldSourceNote: string | null
  newValue: number | null
  /** null: the file has no flag column (the point keeps its flags). */
  newFlags: PointFlags | null
  /** null: the file gives no source (the point keeps its note). */
  newSourceNote: string | null
  ignoredFlags: string[] | null
  outlier: Record<string, unknown> | null
}

export interface ClassifyLookup {
  /** The id of an indicator by slug (every slug the matcher returns is in the catalog). */
  indicatorId(slug: string): number | undefined
  /** The point as it is now, deleted or not. */
  existing(indicatorId: number, country: string, period: string): ExistingPoint | undefined
}

const FLAG_WORDS = [
  ['estimate', 'estimate'],
  ['provisional', 'provisional'],
  ['breakInSeries', 'break in series'],
] as const satisfies readonly (readonly [keyof PointFlags, string])[]

/** "estimate, provisional", or "none". */
export function describeFlags(flags: PointFlags): string {
  const set = FLAG_WORDS.filter(([f]) => flags[f]).map(([, word]) => word)
  return set.length === 0 ? 'none' : set.join(', ')
}

const sameFlags = (a: PointFlags, b: PointFlags) => a.estimate === b.estimate && a.provisional === b.provisional && a.breakInSeries === b.breakInSeries

/** A number as the reason shows it: as JavaScript writes it (no rounding: 15 significant digits are kept). */
const num = (n: number) => String(n)

function emptyRow(seq: number, v: Verdict): Omit<ImportRowData, 'verdict' | 'code' | 'reason' | 'indicator' | 'country' | 'period'> {
  return {
    seq,
    line: v.raw.line,
    column: v.raw.column ?? null,
    indicatorId: null,
    valueText: v.raw.valueRaw,
    observationId: null,
    oldValue: null,
    oldVersion: null,
    oldDeleted: null,
    oldFlags: null,
    oldSourceNote: null,
    newValue: null,
    newFlags: null,
    newSourceNote: null,
    ignoredFlags: null,
    outlier: null,
  }
}

/** What the file writes for the indicator, trimmed ("" when it has none). */
const rawIndicator = (v: Verdict) => v.raw.indicatorRaw.trim()

export function classifyVerdicts(verdicts: readonly Verdict[], lookup: ClassifyLookup): ImportRowData[] {
  return verdicts.map((v, seq) => classifyOne(seq, v, lookup))
}

function classifyOne(seq: number, v: Verdict, lookup: ClassifyLookup): ImportRowData {
  const base = emptyRow(seq, v)
  if (v.verdict === 'skipped') {
    return { ...base, verdict: 'skipped', code: v.code, reason: v.reason, indicator: rawIndicator(v), country: v.raw.countryRaw.trim(), period: v.raw.periodRaw.trim() }
  }
  if (v.verdict === 'rejected') {
    const indicatorId = v.slug === undefined ? null : (lookup.indicatorId(v.slug) ?? null)
    return {
      ...base,
      verdict: 'rejected',
      code: v.code,
      reason: v.reason,
      indicator: v.slug ?? rawIndicator(v),
      indicatorId,
      country: v.country ?? v.raw.countryRaw.trim(),
      period: v.period ?? v.raw.periodRaw.trim(),
    }
  }
  const indicatorId = lookup.indicatorId(v.slug)
  if (indicatorId === undefined) throw new Error(`the matcher returned ${v.slug}, which has no id`)
  const source = v.source?.trim() === '' ? undefined : v.source?.trim()
  const flags: ImportFlags | undefined = v.flags
  const point = { indicator: v.slug, indicatorId, country: v.country, period: v.period, newValue: v.value, newFlags: flags ?? null, newSourceNote: source ?? null, ignoredFlags: v.ignoredFlags ?? null }
  const existing = lookup.existing(indicatorId, v.country, v.period)
  const where = `${v.slug} ${v.country} ${v.period}`
  if (existing === undefined) {
    return { ...base, ...point, verdict: 'new', code: null, reason: `${where} has no value yet: ${num(v.value)} is added` }
  }
  const old = {
    observationId: existing.id,
    oldValue: existing.deleted ? null : existing.value,
    oldVersion: existing.version,
    oldDeleted: existing.deleted,
    oldFlags: existing.flags,
    oldSourceNote: existing.sourceNote,
  }
  if (existing.deleted || existing.value === null) {
    return { ...base, ...point, ...old, verdict: 'new', code: null, reason: `${where} was deleted: ${num(v.value)} brings it back` }
  }
  const changes: string[] = []
  if (existing.value !== v.value) changes.push(`value ${num(existing.value)} → ${num(v.value)}`)
  if (flags !== undefined && !sameFlags(existing.flags, flags)) changes.push(`flags ${describeFlags(existing.flags)} → ${describeFlags(flags)}`)
  if (source !== undefined && source !== existing.sourceNote) changes.push(`source note "${existing.sourceNote ?? ''}" → "${source}"`)
  if (changes.length === 0) {
    const also = [flags !== undefined ? 'flags' : null, source !== undefined ? 'source note' : null].filter((s) => s !== null)
    const what = also.length === 0 ? 'the value' : `the value, ${also.join(' and ')}`
    return { ...base, ...point, ...old, verdict: 'unchanged', code: null, reason: `${where} already has ${what} of the file (${num(v.value)})` }
  }
  return { ...base, ...point, ...old, verdict: 'changed', code: null, reason: `${where}: ${changes.join('; ')}` }
}

/** The counts of each verdict. */
export function countVerdicts(rows: readonly Pick<ImportRowData, 'verdict'>[]): Record<ImportVerdict, number> {
  const counts: Record<ImportVerdict, number> = { new: 0, changed: 0, unchanged: 0, rejected: 0, skipped: 0 }
  for (const r of rows) counts[r.verdict]++
  return counts
}

/** The rows a commit applies: the new and changed values. */
export const isApplied = (r: Pick<ImportRowData, 'verdict'>): boolean => r.verdict === 'new' || r.verdict === 'changed'
