import { forwardRef, memo, type ReactElement } from 'react'
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
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
import { Marker, TargetMark } from './chart-marks.tsx'

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
  const observedDot = (code: CountryCode) =>
    function renderObservedDot(props: { cx?: number; cy?: number; index: number; value?: unknown }): ReactElement {
      if (props.cx == null || props.cy == null || props.value == null || props.index % markerStep !== 0) return <g key={`${code}-${props.index}`} />
      const style = COUNTRY_STYLE[code]
      return <Marker key={`${code}-${props.index}`} shape={style.marker} cx={props.cx} cy={props.cy} colour={style.colour} size={dense ? 2.75 : 3.5} />
    }

  return (
    <div ref={ref} className="chart-frame" role="img" aria-label={title} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={model.rows} margin={{ top: 44, right: 20, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e5e7eb" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            domain={model.domain}
            ticks={xTicks(model.domain[0], model.domain[1])}
            tickFormatter={(value: number) => formatYear(value)}
            stroke="#6b7280"
            tick={{ fill: '#374151', fontSize: 12 }}
            // Every tick given is shown (they are spaced by xTicks): no measuring of the labels in the DOM.
            interval={0}
            allowDataOverflow
          />
          <YAxis
            type="number"
            domain={['auto', 'auto']}
            tickFormatter={(value: number) => formatAxis(value, spec, lang)}
            stroke="#6b7280"
            tick={{ fill: '#374151', fontSize: 12 }}
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
              dot={observedDot(code)}
              activeDot={{ r: 5 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
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
