/**
 * Checks a catalog before it is seeded, as data (it takes `unknown`, so it also catches what the
 * types cannot: NaN, empty texts, unknown ids, targets that contradict the indicator). Each problem is
 * one line naming the entry and the field, e.g.
 * `catalog: indicator "gdp-per-capita-ppp": targets[1].value: expected a finite number`.
 */
import {
  ANNUAL_AGGREGATIONS,
  AREA_CODES,
  COUNTRY_CODES,
  COUNTRY_KINDS,
  DIRECTIONS,
  FREQUENCIES,
  GOAL_IDS,
  INDICATOR_KINDS,
  LOCALES,
  METHODS,
  NAM_RULES,
  TARGET_ORIGINS,
  TARGET_YEAR,
  VALUE_FORMATS,
  isOneOf,
} from '@nap/domain'
import { boundsProblem } from './bounds.ts'
import type { IndicatorBounds } from './types.ts'

type Entry = Record<string, unknown>
type Fail = (path: string, problem: string) => void

const DATA_KINDS = ['file', 'given', 'share-of-world', 'growth-gap'] as const
const WEIGHTED_RULES = ['weighted_mean', 'growth_weighted'] as const
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const FIRST_YEAR = 1900

function isEntry(v: unknown): v is Entry {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
function isList(v: unknown): v is unknown[] {
  return Array.isArray(v)
}
function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== ''
}
function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}
function isYear(v: unknown): v is number {
  return Number.isInteger(v) && isFiniteNumber(v) && v >= FIRST_YEAR && v < TARGET_YEAR
}
function isUrl(v: unknown): boolean {
  return typeof v === 'string' && /^https?:\/\/\S+$/.test(v)
}
function isDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false
  const d = new Date(`${v}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v)
}
function quoted(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : String(v)
}
function listOf(values: readonly (string | number)[]): string {
  return values.join(', ')
}

/** The checks every kind of entry shares, reporting as `catalog: <entity>: <path>: <problem>`. */
function fieldChecks(fail: Fail) {
  return {
    text(e: Entry, key: string, path = key): void {
      if (!isText(e[key])) fail(path, 'expected a non-empty string')
    },
    localized(e: Entry, key: string, path = key): void {
      const v = e[key]
      if (!isEntry(v)) return fail(path, 'expected EN, ES and FR texts')
      for (const l of LOCALES) if (!isText(v[l])) fail(`${path}.${l}`, 'expected a non-empty string')
    },
    oneOf(e: Entry, key: string, list: readonly (string | number)[], optional = false): void {
      const v = e[key]
      if (optional && v === undefined) return
      if (typeof v !== 'string' && typeof v !== 'number') return fail(key, `expected one of ${listOf(list)}`)
      if (!isOneOf(list, v)) fail(key, `expected one of ${listOf(list)}`)
    },
    slug(e: Entry, key = 'slug'): void {
      const v = e[key]
      if (typeof v !== 'string' || !SLUG.test(v)) fail(key, 'expected a kebab-case slug')
    },
    url(e: Entry, key: string): void {
      if (!isUrl(e[key])) fail(key, 'expected an http(s) URL')
    },
  }
}

/** Runs `check` on every entry of `list` (or reports that it is not a list), with a per-entry `fail`. */
function eachEntry(
  issues: string[],
  listName: string,
  list: unknown,
  name: (e: Entry, i: number) => string,
  check: (e: Entry, fail: Fail) => void,
): Entry[] {
  if (!isList(list)) {
    issues.push(`catalog: ${listName}: expected a list`)
    return []
  }
  const entries: Entry[] = []
  list.forEach((item, i) => {
    const entity = isEntry(item) ? name(item, i) : `${listName} #${String(i + 1)}`
    const fail: Fail = (path, problem) => issues.push(`catalog: ${entity}: ${path}: ${problem}`)
    if (!isEntry(item)) return fail('(entry)', 'expected an object')
    entries.push(item)
    check(item, fail)
  })
  return entries
}

