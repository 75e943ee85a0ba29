import { forwardRef, memo, useState } from 'react'
import { LineChart, Tooltip, type TooltipContentProps, useActiveTooltipLabel, XAxis, YAxis } from 'recharts'
import type { CountryCode } from '@nap/domain'
import type { IndicatorSummary } from '@nap/schemas'
import { COUNTRY_STYLE } from '@/components/ui/country-style.ts'
import { useReducedMotion } from '@/components/ui/use-reduced-motion.ts'
import { formatAxis, formatValue, formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { pathKey, projectionKey, type ChartModel } from '../utils/to-chart-data.ts'
import { valueTicks } from '../utils/value-ticks.ts'
import { CHART_HEIGHT, PATH_COLOUR, PATH_DASH, PROJECTION_DASH } from './chart-lines.ts'
import { markerPath, TargetMark } from './chart-marks.tsx'

const EVENT_COLOUR = '#9ca3af'
/** Up to this many rows every point has its marker; beyond, about MAX_MARKERS per line. */
const MARKER_ROWS = 150
const MAX_MARKERS = 60
/** Around the plot: room for the event labels above it, the axes' labels left of and below it. */
const MARGIN = { top: 44, right: 20, bottom: 4, left: 4 }
const X_AXIS_HEIGHT = 30

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

function xTicks(from: number, to: number): number[] {
  const span = to - from
  const step = span > 60 ? 20 : span > 30 ? 10 : span > 12 ? 5 : span > 5 ? 2 : 1
  const ticks: number[] = []
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year)
  return ticks
}

interface TickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
}

/**
 * An axis label as a plain <text>: Recharts' own tick text measures every label in the DOM (one
 * forced layout each), which was a large part of drawing the chart.
 */
function tickRenderer(format: (value: number) => string, dy: string) {
  return function AxisTick({ x = 0, y = 0, payload, textAnchor = 'middle' }: TickProps) {
    const value = Number(payload?.value)
    return (
      <text x={x} y={y} dy={dy} textAnchor={textAnchor} fill="#374151" fontSize={12}>
        {Number.isFinite(value) ? format(value) : ''}
      </text>
    )
  }
}

type Scale = (value: number) => number | undefined
interface PlotArea {
  x: number
  y: number
  width: number
  height: number
}

interface Plot {
  area: PlotArea
  xScale: Scale
  yScale: Scale
}

/**
 * The plot area and the linear scales of a chart `width` × `height` px, exactly as Recharts lays them
 * out for the margin, the axes' sizes and the explicit domains given to its axes (an e2e test checks
 * the lines and grid against the ticks Recharts draws). Worked out here, the lines, markers, guides
 * and grid are drawn in the chart's first render: read from Recharts' store (its scale hooks), they
 * waited for it to set itself up and were drawn again in one synchronous render after its first
 * commit (the page's longest task).
 */
