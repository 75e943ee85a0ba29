/**
 * The chart's geometry, shared by its drawing without Recharts (indicator-chart.tsx) and the one with
 * Recharts' axes and readout (interactive-chart.tsx): margins, the axes' sizes, the plot area and the
 * linear scales, laid out as Recharts lays out a <LineChart> with these margins and explicit domains.
 */

/** Around the plot: room for the event labels above it, the axes' labels left of and below it. */
export const MARGIN = { top: 44, right: 20, bottom: 4, left: 4 }
export const X_AXIS_HEIGHT = 30
export const AXIS_COLOUR = '#6b7280'
export const AXIS_LABEL_COLOUR = '#374151'
/** Recharts' defaults: a tick line's length, and the gap between it and its label. */
export const TICK_SIZE = 6
export const TICK_MARGIN = 2
/** The labels' baseline shift: below the x ticks, centred on the y ticks. */
export const TICK_LABEL_DY = { x: '0.71em', y: '0.32em' } as const

export type Scale = (value: number) => number | undefined
export interface PlotArea {
  x: number
  y: number
  width: number
  height: number
}
export interface Plot {
  area: PlotArea
  xScale: Scale
  yScale: Scale
}

/**
 * The plot area and the linear scales of a chart `width` × `height` px, exactly as Recharts lays them
 * out for the margin, the axes' sizes and the explicit domains given to its axes (an e2e test checks
 * the lines and grid against the ticks Recharts draws).
 */
export function plotOf(width: number, height: number, yAxisWidth: number, xDomain: readonly [number, number], yDomain: readonly [number, number]): Plot {
  const area = {
    x: MARGIN.left + yAxisWidth,
    y: MARGIN.top,
    width: Math.max(0, width - MARGIN.left - yAxisWidth - MARGIN.right),
    height: Math.max(0, height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT),
  }
  const [x0, x1] = xDomain
  const [y0, y1] = yDomain
  return {
    area,
    xScale: (value) => area.x + ((value - x0) / (x1 - x0 || 1)) * area.width,
    yScale: (value) => area.y + area.height - ((value - y0) / (y1 - y0 || 1)) * area.height,
  }
}

/** The year ticks of a span: every 1, 2, 5, 10 or 20 years, on round years. */
export function xTicks(from: number, to: number): number[] {
  const span = to - from
  const step = span > 60 ? 20 : span > 30 ? 10 : span > 12 ? 5 : span > 5 ? 2 : 1
  const ticks: number[] = []
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year)
  return ticks
}