/** Reports the second and later entries whose `key` repeats an earlier one. */
function checkUnique(entries: Entry[], key: string, fail: (e: Entry) => Fail, what: string): void {
  const seen = new Set<unknown>()
  for (const e of entries) {
    const v = e[key]
    if (v === undefined) continue
    if (seen.has(v)) fail(e)(key, `${quoted(v)} is used by more than one ${what}`)
    seen.add(v)
  }
}

/** How an entry is named in a message: `indicator "slug"`, `goal 2`, or `indicator #3` when it has no usable key. */
function named(kind: string, key: string): (e: Entry, i: number) => string {
  return (e, i) => {
    const v = e[key]
    if (typeof v === 'string' && v !== '') return `${kind} "${v}"`
    if (typeof v === 'number') return `${kind} ${String(v)}`
    return `${kind} #${String(i + 1)}`
  }
}

/** Every problem of `catalog`, one line each, in catalog order; [] when it can be seeded. */
export function catalogIssues(catalog: unknown): string[] {
  if (!isEntry(catalog)) return ['catalog: expected an object with countries, goals, sources, indicators and events']
  const issues: string[] = []
  const failOf = (entity: string): Fail => (path, problem) => issues.push(`catalog: ${entity}: ${path}: ${problem}`)

  // Countries, goals, sources, events.
  const countryName = named('country', 'code')
  const countries = eachEntry(issues, 'countries', catalog['countries'], countryName, (c, fail) => {
    const f = fieldChecks(fail)
    f.oneOf(c, 'code', AREA_CODES)
    f.oneOf(c, 'kind', COUNTRY_KINDS)
    f.localized(c, 'name')
  })
  checkUnique(countries, 'code', (e) => failOf(countryName(e, 0)), 'country')
  const codes = new Set(countries.map((c) => c['code']))
  for (const code of AREA_CODES) if (!codes.has(code)) issues.push(`catalog: countries: expected a row for ${code}`)

  const goalName = named('goal', 'id')
  const goals = eachEntry(issues, 'goals', catalog['goals'], goalName, (g, fail) => {
    const f = fieldChecks(fail)
    f.oneOf(g, 'id', GOAL_IDS)
    f.slug(g)
    f.localized(g, 'name')
    f.localized(g, 'shortName')
    f.localized(g, 'description')
  })
  checkUnique(goals, 'id', (e) => failOf(goalName(e, 0)), 'goal')
  checkUnique(goals, 'slug', (e) => failOf(goalName(e, 0)), 'goal')
  const goalIds = goals.map((g) => g['id']).filter(isFiniteNumber)

  const sourceName = named('source', 'id')
  const sources = eachEntry(issues, 'sources', catalog['sources'], sourceName, (s, fail) => {
    const f = fieldChecks(fail)
    f.slug(s, 'id')
    f.localized(s, 'name')
    f.text(s, 'publisher')
    f.url(s, 'url')
    f.text(s, 'licence')
    f.localized(s, 'attribution')
  })
  checkUnique(sources, 'id', (e) => failOf(sourceName(e, 0)), 'source')
  const sourceIds = sources.map((s) => s['id']).filter(isText)

  const eventName = named('event', 'slug')
  const events = eachEntry(issues, 'events', catalog['events'], eventName, (ev, fail) => {
    const f = fieldChecks(fail)
    f.slug(ev)
    if (!isDate(ev['date'])) fail('date', 'expected a date YYYY-MM-DD')
    f.localized(ev, 'label')
    f.localized(ev, 'description')
  })
  checkUnique(events, 'slug', (e) => failOf(eventName(e, 0)), 'event')

  // Indicators: first the slugs (weights and inputs refer to them), then each entry.
  const indicatorName = named('indicator', 'slug')
  const rawIndicators = catalog['indicators']
  const slugs = new Set(isList(rawIndicators) ? rawIndicators.filter(isEntry).map((e) => e['slug']).filter(isText) : [])
  const indicators = eachEntry(issues, 'indicators', rawIndicators, indicatorName, (ind, fail) =>
    checkIndicator(ind, fail, { goalIds, sourceIds, slugs }),
  )
  checkUnique(indicators, 'slug', (e) => failOf(indicatorName(e, 0)), 'indicator')
  return issues
}

