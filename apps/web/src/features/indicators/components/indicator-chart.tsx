import { forwardRef, memo } from 'react'
import {
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  useYAxisTicks,
  XAxis,
  YAxis,
} from 'recharts'
import type { CountryCode } from '@nap/domain'
import type { IndicatorSummary } from '@nap/schemas'
import { COUNTRY_STYLE } from '@/components/ui/country-style.ts'
import { useReducedMotion } from '@/components/ui/use-reduced-motion.ts'
import { formatAxis, formatValue, formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { pathKey, projectionKey, type ChartModel } from '../utils/to-chart-data.ts'
import { valueTicks } from '../utils/value-ticks.ts'
import { markerPath, TargetMark } from './chart-marks.tsx'

export const PATH_COLOUR = '#6b7280'
export const PATH_DASH = '6 4'
export const PROJECTION_DASH = '2 4'
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
}

interface EventLabelProps {
  viewBox?: { x?: number; y?: number }
  text: string
  row: number
  /** Write the label to the left of the rule (near the right edge of the chart). */
  anchorEnd: boolean
}

function EventLabel({ viewBox, text, row, anchorEnd }: EventLabelProps) {
  const x = viewBox?.x ?? 0
  const y = viewBox?.y ?? 0
  return (
    <text x={anchorEnd ? x - 4 : x + 4} y={y - 30 + row * 12} fontSize={11} fill="#4b5563" textAnchor={anchorEnd ? 'end' : 'start'}>
      {text}
    </text>
  )
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

/**
 * The horizontal grid lines at the value ticks. Recharts' <CartesianGrid> works its lines out again
 * from the axis and measures every tick label in the DOM to do so (a forced layout each).
 */
function HorizontalGrid() {
  const area = usePlotArea()
  const ticks = useYAxisTicks()
  if (!area || !ticks) return null
  return (
    <g className="chart-grid">
      {ticks.map((tick) => (
        <line key={tick.index} x1={area.x} x2={area.x + area.width} y1={tick.coordinate} y2={tick.coordinate} stroke="#e5e7eb" />
      ))}
    </g>
  )
}

/**
 * Every marker of a country's history in one <path> (a few elements instead of one per point): the
 * markers keep the lines apart without colour, as UI.md asks.
 */
function CountryMarkers({ model, step, size }: { model: ChartModel; step: number; size: number }) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y) return null
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

/**
 * History (solid, with markers), projection at the current pace (dotted), required path (grey
 * dashed), targets ◎ and milestones, and event rules. The wrapper is an image described by the text
 * summary; the same numbers are in the table view.
 */
export const IndicatorChart = memo(
  forwardRef<HTMLDivElement, IndicatorChartProps>(function IndicatorChart(
  { indicator, model, countryNames, title, describedBy, height = 360 },
  ref,
) {
  const { t, lang } = useI18n()
  // Lines are drawn at once, never animated: Recharts' drawing animation renders every line again on
  // each frame for a second and a half, which kept the page busy (blocking time) while it loaded.
  const reduced = useReducedMotion()
  const spec = { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals }
  const name = (code: CountryCode) => countryNames[code] ?? code
  const dense = model.rows.length > 45
  // A long series (monthly data) keeps its distinct markers, about MAX_MARKERS of them, not one per point.
  const markerStep = model.rows.length > MARKER_ROWS ? Math.ceil(model.rows.length / MAX_MARKERS) : 1
  const yTicks = valueTicks(model)

  return (
    <div ref={ref} className="chart-frame" role="img" aria-label={title} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={model.rows} margin={{ top: 44, right: 20, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <HorizontalGrid />
          <XAxis
            dataKey="x"
            type="number"
            domain={model.domain}
            ticks={xTicks(model.domain[0], model.domain[1])}
            stroke="#6b7280"
            tick={tickRenderer(formatYear, '0.71em')}
            // Every tick given is shown (they are spaced by xTicks): no measuring of the labels in the DOM.
            interval={0}
            allowDataOverflow
          />
          <YAxis
            type="number"
            domain={yTicks.length ? [yTicks[0] ?? 0, yTicks.at(-1) ?? 1] : ['auto', 'auto']}
            ticks={yTicks.length ? yTicks : undefined}
            stroke="#6b7280"
            tick={tickRenderer((value) => formatAxis(value, spec, lang), '0.32em')}
            width={indicator.valueFormat === 'pp' ? 70 : 64}
            interval={0}
          />
          <Tooltip
            isAnimationActive={!reduced}
            labelFormatter={(label) => formatYear(Number(label))}
            formatter={(value, seriesName) => [typeof value === 'number' ? formatValue(value, spec, lang) : String(value), String(seriesName)]}
          />
          {model.events.map((event, index) => (
            <ReferenceLine
              key={event.slug}
              x={event.x}
              stroke={EVENT_COLOUR}
              strokeWidth={1}
              label={<EventLabel text={event.label} row={index % 3} anchorEnd={(event.x - model.domain[0]) / (model.domain[1] - model.domain[0] || 1) > 0.75} />}
            />
          ))}
          {model.bands.map((band) => (
            <ReferenceLine
              key={`band-${band.country}`}
              y={band.value}
              stroke={COUNTRY_STYLE[band.country].colour}
              strokeDasharray="1 3"
              strokeWidth={1.5}
              ifOverflow="extendDomain"
            />
          ))}
          {model.withPath.map((code) => (
            <Line
              key={`path-${code}`}
              dataKey={pathKey(code)}
              name={t('chart.path', { country: name(code) })}
              stroke={PATH_COLOUR}
              strokeWidth={1.25}
              strokeDasharray={PATH_DASH}
              dot={false}
              activeDot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          {model.withProjection.map((code) => (
            <Line
              key={`projection-${code}`}
              dataKey={projectionKey(code)}
              name={t('chart.projection', { country: name(code) })}
              stroke={COUNTRY_STYLE[code].colour}
              strokeWidth={2}
              strokeDasharray={PROJECTION_DASH}
              strokeLinecap="round"
              dot={false}
              activeDot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          {model.countries.map((code) => (
            <Line
              key={code}
              dataKey={code}
              name={name(code)}
              stroke={COUNTRY_STYLE[code].colour}
              strokeWidth={2.25}
              dot={false}
              activeDot={{ r: 5 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          <CountryMarkers model={model} step={markerStep} size={dense ? 2.75 : 3.5} />
          {model.targets.map((target) => (
            <ReferenceDot
              key={`${target.country}-${target.kind}-${target.x}`}
              x={target.x}
              y={target.value}
              ifOverflow="extendDomain"
              shape={(props: { cx?: number; cy?: number }) => (
                <TargetMark cx={props.cx ?? 0} cy={props.cy ?? 0} colour={COUNTRY_STYLE[target.country].colour} small={target.kind === 'milestone'} />
              )}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}),
)
