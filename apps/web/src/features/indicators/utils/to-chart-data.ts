/**
 * The chart's state layer (OWID style): series, assessments and events in; rows, target markers,
 * event rules and band lines out. Pure, no pixels. Keys per country: `CAN` observed, `CAN_projection`
 * at the current pace, `CAN_path` the required path.
 */
import type { CountryCode } from '@nap/domain'
import { project } from '@nap/progress'
import type { AssessmentDto, ChartEvent, Series } from '@nap/schemas'
import { lttb } from './lttb.ts'

/**
 * At most this many observed points are drawn per country: a longer series (monthly data over many
 * years) is downsampled for the chart with largest-triangle-three-buckets, which keeps its shape; the
 * table and the downloads keep every point.
 */
export const DRAW_LIMIT = 1000

export interface ChartRow {
  x: number
  [key: string]: number | null
}

export interface TargetMarker {
  country: CountryCode
  x: number
  value: number
  kind: 'target' | 'milestone'
}

export interface EventRule {
  slug: string
  x: number
  label: string
}

export interface BandLine {
  country: CountryCode
  value: number
}

export interface ChartModel {
  rows: ChartRow[]
  countries: CountryCode[]
  /** Countries that have a projection / a required path drawn. */
  withProjection: CountryCode[]
  withPath: CountryCode[]
  targets: TargetMarker[]
  events: EventRule[]
  bands: BandLine[]
  domain: [number, number]
}

export const projectionKey = (code: string) => `${code}_projection`
export const pathKey = (code: string) => `${code}_path`

/** 'YYYY' → YYYY, 'YYYY-Qn' → YYYY + (n−1)/4, 'YYYY-MM' → YYYY + (m−1)/12. */
export function periodToX(period: string, year: number): number {
  const quarter = /^\d{4}-Q([1-4])$/.exec(period)
  if (quarter) return year + (Number(quarter[1]) - 1) / 4
  const month = /^\d{4}-(\d{2})$/.exec(period)
  if (month) return year + (Number(month[1]) - 1) / 12
  return year
}

/** An ISO date as a fractional year: '2020-07-01' → 2020.5. */
export function dateToX(iso: string): number {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  const year = date.getUTCFullYear()
  const start = Date.UTC(year, 0, 1)
  const end = Date.UTC(year + 1, 0, 1)
  return year + (date.getTime() - start) / (end - start)
}

export interface ChartInput {
  series: Series
  assessments: readonly AssessmentDto[]
  countries: readonly CountryCode[]
  from: number
  to: number
  events: readonly ChartEvent[]
  eventLabel: (event: ChartEvent) => string
}

export function toChartData(input: ChartInput): ChartModel {
  const { from, to } = input
  const inRange = (x: number) => x >= from && x <= to
  const rows = new Map<number, ChartRow>()
  const row = (x: number): ChartRow => {
    let r = rows.get(x)
    if (!r) rows.set(x, (r = { x }))
    return r
  }
  const countries = input.countries.filter((code) => input.series.series.some((s) => s.country === code))
  const withProjection: CountryCode[] = []
  const withPath: CountryCode[] = []
  const targets: TargetMarker[] = []
  const bands: BandLine[] = []

  for (const code of countries) {
    const points = (input.series.series.find((s) => s.country === code)?.points ?? [])
      .map((p) => ({ x: periodToX(p.period, p.year), value: p.value }))
      .filter((p) => inRange(p.x))
      .sort((a, b) => a.x - b.x)
    const drawn = points.length > DRAW_LIMIT ? lttb(points, DRAW_LIMIT, (p) => p.x, (p) => p.value) : points
    for (const p of drawn) row(p.x)[code] = p.value
    const a = input.assessments.find((item) => item.country === code)
    if (!a) continue
    if (a.latest && a.actualPace !== null && a.methodUsed !== 'threshold' && a.targetYear !== null) {
      const method = a.methodUsed
      const startYear = a.latest.year
      let drawn = false
      for (let year = startYear; year <= Math.min(a.targetYear, to); year += 1) {
        if (year < from) continue
        const value = year === startYear ? a.latest.value : project(method, a.latest.value, a.actualPace, year - startYear)
        if (Number.isFinite(value)) {
          row(year)[projectionKey(code)] = value
          drawn = true
        }
      }
      if (drawn) withProjection.push(code)
    }
    const path = a.path.filter((p) => inRange(p.year))
    for (const p of path) row(p.year)[pathKey(code)] = p.value
    if (path.length > 0) withPath.push(code)
    if (a.targetValue !== null && a.targetYear !== null && inRange(a.targetYear)) {
      targets.push({ country: code, x: a.targetYear, value: a.targetValue, kind: 'target' })
    }
    for (const m of a.milestones) {
      if (inRange(m.year)) targets.push({ country: code, x: m.year, value: m.target, kind: 'milestone' })
    }
    if (a.bands && !bands.some((b) => b.value === a.bands?.[0])) bands.push({ country: code, value: a.bands[0] })
  }

  const events = input.events
    .map((event) => ({ slug: event.slug, x: dateToX(event.date), label: input.eventLabel(event) }))
    .filter((event) => inRange(event.x))
    .sort((a, b) => a.x - b.x)

  return {
    rows: [...rows.values()].sort((a, b) => a.x - b.x),
    countries,
    withProjection,
    withPath,
    targets,
    events,
    bands,
    domain: [from, to],
  }
}
