/**
 * Every value of a parsed file → a verdict input, purely from the file and the catalog passed in:
 * - matched: the indicator, area, period and value the point would take (new / changed / unchanged is
 *   decided later, against the database);
 * - rejected, with the reason: a value that cannot be taken as written (bad number, bad or impossible
 *   period, a value outside the indicator's bounds, a scaled value, a computed indicator or area, an
 *   area the indicator is not reported for, the same point given twice);
 * - skipped, with the reason: what is not ours to import (an indicator or a country not tracked,
 *   world values of a series that keeps none, a deletion).
 * Checks run in that order of interest: what is not tracked is skipped before its value is judged.
 */
import { ImportOptionError } from './errors.ts'
import { isFlagName } from './flags.ts'
import { createIndicatorIndex, type CatalogIndicatorRef } from './catalog.ts'
import { createCountryMatcher, type AreaNames } from './countries.ts'
import { parsePeriod, periodProblem } from './periods.ts'
import type { CountryCodeSystem, ImportFlags, RawObservation } from './types.ts'
import { parseValue } from './values.ts'

export interface MatchOptions {
  catalog: readonly CatalogIndicatorRef[]
  /** The areas tracked (CAN, MEX, USA, NAM, WLD) with their names. */
  areas: readonly AreaNames[]
  /** The year periods may not go beyond (pass the clock's year: this module reads no clock). */
  currentYear: number
  /** The slug an editor chose for a file with one series whose code the catalog does not know. */
  indicator?: string
}

export type RejectionCode =
  | 'bad-number'
  | 'bad-period'
  | 'wrong-frequency'
  | 'impossible-year'
  | 'out-of-bounds'
  | 'unit-multiplier'
  | 'derived'
  | 'not-reported'
  | 'indicator-mismatch'
  | 'duplicate'

export type SkipCode = 'unknown-indicator' | 'no-indicator' | 'untracked-country' | 'world-not-kept' | 'deletion'

export interface MatchedVerdict {
  verdict: 'matched'
  raw: RawObservation
  slug: string
  country: string
  period: string
  value: number
  /** The three flags as the file states them; undefined when the file has no flag column (keep them). */
  flags?: ImportFlags
  /** Flag codes the file gives that are not among the three (F forecast, D definition differs…). */
  ignoredFlags?: string[]
  source?: string
}

export interface RejectedVerdict {
  verdict: 'rejected'
  raw: RawObservation
  code: RejectionCode
  reason: string
  slug?: string
  country?: string
  period?: string
}

export interface SkippedVerdict {
  verdict: 'skipped'
  raw: RawObservation
  code: SkipCode
  reason: string
}

export type Verdict = MatchedVerdict | RejectedVerdict | SkippedVerdict

export interface MatchSummary {
  matched: number
  rejected: number
  skipped: number
}

export interface MatchResult {
  verdicts: Verdict[]
  summary: MatchSummary
}

export interface MatchInput {
  observations: readonly RawObservation[]
  countryCodes: CountryCodeSystem
}

/** Rejections whose point is known (indicator, area and period): they count when finding duplicates. */
const KEYED: ReadonlySet<RejectionCode> = new Set(['bad-number', 'out-of-bounds', 'unit-multiplier'])

