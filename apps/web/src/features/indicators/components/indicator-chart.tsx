/**
 * The indicator chart, drawn as plain SVG from the chart's own scales (chart-plot.ts): histories,
 * markers, projections, required paths, targets, events, grid and axes. Recharts draws the same chart
 * with its axes and readout once a pointer reaches it (interactive-chart.tsx, its own chunk).
 */
import { forwardRef, memo, startTransition, useState, type ComponentType } from 'react'
import type { IndicatorSummary } from '@nap/schemas'
import { COUNTRY_STYLE } from '@/components/ui/country-style.ts'
import { useReducedMotion } from '@/components/ui/use-reduced-motion.ts'
import { formatAxis, formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { pathKey, projectionKey, type ChartModel } from '../utils/to-chart-data.ts'
import { valueTicks } from '../utils/value-ticks.ts'
import { CHART_HEIGHT, PATH_COLOUR, PATH_DASH, PROJECTION_DASH } from './chart-lines.ts'
import { markerPath, TargetMark } from './chart-marks.tsx'
import {
  AXIS_COLOUR,
  AXIS_LABEL_COLOUR,
  plotOf,
  TICK_LABEL_DY,
  TICK_MARGIN,
  TICK_SIZE,
  xTicks,
  type Plot,
  type PlotArea,
  type Scale,
} from './chart-plot.ts'
import type { InteractiveChartProps } from './interactive-chart.tsx'

const EVENT_COLOUR = '#9ca3af'
/** Up to this many rows every point has its marker; beyond, about MAX_MARKERS per line. */
const MARKER_ROWS = 150
const MAX_MARKERS = 60

interface IndicatorChartProps {
  indicator: IndicatorSummary
  model: ChartModel
  countryNames: Partial<Record<string, string>>
  /** Accessible name of the chart. */
  title: string
  /** id of the text summary that describes the chart. */
  describedBy: string
  height?: number
  /** The frame's width (ChartSlot measures it and follows its changes). */
  width: number
}

/**
 * The horizontal grid lines at the value ticks. Recharts' <CartesianGrid> works its lines out again
 * from the axis and measures every tick label in the DOM to do so (a forced layout each).
 */
function HorizontalGrid({ area, ticks, yScale }: { area: PlotArea; ticks: readonly number[]; yScale: Scale }) {
  return (
    <g className="chart-grid">
      {ticks.map((tick) => {
        const y = yScale(tick)
        return y === undefined ? null : <line key={tick} x1={area.x} x2={area.x + area.width} y1={y} y2={y} stroke="#e5e7eb" />
      })}
    </g>
  )
}

/** `key`'s values of the rows as an SVG path, joining over rows without one (Recharts' connectNulls). */
function seriesPath(model: ChartModel, key: string, x: Scale, y: Scale): string {
  let d = ''
  for (const row of model.rows) {
    const value = row[key]
    if (typeof value !== 'number') continue
    const px = x(row.x)
    const py = y(value)
    if (px === undefined || py === undefined) continue
    d += `${d ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`
  }
  return d
}

/** The event rules with their labels (above the plot, in up to three rows) and the band lines. */
function Rules({ model, xScale, yScale, area }: { model: ChartModel; xScale: Scale; yScale: Scale; area: PlotArea }) {
  const [from, to] = model.domain
  return (
    <g className="chart-rules">
      {model.events.map((event, index) => {
        const x = xScale(event.x)
        if (x === undefined) return null
        // Near the right edge the label is written to the left of its rule.
        const anchorEnd = (event.x - from) / (to - from || 1) > 0.75
        return (
          <g key={event.slug}>
            <line x1={x} x2={x} y1={area.y} y2={area.y + area.height} stroke={EVENT_COLOUR} />
            <text x={anchorEnd ? x - 4 : x + 4} y={area.y - 30 + (index % 3) * 12} fontSize={11} fill="#4b5563" textAnchor={anchorEnd ? 'end' : 'start'}>
              {event.label}
            </text>
          </g>
        )
      })}
      {model.bands.map((band) => {
        const y = yScale(band.value)
        return y === undefined ? null : (
          <line key={`band-${band.country}`} x1={area.x} x2={area.x + area.width} y1={y} y2={y} stroke={COUNTRY_STYLE[band.country].colour} strokeDasharray="1 3" strokeWidth={1.5} />
        )
      })}
    </g>
  )
}

/** The 2050 targets ◎ and the milestones (smaller). */
function Targets({ model, xScale, yScale }: { model: ChartModel; xScale: Scale; yScale: Scale }) {
  return (
    <g className="chart-targets">
      {model.targets.map((target) => {
        const cx = xScale(target.x)
        const cy = yScale(target.value)
        return cx === undefined || cy === undefined ? null : (
          <TargetMark key={`${target.country}-${target.kind}-${target.x}`} cx={cx} cy={cy} colour={COUNTRY_STYLE[target.country].colour} small={target.kind === 'milestone'} />
        )
      })}
    </g>
  )
}

/**
 * The required paths (grey dashed) and the projections at the current pace (dotted), drawn from the
 * chart's scales as plain paths: as Recharts <Line>s they were eight more series for its store to
 * register and compute, most of the cost of drawing the chart. The readout lists them all the same.
 */
function GuideLines({ model, xScale: x, yScale: y }: { model: ChartModel; xScale: Scale; yScale: Scale }) {
  return (
    <g className="chart-guides">
      {model.withPath.map((code) => (
        <path key={`path-${code}`} className="chart-guide chart-guide--path" d={seriesPath(model, pathKey(code), x, y)} fill="none" stroke={PATH_COLOUR} strokeWidth={1.25} strokeDasharray={PATH_DASH} />
      ))}
      {model.withProjection.map((code) => (
        <path
          key={`projection-${code}`}
          className="chart-guide chart-guide--projection"
          d={seriesPath(model, projectionKey(code), x, y)}
          fill="none"
          stroke={COUNTRY_STYLE[code].colour}
          strokeWidth={2}
          strokeDasharray={PROJECTION_DASH}
          strokeLinecap="round"
        />
      ))}
    </g>
  )
}

/**
 * Every marker of a country's history in one <path> (a few elements instead of one per point): the
 * markers keep the lines apart without colour, as UI.md asks.
 */
function CountryMarkers({ model, step, size, xScale: x, yScale: y }: { model: ChartModel; step: number; size: number; xScale: Scale; yScale: Scale }) {
  return (
    <g className="chart-markers">
      {model.countries.map((code) => {
        const style = COUNTRY_STYLE[code]
        let d = ''
        model.rows.forEach((row, index) => {
          const value = row[code]
          if (typeof value !== 'number' || index % step !== 0) return
          const cx = x(row.x)
          const cy = y(value)
          if (typeof cx === 'number' && typeof cy === 'number') d += markerPath(style.marker, cx, cy, size)
        })
        return d ? <path key={code} data-country={code} d={d} fill={style.colour} stroke="#fff" strokeWidth={1} /> : null
      })}
    </g>
  )
}

/** What is drawn under the history lines: grid, event rules and bands, guides. */
function UnderLines({ model, plot, ticks }: { model: ChartModel; plot: Plot; ticks: readonly number[] }) {
  return (
    <>
      <HorizontalGrid area={plot.area} ticks={ticks} yScale={plot.yScale} />
      <Rules model={model} xScale={plot.xScale} yScale={plot.yScale} area={plot.area} />
      <GuideLines model={model} xScale={plot.xScale} yScale={plot.yScale} />
    </>
  )
}

/**
 * The histories, solid, one plain path per country from the chart's scales, like the guides: as
 * Recharts <Line>s each was one more series for its store to register and compute its points for on
 * every update while the chart set itself up (most of drawing a chart, and of redrawing a long one).
 */
function HistoryLines({ model, xScale: x, yScale: y }: { model: ChartModel; xScale: Scale; yScale: Scale }) {
  return (
    <g className="chart-lines">
      {model.countries.map((code) => (
        <path
          key={code}
          className="chart-line"
          data-country={code}
          d={seriesPath(model, code, x, y)}
          fill="none"
          stroke={COUNTRY_STYLE[code].colour}
          strokeWidth={2.25}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ))}
    </g>
  )
}

/** The histories and what is drawn over them: their markers, the targets and milestones. */
function OverLines({ model, plot, step, size }: { model: ChartModel; plot: Plot; step: number; size: number }) {
  const { xScale, yScale } = plot
  return (
    <>
      <HistoryLines model={model} xScale={xScale} yScale={yScale} />
      <CountryMarkers model={model} step={step} size={size} xScale={xScale} yScale={yScale} />
      <Targets model={model} xScale={xScale} yScale={yScale} />
    </>
  )
}

/**
 * The axes as Recharts draws them for this chart (its XAxis and YAxis with the same ticks, sizes and
 * colours: the axis line, a 6 px tick line per tick, the label 2 px beyond it), without Recharts: the
 * chart is drawn like this until a pointer reaches it (an e2e test checks that nothing moves then).
 */
function Axes({ area, xs, ys, plot, formatX, formatY }: { area: PlotArea; xs: readonly number[]; ys: readonly number[]; plot: Plot; formatX: (value: number) => string; formatY: (value: number) => string }) {
  const bottom = area.y + area.height
  const left = area.x
  return (
    <>
      <g className="chart-axis chart-axis--x">
        <line className="chart-axis__line" x1={left} y1={bottom} x2={left + area.width} y2={bottom} stroke={AXIS_COLOUR} fill="none" />
        {xs.map((year) => {
          const x = plot.xScale(year)
          return x === undefined ? null : (
            <g key={year} className="chart-axis__tick">
              <line x1={x} y1={bottom + TICK_SIZE} x2={x} y2={bottom} stroke={AXIS_COLOUR} fill="none" />
              <text x={x} y={bottom + TICK_SIZE + TICK_MARGIN} dy={TICK_LABEL_DY.x} textAnchor="middle" fill={AXIS_LABEL_COLOUR} fontSize={12}>
                {formatX(year)}
              </text>
            </g>
          )
        })}
      </g>
      <g className="chart-axis chart-axis--y">
        <line className="chart-axis__line" x1={left} y1={area.y} x2={left} y2={bottom} stroke={AXIS_COLOUR} fill="none" />
        {ys.map((value) => {
          const y = plot.yScale(value)
          return y === undefined ? null : (
            <g key={value} className="chart-axis__tick">
              <line x1={left - TICK_SIZE} y1={y} x2={left} y2={y} stroke={AXIS_COLOUR} fill="none" />
              <text x={left - TICK_SIZE - TICK_MARGIN} y={y} dy={TICK_LABEL_DY.y} textAnchor="end" fill={AXIS_LABEL_COLOUR} fontSize={12}>
                {formatY(value)}
              </text>
            </g>
          )
        })}
      </g>
    </>
  )
}

/** Recharts' chart with its axes and readout: its chunk is loaded when a pointer first reaches the chart. */
let Interactive: ComponentType<InteractiveChartProps> | undefined
let interactivePending: Promise<ComponentType<InteractiveChartProps>> | undefined
const loadInteractive = () =>
  (interactivePending ??= import('./interactive-chart.tsx').then(
    (m) => (Interactive = m.InteractiveChart),
    (error: unknown) => {
      interactivePending = undefined // the next pointer tries again
      throw error
    },
  ))

/**
 * History (solid, with markers), projection at the current pace (dotted), required path (grey
 * dashed), targets ◎ and milestones, and event rules. The wrapper is an image described by the text
 * summary; the same numbers are in the table view.
 */
export const IndicatorChart = memo(
  forwardRef<HTMLDivElement, IndicatorChartProps>(function IndicatorChart(
    { indicator, model, countryNames, title, describedBy, height = CHART_HEIGHT, width },
    ref,
  ) {
    const { lang } = useI18n()
    // Lines are drawn at once, never animated: Recharts' drawing animation renders every line again on
    // each frame for a second and a half, which kept the page busy (blocking time) while it loaded.
    const reduced = useReducedMotion()
    // Recharts (its axes and the readout: the values of the year under the pointer) is loaded and
    // mounted when a pointer first reaches the chart. Until then the same drawing is made without it:
    // setting up its store and its axes was the page's longest task, and the readout only ever answers
    // a pointer (the chart is an image described by its summary; the table has every value).
    const [interactive, setInteractive] = useState<ComponentType<InteractiveChartProps> | undefined>(() => Interactive)
    const point = () => {
      if (interactive) return
      loadInteractive().then(
        (component) => startTransition(() => setInteractive(() => component)),
        () => undefined, // no readout this time: the chart stays as drawn
      )
    }
    const spec = { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals }
    const dense = model.rows.length > 45
    // A long series (monthly data) keeps its distinct markers, about MAX_MARKERS of them, not one per point.
    const markerStep = model.rows.length > MARKER_ROWS ? Math.ceil(model.rows.length / MAX_MARKERS) : 1
    const ys = valueTicks(model)
    const xs = xTicks(model.domain[0], model.domain[1])
    const yAxisWidth = indicator.valueFormat === 'pp' ? 70 : 64
    const yDomain: [number, number] = [ys[0] ?? 0, ys.at(-1) ?? 1]
    const plot = plotOf(width, height, yAxisWidth, model.domain, yDomain)
    const formatY = (value: number) => formatAxis(value, spec, lang)
    const under = <UnderLines model={model} plot={plot} ticks={ys} />
    const over = <OverLines model={model} plot={plot} step={markerStep} size={dense ? 2.75 : 3.5} />
    const Chart = interactive

    return (
      <div ref={ref} className="chart-frame" role="img" aria-label={title} aria-describedby={describedBy} onPointerEnter={point}>
        {Chart ? (
          <Chart
            indicator={indicator}
            model={model}
            countryNames={countryNames}
            width={width}
            height={height}
            plot={plot}
            xTicks={xs}
            yTicks={ys}
            yAxisWidth={yAxisWidth}
            yDomain={yDomain}
            formatX={formatYear}
            formatY={formatY}
            under={under}
            over={over}
            animate={!reduced}
          />
        ) : (
          <div className="chart-surface" style={{ position: 'relative', width, height }}>
            <svg className="chart-surface__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
              {under}
              {over}
              {/* Last, as Recharts layers its axes over the chart's own drawing. */}
              <Axes area={plot.area} xs={xs} ys={ys} plot={plot} formatX={formatYear} formatY={formatY} />
            </svg>
          </div>
        )}
      </div>
    )
  }),
)