/** Throws one Error listing every problem of `catalog` (see catalogIssues); the seed calls it first. */
export function validateCatalog(catalog: unknown): void {
  const issues = catalogIssues(catalog)
  if (issues.length > 0) throw new Error(issues.join('\n'))
}

interface Known {
  goalIds: number[]
  sourceIds: string[]
  slugs: Set<string>
}

function checkIndicator(ind: Entry, fail: Fail, known: Known): void {
  const f = fieldChecks(fail)
  f.slug(ind)
  if (!isFiniteNumber(ind['goal']) || !known.goalIds.includes(ind['goal'])) {
    fail('goal', `expected a goal id of the catalog (${listOf(known.goalIds)})`)
  }
  f.oneOf(ind, 'kind', INDICATOR_KINDS)
  f.localized(ind, 'name')
  f.localized(ind, 'definition')
  f.localized(ind, 'unit')
  f.oneOf(ind, 'valueFormat', VALUE_FORMATS)
  const unitScale = ind['unitScale']
  if (unitScale !== undefined && !(isFiniteNumber(unitScale) && unitScale > 0)) fail('unitScale', 'expected a positive finite number')
  const decimals = ind['decimals']
  if (!(Number.isInteger(decimals) && isFiniteNumber(decimals) && decimals >= 0 && decimals <= 10)) fail('decimals', 'expected an integer from 0 to 10')
  f.oneOf(ind, 'direction', DIRECTIONS)
  f.oneOf(ind, 'method', METHODS)
  const windowYears = ind['windowYears']
  if (windowYears !== undefined && !(Number.isInteger(windowYears) && isFiniteNumber(windowYears) && windowYears >= 2)) {
    fail('windowYears', 'expected an integer of at least 2')
  }
  f.oneOf(ind, 'frequency', FREQUENCIES, true)
  f.oneOf(ind, 'annualAggregation', ANNUAL_AGGREGATIONS, true)
  if (typeof ind['source'] !== 'string' || !known.sourceIds.includes(ind['source'])) {
    fail('source', `expected a source id of the catalog (${listOf(known.sourceIds)})`)
  }
  f.url(ind, 'sourceUrl')
  if (ind['formula'] !== undefined) f.text(ind, 'formula')

  const countries = checkCountries(ind['countries'], fail)
  checkNamRule(ind, countries, fail, known)
  const bounds = checkBounds(ind, fail)
  checkData(ind['data'], countries, bounds, fail, known)
  checkTargets(ind, countries, bounds, fail)
}

/** The indicator's countries: a non-empty list of distinct codes among CAN, MEX, USA, NAM. */
function checkCountries(v: unknown, fail: Fail): string[] {
  if (!isList(v) || v.length === 0) {
    fail('countries', `expected a non-empty list of ${listOf(COUNTRY_CODES)}`)
    return []
  }
  const out: string[] = []
  v.forEach((c, i) => {
    if (typeof c !== 'string' || !isOneOf(COUNTRY_CODES, c)) return fail(`countries[${String(i)}]`, `expected one of ${listOf(COUNTRY_CODES)}`)
    if (out.includes(c)) return fail(`countries[${String(i)}]`, `${quoted(c)} is listed twice`)
    out.push(c)
  })
  return out
}

