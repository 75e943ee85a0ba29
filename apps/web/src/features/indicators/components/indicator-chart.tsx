/**
 * The indicator chart, drawn as plain SVG from the chart model (utils/to-chart-data.ts) and the
 * geometry of utils/chart-scale.ts: history (solid, with markers), projection at the current pace
 * (dotted), required path (grey dashed), targets ◎ and milestones, band lines and event rules, and a
 * readout of the values under the pointer. The wrapper is an image described by the text summary; the
 * same numbers are in the table view.
 *
 * Why not Recharts (which drew this chart before): mounting a Recharts chart of this page took one
 * synchronous render of several hundred milliseconds on a phone-class CPU (its store re-renders the
 * chart after every part registers), the largest cause of the page's blocking time, and its code was
 * half of the page's JavaScript. This chart draws in a few milliseconds and a single render.
 */
import { forwardRef, memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react'
import type { CountryCode, Locale } from '@nap/domain'
import type { IndicatorSummary } from '@nap/schemas'
import { COUNTRY_STYLE } from '@/components/ui/country-style.ts'
import { formatAxis, formatValue, formatYear, type ValueFormatSpec } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { linePath, linearScale, nearestRow, niceTicks, yearTicks, type LinearScale } from '../utils/chart-scale.ts'
import { pathKey, projectionKey, type ChartModel } from '../utils/to-chart-data.ts'
import { Marker, TargetMark } from './chart-marks.tsx'

export const PATH_COLOUR = '#6b7280'
export const PATH_DASH = '6 4'
export const PROJECTION_DASH = '2 4'
const EVENT_COLOUR = '#9ca3af'
const GRID_COLOUR = '#e5e7eb'
const AXIS_COLOUR = '#6b7280'
const TICK_COLOUR = '#374151'
/** Up to this many rows every point has its marker; beyond, about MAX_MARKERS per line. */
const MARKER_ROWS = 150
const MAX_MARKERS = 60
const MARGIN = { top: 44, right: 20, bottom: 34, left: 4 }

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

interface Frame {
  x: LinearScale
  y: LinearScale
  yTicks: number[]
  left: number
  right: number
  top: number
  bottom: number
}

/** The value axis covers every drawn value, target and band line, on round ticks. */
function valueDomain(model: ChartModel): number[] {
  const keys = [...model.countries, ...model.withProjection.map(projectionKey), ...model.withPath.map(pathKey)]
  const values = model.rows.flatMap((row) => keys.map((key) => row[key]).filter((v): v is number => typeof v === 'number'))
  values.push(...model.targets.map((t) => t.value), ...model.bands.map((b) => b.value))
  if (values.length === 0) return []
  return niceTicks(Math.min(...values), Math.max(...values))
}

function frameFor(model: ChartModel, width: number, height: number, axisWidth: number): Frame {
  const left = MARGIN.left + axisWidth
  const right = Math.max(left + 1, width - MARGIN.right)
  const top = MARGIN.top
  const bottom = height - MARGIN.bottom
  const yTicks = valueDomain(model)
  const y0 = yTicks[0] ?? 0
  const y1 = yTicks.at(-1) ?? 1
  return { x: linearScale(model.domain, [left, right]), y: linearScale([y0, y1], [bottom, top]), yTicks, left, right, top, bottom }
}

interface LayerProps extends ValueFormatSpec {
  model: ChartModel
  frame: Frame
  lang: Locale
  clipId: string
}

/** Everything but the pointer readout: drawn again only when the model or the size changes. */
const ChartLayer = memo(function ChartLayer({ model, frame, lang, clipId, valueFormat, unitScale, decimals }: LayerProps) {
  const { x, y, yTicks, left, right, top, bottom } = frame
  const format = (value: number) => formatAxis(value, { valueFormat, unitScale, decimals }, lang)
  const dense = model.rows.length > 45
  const markerStep = model.rows.length > MARKER_ROWS ? Math.ceil(model.rows.length / MAX_MARKERS) : 1
  const line = (key: string) => linePath(model.rows, key, x, y)
  return (
    <>
      <defs>
        <clipPath id={clipId}>
          <rect x={left} y={top - 8} width={right - left} height={bottom - top + 16} />
        </clipPath>
      </defs>
      <g className="chart-grid">
        {yTicks.map((tick) => (
          <line key={tick} x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke={GRID_COLOUR} />
        ))}
      </g>
      <g className="chart-axis chart-axis--y" fontSize={12} fill={TICK_COLOUR}>
        <line x1={left} x2={left} y1={top} y2={bottom} stroke={AXIS_COLOUR} />
        {yTicks.map((tick) => (
          <text key={tick} x={left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        ))}
      </g>
      <g className="chart-axis chart-axis--x" fontSize={12} fill={TICK_COLOUR}>
        <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={AXIS_COLOUR} />
        {yearTicks(model.domain[0], model.domain[1]).map((year) => (
          <g key={year}>
            <line x1={x(year)} x2={x(year)} y1={bottom} y2={bottom + 6} stroke={AXIS_COLOUR} />
            <text x={x(year)} y={bottom + 20} textAnchor="middle">
              {formatYear(year)}
            </text>
          </g>
        ))}
      </g>
      <g className="chart-events">
        {model.events.map((event, index) => {
          const anchorEnd = (event.x - model.domain[0]) / (model.domain[1] - model.domain[0] || 1) > 0.75
          return (
            <g key={event.slug}>
              <line x1={x(event.x)} x2={x(event.x)} y1={top} y2={bottom} stroke={EVENT_COLOUR} />
              <text x={anchorEnd ? x(event.x) - 4 : x(event.x) + 4} y={top - 30 + (index % 3) * 12} fontSize={11} fill="#4b5563" textAnchor={anchorEnd ? 'end' : 'start'}>
                {event.label}
              </text>
            </g>
          )
        })}
      </g>
      <g clipPath={`url(#${clipId})`}>
        {model.bands.map((band) => (
          <line key={`band-${band.country}`} x1={left} x2={right} y1={y(band.value)} y2={y(band.value)} stroke={COUNTRY_STYLE[band.country].colour} strokeDasharray="1 3" strokeWidth={1.5} />
        ))}
        {model.withPath.map((code) => {
          const d = line(pathKey(code))
          return d ? <path key={`path-${code}`} className="chart-line chart-line--path" data-country={code} d={d} fill="none" stroke={PATH_COLOUR} strokeWidth={1.25} strokeDasharray={PATH_DASH} /> : null
        })}
        {model.withProjection.map((code) => {
          const d = line(projectionKey(code))
          return d ? (
            <path key={`projection-${code}`} className="chart-line chart-line--projection" data-country={code} d={d} fill="none" stroke={COUNTRY_STYLE[code].colour} strokeWidth={2} strokeDasharray={PROJECTION_DASH} strokeLinecap="round" />
          ) : null
        })}
        {model.countries.map((code) => {
          const d = line(code)
          const style = COUNTRY_STYLE[code]
          return (
            <g key={code}>
              {d ? <path className="chart-line chart-line--observed" data-country={code} d={d} fill="none" stroke={style.colour} strokeWidth={2.25} strokeLinejoin="round" /> : null}
              {model.rows.map((row, index) => {
                const value = row[code]
                if (typeof value !== 'number' || index % markerStep !== 0) return null
                return <Marker key={index} shape={style.marker} cx={x(row.x)} cy={y(value)} colour={style.colour} size={dense ? 2.75 : 3.5} />
              })}
            </g>
          )
        })}
      </g>
      {model.targets.map((target) => (
        <TargetMark
          key={`${target.country}-${target.kind}-${target.x}`}
          cx={x(target.x)}
          cy={y(target.value)}
          colour={COUNTRY_STYLE[target.country].colour}
          small={target.kind === 'milestone'}
        />
      ))}
    </>
  )
})

interface ReadoutItem {
  key: string
  name: string
  value: number
  colour: string
}

/** The width of the element, measured before the browser paints and kept up to date. */
function useWidth(ref: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return undefined
    setWidth(Math.round(element.getBoundingClientRect().width))
    if (typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}

export const IndicatorChart = memo(
  forwardRef<HTMLDivElement, IndicatorChartProps>(function IndicatorChart({ indicator, model, countryNames, title, describedBy, height = 360 }, ref) {
    const { t, lang } = useI18n()
    const frameRef = useRef<HTMLDivElement>(null)
    const setRefs = useCallback(
      (element: HTMLDivElement | null) => {
        frameRef.current = element
        if (typeof ref === 'function') ref(element)
        else if (ref) ref.current = element
      },
      [ref],
    )
    const width = useWidth(frameRef)
    const [active, setActive] = useState(-1)
    const spec = { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals }
    const axisWidth = indicator.valueFormat === 'pp' ? 70 : 64
    const frame = useMemo(() => (width > 0 ? frameFor(model, width, height, axisWidth) : null), [model, width, height, axisWidth])
    const clipId = `chart-clip-${indicator.slug}`

    const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
      if (!frame) return
      const box = event.currentTarget.getBoundingClientRect()
      const px = event.clientX - box.left
      if (px < frame.left || px > frame.right) return setActive(-1)
      const year = model.domain[0] + ((px - frame.left) / (frame.right - frame.left)) * (model.domain[1] - model.domain[0])
      setActive(nearestRow(model.rows, year))
    }

    const row = active >= 0 ? model.rows[active] : undefined
    const name = (code: CountryCode) => countryNames[code] ?? code
    const readout: ReadoutItem[] = row
      ? [
          ...model.countries.map((code) => ({ key: code, name: name(code), colour: COUNTRY_STYLE[code].colour, value: row[code] })),
          ...model.withProjection.map((code) => ({ key: projectionKey(code), name: t('chart.projection', { country: name(code) }), colour: COUNTRY_STYLE[code].colour, value: row[projectionKey(code)] })),
          ...model.withPath.map((code) => ({ key: pathKey(code), name: t('chart.path', { country: name(code) }), colour: PATH_COLOUR, value: row[pathKey(code)] })),
        ].filter((item): item is ReadoutItem => typeof item.value === 'number')
      : []
    const cursorX = row && frame ? frame.x(row.x) : 0

    return (
      <div ref={setRefs} className="chart-frame" role="img" aria-label={title} aria-describedby={describedBy} style={{ height }}>
        {frame ? (
          <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false" onPointerMove={onPointerMove} onPointerLeave={() => setActive(-1)}>
            <ChartLayer model={model} frame={frame} lang={lang} clipId={clipId} {...spec} />
            {row && readout.length ? (
              <g className="chart-cursor" pointerEvents="none">
                <line x1={cursorX} x2={cursorX} y1={frame.top} y2={frame.bottom} stroke="#9ca3af" />
                {model.countries.map((code) => {
                  const value = row[code]
                  return typeof value === 'number' ? <circle key={code} cx={cursorX} cy={frame.y(value)} r={5} fill={COUNTRY_STYLE[code].colour} stroke="#fff" strokeWidth={2} /> : null
                })}
              </g>
            ) : null}
          </svg>
        ) : null}
        {row && frame && readout.length ? (
          <div className="chart-readout" style={cursorX > (frame.left + frame.right) / 2 ? { right: width - cursorX + 12 } : { left: cursorX + 12 }}>
            <p className="chart-readout__label">{formatYear(row.x)}</p>
            <ul>
              {readout.map((item) => (
                <li key={item.key} style={{ color: item.colour }}>
                  {item.name}: {formatValue(item.value, spec, lang)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    )
  }),
)
