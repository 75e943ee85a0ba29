/**
 * The chart as Recharts draws it, with its readout: the axes, the tooltip box with the values of the
 * year under the pointer, its cursor and a dot on each line. Mounted (and its chunk, Recharts, loaded)
 * when a pointer first reaches the chart: until then the chart is the same drawing without Recharts
 * (indicator-chart.tsx), whose axes are laid out as Recharts lays these out (an e2e test compares them).
 */
import type { ReactNode } from 'react'
import { LineChart, Tooltip, type TooltipContentProps, useActiveTooltipLabel, XAxis, YAxis } from 'recharts'
import type { CountryCode } from '@nap/domain'
import type { IndicatorSummary } from '@nap/schemas'
import { COUNTRY_STYLE } from '@/components/ui/country-style.ts'
import { formatValue, formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { pathKey, projectionKey, type ChartModel } from '../utils/to-chart-data.ts'
import { AXIS_COLOUR, AXIS_LABEL_COLOUR, MARGIN, TICK_LABEL_DY, X_AXIS_HEIGHT, type Plot } from './chart-plot.ts'
import { PATH_COLOUR } from './chart-lines.ts'

export interface InteractiveChartProps {
  indicator: IndicatorSummary
  model: ChartModel
  countryNames: Partial<Record<string, string>>
  width: number
  height: number
  plot: Plot
  xTicks: readonly number[]
  yTicks: readonly number[]
  yAxisWidth: number
  yDomain: readonly [number, number]
  formatX: (value: number) => string
  formatY: (value: number) => string
  /** Drawn under the axes' labels and the history lines: grid, rules, guides. */
  under: ReactNode
  /** The histories, their markers and the targets. */
  over: ReactNode
  animate: boolean
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
      <text x={x} y={y} dy={dy} textAnchor={textAnchor} fill={AXIS_LABEL_COLOUR} fontSize={12}>
        {Number.isFinite(value) ? format(value) : ''}
      </text>
    )
  }
}

/** The year under the pointer: a dot on each history line. */
function ActiveDots({ model, plot }: { model: ChartModel; plot: Plot }) {
  const label = useActiveTooltipLabel()
  const row = label === undefined ? undefined : model.rows.find((r) => r.x === Number(label))
  if (!row) return null
  return (
    <g className="chart-active-dots">
      {model.countries.map((code) => {
        const value = row[code]
        const cx = plot.xScale(row.x)
        const cy = typeof value === 'number' ? plot.yScale(value) : undefined
        return cx === undefined || cy === undefined ? null : <circle key={code} cx={cx} cy={cy} r={5} fill={COUNTRY_STYLE[code].colour} stroke="#fff" strokeWidth={2} />
      })}
    </g>
  )
}

export function InteractiveChart(props: InteractiveChartProps) {
  const { indicator, model, countryNames, width, height, plot, xTicks, yTicks, yAxisWidth, yDomain, formatX, formatY, under, over, animate } = props
  const { t, lang } = useI18n()
  const spec = { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals }
  const name = (code: CountryCode) => countryNames[code] ?? code
  // The values of the year under the pointer: the histories, and the projections and required paths
  // (plain paths, not Recharts series), in Recharts' tooltip box.
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
    <LineChart width={width} height={height} data={model.rows} margin={MARGIN} accessibilityLayer={false}>
      {under}
      <XAxis
        dataKey="x"
        type="number"
        domain={model.domain}
        height={X_AXIS_HEIGHT}
        ticks={[...xTicks]}
        stroke={AXIS_COLOUR}
        tick={tickRenderer(formatX, TICK_LABEL_DY.x)}
        // Every tick given is shown (they are spaced by xTicks): no measuring of the labels in the DOM,
        // and none worked out (Recharts' "nice" ticks, in decimal arithmetic, on every store update).
        interval={0}
        niceTicks="none"
        allowDataOverflow
      />
      <YAxis
        type="number"
        domain={[...yDomain]}
        ticks={yTicks.length ? [...yTicks] : undefined}
        stroke={AXIS_COLOUR}
        tick={tickRenderer(formatY, TICK_LABEL_DY.y)}
        width={yAxisWidth}
        interval={0}
        niceTicks="none"
        // The domain is the ticks' (they cover every value drawn): taken as given, since no Recharts
        // series brings data for it to widen (the lines are plain paths).
        allowDataOverflow
      />
      {/* Recharts hides its box when no series of its own gave values (the lines are plain paths): the
          readout finds the values itself and draws nothing when the pointer is off the chart. */}
      <Tooltip isAnimationActive={animate} filterNull={false} content={readout} wrapperStyle={{ visibility: 'visible' }} />
      {over}
      <ActiveDots model={model} plot={plot} />
    </LineChart>
  )
}