function checkNamRule(ind: Entry, countries: string[], fail: Fail, known: Known): void {
  const rule = ind['namRule']
  if (typeof rule !== 'string' || !isOneOf(NAM_RULES, rule)) return fail('namRule', `expected one of ${listOf(NAM_RULES)}`)
  const weight = ind['namWeight']
  if (isOneOf(WEIGHTED_RULES, rule)) {
    if (typeof weight !== 'string' || weight === '') fail('namWeight', `a ${rule} rule needs the slug of its weight indicator`)
    else if (weight === ind['slug']) fail('namWeight', 'an indicator cannot be its own weight')
    else if (!known.slugs.has(weight)) fail('namWeight', `${quoted(weight)} is not an indicator of the catalog`)
  } else if (weight !== undefined) {
    fail('namWeight', `only a ${listOf(WEIGHTED_RULES)} rule has a weight`)
  }
  const hasNam = countries.includes('NAM')
  if (rule === 'none' && hasNam) fail('namRule', '"none" forms no North America value, but countries include NAM')
  if (rule !== 'none' && !hasNam && countries.length > 0) fail('namRule', `${quoted(rule)} forms a North America value, but countries do not include NAM`)
  const data = ind['data']
  const dataKind = isEntry(data) ? data['kind'] : undefined
  const derivedData = dataKind === 'share-of-world' || dataKind === 'growth-gap'
  if (rule === 'derived' && !derivedData) fail('namRule', '"derived" needs share-of-world or growth-gap data')
  if (rule !== 'derived' && derivedData) fail('namRule', `${String(dataKind)} data needs the "derived" rule`)
  if (rule === 'given' && dataKind !== 'given') fail('namRule', '"given" needs given data (the North America points)')
}

/** Declared bounds: finite numbers, min below max. Returns the usable part. */
function checkBounds(ind: Entry, fail: Fail): IndicatorBounds {
  const bounds: IndicatorBounds = {}
  const min = ind['min']
  const max = ind['max']
  if (min !== undefined) {
    if (isFiniteNumber(min)) bounds.min = min
    else fail('min', 'expected a finite number')
  }
  if (max !== undefined) {
    if (isFiniteNumber(max)) bounds.max = max
    else fail('max', 'expected a finite number')
  }
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min >= bounds.max) {
    fail('max', `expected a number above min ${String(bounds.min)}`)
  }
  return bounds
}

function checkValueInBounds(value: number, bounds: IndicatorBounds, path: string, fail: Fail): void {
  const problem = boundsProblem(value, bounds)
  if (problem !== null) fail(path, problem)
}

function checkData(data: unknown, countries: string[], bounds: IndicatorBounds, fail: Fail, known: Known): void {
  if (!isEntry(data) || typeof data['kind'] !== 'string' || !isOneOf(DATA_KINDS, data['kind'])) {
    return fail('data.kind', `expected one of ${listOf(DATA_KINDS)}`)
  }
  const f = fieldChecks(fail)
  if (data['kind'] === 'file') f.text(data, 'code', 'data.code')
  if (data['kind'] === 'share-of-world') {
    const input = data['input']
    if (typeof input !== 'string' || !known.slugs.has(input)) fail('data.input', 'expected the slug of an indicator of the catalog')
  }
  if (data['kind'] !== 'given') return
  const points = data['points']
  if (!isList(points) || points.length === 0) return fail('data.points', 'expected a non-empty list')
  points.forEach((p, i) => {
    const path = `data.points[${String(i)}]`
    if (!isEntry(p)) return fail(path, 'expected an object')
    if (typeof p['country'] !== 'string' || !countries.includes(p['country'])) {
      fail(`${path}.country`, `expected one of the indicator's countries (${listOf(countries)})`)
    }
    if (!isYear(p['year'])) fail(`${path}.year`, `expected a year from ${String(FIRST_YEAR)} to ${String(TARGET_YEAR - 1)}`)
    const value = p['value']
    if (!isFiniteNumber(value)) fail(`${path}.value`, 'expected a finite number')
    else checkValueInBounds(value, bounds, `${path}.value`, fail)
    if (!isText(p['note'])) fail(`${path}.note`, 'expected a non-empty string')
  })
}

