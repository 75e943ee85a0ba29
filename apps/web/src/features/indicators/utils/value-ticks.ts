/**
 * Round ticks for the chart's value axis, worked out here rather than by Recharts ('auto' domain), whose
 * nice-tick search runs on decimal.js for every render of the chart. Pure.
 */
import { pathKey, projectionKey, type ChartModel } from './to-chart-data.ts'

const STEPS = [1, 2, 2.5, 5, 10]

/**
 * About `count` round ticks covering [min, max] (steps of 1, 2, 2.5 or 5 × 10ⁿ), the first at or
 * below min and the last at or above max.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return []
  let lo = Math.min(min, max)
  let hi = Math.max(min, max)
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1
    lo -= pad
    hi += pad
  }
  const raw = (hi - lo) / Math.max(1, count - 1)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = (STEPS.find((s) => s * magnitude >= raw * (1 - 1e-12)) ?? 10) * magnitude
  const first = Math.floor(lo / step + 1e-9)
  const last = Math.ceil(hi / step - 1e-9)
  const ticks: number[] = []
  for (let i = first; i <= last; i += 1) ticks.push(Number((i * step).toPrecision(12)))
  return ticks
}

/** The value ticks of a chart: covering every drawn value, target and band line. */
export function valueTicks(model: ChartModel): number[] {
  const keys = [...model.countries, ...model.withProjection.map(projectionKey), ...model.withPath.map(pathKey)]
  let min = Infinity
  let max = -Infinity
  const see = (value: number) => {
    if (value < min) min = value
    if (value > max) max = value
  }
  for (const row of model.rows) {
    for (const key of keys) {
      const value = row[key]
      if (typeof value === 'number') see(value)
    }
  }
  model.targets.forEach((target) => see(target.value))
  model.bands.forEach((band) => see(band.value))
  return min <= max ? niceTicks(min, max) : []
}