export function matchObservations(file: MatchInput, options: MatchOptions): MatchResult {
  const index = createIndicatorIndex(options.catalog)
  const matchCountry = createCountryMatcher(options.areas)
  const chosen = chosenIndicator(options)
  const series = new Set(file.observations.map((o) => o.indicatorRaw.trim().toUpperCase()).filter((s) => s !== ''))

  const skip = (raw: RawObservation, code: SkipCode, reason: string): SkippedVerdict => ({ verdict: 'skipped', raw, code, reason })
  const reject = (raw: RawObservation, code: RejectionCode, reason: string, point: Partial<Pick<RejectedVerdict, 'slug' | 'country' | 'period'>> = {}): RejectedVerdict => ({
    verdict: 'rejected',
    raw,
    code,
    reason,
    ...point,
  })

  const areas = new Map<string, { reported: string[]; computed: string[] }>()
  function areasOf(indicator: CatalogIndicatorRef): { reported: string[]; computed: string[] } {
    let known = areas.get(indicator.slug)
    if (known === undefined) {
      known = { reported: indicator.countries.map((c) => c.toUpperCase()), computed: (indicator.computed ?? []).map((c) => c.toUpperCase()) }
      areas.set(indicator.slug, known)
    }
    return known
  }

  function resolveIndicator(raw: RawObservation): CatalogIndicatorRef | Verdict {
    const text = raw.indicatorRaw.trim()
    if (text === '') {
      return chosen ?? skip(raw, 'no-indicator', 'the file does not say which indicator this value is: choose one')
    }
    const known = index.find(text)
    if (known !== undefined) {
      if (chosen !== undefined && series.size === 1 && known.slug !== chosen.slug) {
        return reject(raw, 'indicator-mismatch', `the file's indicator ${text} is ${known.slug}, not the chosen ${chosen.slug}`)
      }
      return known
    }
    if (chosen !== undefined && series.size <= 1) return chosen
    const what = /[A-Z._]/.test(text) ? `indicator code ${text}` : `indicator "${text}"`
    const label = raw.indicatorLabel !== undefined && raw.indicatorLabel !== '' ? ` (${raw.indicatorLabel})` : ''
    const note = chosen !== undefined ? ` (a chosen indicator applies only to a file with one series; this one has ${series.size})` : ''
    return skip(raw, 'unknown-indicator', `${what}${label} is not in the catalog${note}`)
  }

  function judge(raw: RawObservation): Verdict {
    if (raw.deletion === true) return skip(raw, 'deletion', 'the row asks to delete the value (SDMX ACTION D): an import does not delete values')
    const indicator = resolveIndicator(raw)
    if ('verdict' in indicator) return indicator
    const slug = indicator.slug
    const country = matchCountry(raw.countryRaw, raw.countryLabel, file.countryCodes)
    if (!country.ok) return skip(raw, 'untracked-country', country.reason)
    const code = country.code
    const { reported, computed } = areasOf(indicator)
    if (code === 'WLD' && !reported.includes('WLD')) {
      return skip(raw, 'world-not-kept', `World (WLD) values are kept only for the series that hold world values; ${slug} is not one`)
    }
    if (indicator.derived) {
      return reject(raw, 'derived', `${slug} is derived from other series: its values are computed, not imported (import its inputs)`, { slug, country: code })
    }
    if (!reported.includes(code)) {
      return reject(raw, 'not-reported', `${slug} is not reported for ${code} (only ${reported.join(', ')})`, { slug, country: code })
    }
    if (computed.includes(code)) {
      const what = code === 'NAM' ? `the North America value of ${slug} is computed from the members' values` : `the ${code} value of ${slug} is computed`
      return reject(raw, 'derived', `${what}: it is not imported (import the members' values)`, { slug, country: code })
    }
    const period = parsePeriod(raw.periodRaw)
    if (!period.ok) return reject(raw, 'bad-period', period.reason, { slug, country: code })
    const problem = periodProblem(period, slug, indicator.frequency, options.currentYear)
    if (problem !== null) return reject(raw, problem.code, problem.reason, { slug, country: code, period: period.period })
    const point = { slug, country: code, period: period.period }
    const value = parseValue(raw.valueRaw)
    if (!value.ok) return reject(raw, 'bad-number', value.reason, point)
    if (raw.unitMultiplier !== undefined && Number(raw.unitMultiplier) !== 0) {
      return reject(raw, 'unit-multiplier', `the value is given in units of 10^${raw.unitMultiplier} (unit multiplier ${raw.unitMultiplier}): give it in plain units`, point)
    }
    if (indicator.min !== null && value.value < indicator.min) {
      return reject(raw, 'out-of-bounds', `${value.value} is below the lowest possible value of ${slug}, ${indicator.min}`, point)
    }
    if (indicator.max !== null && value.value > indicator.max) {
      return reject(raw, 'out-of-bounds', `${value.value} is above the highest possible value of ${slug}, ${indicator.max}`, point)
    }
    const matched: MatchedVerdict = { verdict: 'matched', raw, ...point, value: value.value }
    if (raw.flags !== undefined) {
      matched.flags = { estimate: raw.flags.includes('estimate'), provisional: raw.flags.includes('provisional'), breakInSeries: raw.flags.includes('breakInSeries') }
      const ignored = raw.flags.filter((f) => !isFlagName(f))
      if (ignored.length > 0) matched.ignoredFlags = ignored
    }
    if (raw.source !== undefined) matched.source = raw.source
    return matched
  }

  const verdicts = markDuplicates(file.observations.map(judge))
  return { verdicts, summary: summarise(verdicts) }

  function markDuplicates(list: Verdict[]): Verdict[] {
    const seen = new Map<string, RawObservation[]>()
    const keyOf = (v: Verdict): string | null => {
      if (v.verdict === 'matched') return `${v.slug}\u0000${v.country}\u0000${v.period}`
      if (v.verdict === 'rejected' && KEYED.has(v.code)) return `${v.slug ?? ''}\u0000${v.country ?? ''}\u0000${v.period ?? ''}`
      return null
    }
    for (const v of list) {
      const key = keyOf(v)
      if (key === null) continue
      const copies = seen.get(key)
      if (copies === undefined) seen.set(key, [v.raw])
      else copies.push(v.raw)
    }
    const reasons = new Map<string, string>()
    return list.map((v) => {
      const key = keyOf(v)
      const all = key === null ? undefined : seen.get(key)
      if (v.verdict !== 'matched' || key === null || all === undefined || all.length < 2) return v
      let reason = reasons.get(key)
      if (reason === undefined) {
        const where = all.slice(0, 5).map(locate).join(', ') + (all.length > 5 ? ', …' : '')
        reason = `${v.slug} ${v.country} ${v.period} is given ${all.length} times in the file (${where}): none is taken`
        reasons.set(key, reason)
      }
      return reject(v.raw, 'duplicate', reason, { slug: v.slug, country: v.country, period: v.period })
    })
  }
}

function chosenIndicator(options: MatchOptions): CatalogIndicatorRef | undefined {
  if (options.indicator === undefined || options.indicator.trim() === '') return undefined
  const found = createIndicatorIndex(options.catalog).find(options.indicator)
  if (found === undefined) throw new ImportOptionError('indicator', `indicator "${options.indicator}" is not in the catalog`)
  return found
}

/** "line 7" or "line 7, column 2023". */
export function locate(raw: RawObservation): string {
  return raw.column === undefined ? `line ${raw.line}` : `line ${raw.line}, column ${raw.column}`
}

function summarise(verdicts: readonly Verdict[]): MatchSummary {
  const summary: MatchSummary = { matched: 0, rejected: 0, skipped: 0 }
  for (const v of verdicts) summary[v.verdict]++
  return summary
}