function checkTargets(ind: Entry, countries: string[], bounds: IndicatorBounds, fail: Fail): void {
  const targets = ind['targets']
  if (!isList(targets)) return fail('targets', 'expected a list')
  const kind = ind['kind']
  if (kind === 'tracked' && targets.length === 0) fail('targets', 'a tracked indicator needs at least one target')
  if ((kind === 'context' || kind === 'input') && targets.length > 0) fail('targets', `${String(kind)} indicators have no targets`)
  const threshold = ind['method'] === 'threshold'
  const higherIsBetter = ind['direction'] !== -1
  const targeted = new Map<string, number>()
  targets.forEach((t, i) => {
    const at = `targets[${String(i)}]`
    if (!isEntry(t)) return fail(at, 'expected an object')
    const f = fieldChecks((path, problem) => fail(`${at}.${path}`, problem))

    // Countries: among the indicator's, and each with one target only.
    const tc = t['countries']
    if (!isList(tc) || tc.length === 0) fail(`${at}.countries`, 'expected a non-empty list')
    else
      tc.forEach((c, j) => {
        const path = `${at}.countries[${String(j)}]`
        if (typeof c !== 'string' || !countries.includes(c)) return fail(path, `expected one of the indicator's countries (${listOf(countries)})`)
        const earlier = targeted.get(c)
        if (earlier !== undefined) return fail(path, `${quoted(c)} already has a target (targets[${String(earlier)}])`)
        targeted.set(c, i)
      })

    // What the target is: a value, a factor of a baseline value, or bands (threshold method).
    const has = (key: string) => t[key] !== undefined
    if (threshold) {
      if (!has('bands') || has('value') || has('factor')) fail(at, 'a threshold target has bands and no value or factor')
    } else {
      if (has('bands')) fail(`${at}.bands`, 'only a threshold target has bands')
      if (has('value') === has('factor')) fail(at, 'expected exactly one of value or factor')
    }
    const value = t['value']
    if (has('value')) {
      if (!isFiniteNumber(value)) fail(`${at}.value`, 'expected a finite number')
      else checkValueInBounds(value, bounds, `${at}.value`, fail)
    }
    const factor = t['factor']
    if (has('factor')) {
      if (!(isFiniteNumber(factor) && factor > 0)) fail(`${at}.factor`, 'expected a positive finite number')
      if (!has('baselineYear')) fail(`${at}.baselineYear`, 'a factor target needs its baseline year')
    }
    const baselineYear = t['baselineYear']
    if (has('baselineYear') && !isYear(baselineYear)) {
      fail(`${at}.baselineYear`, `expected a year from ${String(FIRST_YEAR)} to ${String(TARGET_YEAR - 1)}`)
    }
    const milestones = t['milestones']
    if (has('milestones')) {
      if (!isList(milestones)) fail(`${at}.milestones`, 'expected a list')
      else
        milestones.forEach((m, j) => {
          const path = `${at}.milestones[${String(j)}]`
          if (!isEntry(m)) return fail(path, 'expected an object')
          const year = m['year']
          const after = isYear(baselineYear) ? baselineYear : FIRST_YEAR - 1
          if (!(isYear(year) && year > after)) fail(`${path}.year`, `expected a year after ${String(after)} and before ${String(TARGET_YEAR)}`)
          const mv = m['value']
          if (!isFiniteNumber(mv)) fail(`${path}.value`, 'expected a finite number')
          else checkValueInBounds(mv, bounds, `${path}.value`, fail)
        })
    }
    const bands = t['bands']
    if (has('bands')) {
      if (!isList(bands) || bands.length !== 3 || !bands.every(isFiniteNumber)) fail(`${at}.bands`, 'expected three finite numbers')
      else {
        const [a = 0, b = 0, c = 0] = bands.filter(isFiniteNumber)
        const ordered = higherIsBetter ? a > b && b > c : a < b && b < c
        if (!ordered) fail(`${at}.bands`, `expected on track, must accelerate, off track in ${higherIsBetter ? 'decreasing' : 'increasing'} order`)
        bands.filter(isFiniteNumber).forEach((x, j) => checkValueInBounds(x, bounds, `${at}.bands[${String(j)}]`, fail))
      }
    }
    f.oneOf(t, 'origin', TARGET_ORIGINS)
    f.localized(t, 'rationale')
  })
}