function plotOf(width: number, height: number, yAxisWidth: number, xDomain: readonly [number, number], yDomain: readonly [number, number]): Plot {
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

/** The year under the pointer: a dot on each history line (mounted with the readout). */
function ActiveDots({ model, xScale: x, yScale: y }: { model: ChartModel; xScale: Scale; yScale: Scale }) {
  const label = useActiveTooltipLabel()
  const row = label === undefined ? undefined : model.rows.find((r) => r.x === Number(label))
  if (!row) return null
  return (
    <g className="chart-active-dots">
      {model.countries.map((code) => {
        const value = row[code]
        const cx = x(row.x)
        const cy = typeof value === 'number' ? y(value) : undefined
        return cx === undefined || cy === undefined ? null : <circle key={code} cx={cx} cy={cy} r={5} fill={COUNTRY_STYLE[code].colour} stroke="#fff" strokeWidth={2} />
      })}
    </g>
  )
}

/** The histories and what is drawn over them: their markers, the targets and milestones, the active dots. */
function OverLines({ model, plot, step, size, pointed }: { model: ChartModel; plot: Plot; step: number; size: number; pointed: boolean }) {
  const { xScale, yScale } = plot
  return (
    <>
      <HistoryLines model={model} xScale={xScale} yScale={yScale} />
      <CountryMarkers model={model} step={step} size={size} xScale={xScale} yScale={yScale} />
      <Targets model={model} xScale={xScale} yScale={yScale} />
      {pointed ? <ActiveDots model={model} xScale={xScale} yScale={yScale} /> : null}
    </>
  )
}

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
  const { t, lang } = useI18n()
  // Lines are drawn at once, never animated: Recharts' drawing animation renders every line again on
  // each frame for a second and a half, which kept the page busy (blocking time) while it loaded.
  const reduced = useReducedMotion()
  // The readout (Recharts' Tooltip, a dozen store subscriptions more to set up) is mounted when a
  // pointer first reaches the chart: drawing the chart then costs less, and the readout only ever
  // answers a pointer (the chart is an image described by its summary; the table has every value).
  const [pointed, setPointed] = useState(false)
  const spec = { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals }
  const name = (code: CountryCode) => countryNames[code] ?? code
  const dense = model.rows.length > 45
  // A long series (monthly data) keeps its distinct markers, about MAX_MARKERS of them, not one per point.
  const markerStep = model.rows.length > MARKER_ROWS ? Math.ceil(model.rows.length / MAX_MARKERS) : 1
  const yTicks = valueTicks(model)
  const yAxisWidth = indicator.valueFormat === 'pp' ? 70 : 64
  const yDomain: [number, number] = [yTicks[0] ?? 0, yTicks.at(-1) ?? 1]
  const plot = plotOf(width, height, yAxisWidth, model.domain, yDomain)
  // The values of the year under the pointer: the histories, and the projections and required paths
  // (plain paths, not Recharts series, see GuideLines), in Recharts' tooltip box.
  const readout = ({ active, label }: TooltipContentProps) => {
    const row = active ? model.rows.find((r) => r.x === Number(label)) : undefined
    if (!row) return null
    const items = [
      ...model.countries.map((code) => ({ key: code, name: name(code), colour: COUNTRY_STYLE[code].colour, value: row[code] })),
      ...model.withProjection.map((code) => ({ key: projectionKey(code), name: t('chart.projection', { country: name(code) }), colour: COUNTRY_STYLE[code].colour, value: row[projectionKey(code)] })),
      ...model.withPath.map((code) => ({ key: pathKey(code), name: t('chart.path', { country: name(code) }), colour: PATH_COLOUR, value: row[pathKey(code)] })),
    ].flatMap((item) => (typeof item.value === 'number' ? [{ ...item, value: item.value }] : []))
    if (items.length === 0) return null
    return (
      <div className="recharts-default-tooltip" style={{ margin: 0, padding: 10, backgroundColor: '#fff', border: '1px solid #ccc', whiteSpace: 'nowrap' }}>
        <p className="recharts-tooltip-label" style={{ margin: 0 }}>
          {formatYear(row.x)}
        </p>
        <ul className="recharts-tooltip-item-list" style={{ padding: 0, margin: 0, listStyle: 'none' }}>
          {items.map((item) => (
            <li key={item.key} className="recharts-tooltip-item" style={{ paddingTop: 4, paddingBottom: 4, color: item.colour }}>
              {item.name} : {formatValue(item.value, spec, lang)}
            </li>
          ))}
        </ul>
      </div>
    )
  }

  return (
    <div ref={ref} className="chart-frame" role="img" aria-label={title} aria-describedby={describedBy} onPointerEnter={() => setPointed(true)}>
      <LineChart width={width} height={height} data={model.rows} margin={MARGIN} accessibilityLayer={false}>
          <UnderLines model={model} plot={plot} ticks={yTicks} />
          <XAxis
            dataKey="x"
            type="number"
            domain={model.domain}
            height={X_AXIS_HEIGHT}
            ticks={xTicks(model.domain[0], model.domain[1])}
            stroke="#6b7280"
            tick={tickRenderer(formatYear, '0.71em')}
            // Every tick given is shown (they are spaced by xTicks): no measuring of the labels in the DOM,
            // and none worked out (Recharts' "nice" ticks, in decimal arithmetic, on every store update).
            interval={0}
            niceTicks="none"
            allowDataOverflow
          />
          <YAxis
            type="number"
            domain={yDomain}
            ticks={yTicks.length ? yTicks : undefined}
            stroke="#6b7280"
            tick={tickRenderer((value) => formatAxis(value, spec, lang), '0.32em')}
            width={yAxisWidth}
            interval={0}
            niceTicks="none"
            // The domain is the ticks' (they cover every value drawn): taken as given, since no Recharts
            // series brings data for it to widen (the lines are plain paths, see HistoryLines).
            allowDataOverflow
          />
          {/* Recharts hides its box when no series of its own gave values (the lines are plain paths): the
              readout finds the values itself and draws nothing when the pointer is off the chart. */}
          {pointed ? <Tooltip isAnimationActive={!reduced} filterNull={false} content={readout} wrapperStyle={{ visibility: 'visible' }} /> : null}
          <OverLines model={model} plot={plot} step={markerStep} size={dense ? 2.75 : 3.5} pointed={pointed} />
      </LineChart>
    </div>
  )
}),
)
