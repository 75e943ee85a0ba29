import { useEffect, useRef, useState, type ReactNode } from 'react'
import { CHART_HEIGHT } from './chart-lines.ts'

/** The chart's empty frame, of the chart's height (nothing moves when the chart arrives). */
export function ChartPlaceholder() {
  return <div className="chart-frame" style={{ height: CHART_HEIGHT }} />
}

/**
 * The chart's place on the page: its empty frame until `ready`, then `children` with the frame's
 * width. Knowing its width, the chart draws in its first render (in slices): measuring itself, it
 * drew in a second render that React could not split, one long task.
 */
export function ChartSlot({ ready, children }: { ready: boolean; children: (width: number) => ReactNode }) {
  const frame = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState<number | null>(null)
  useEffect(() => {
    if (ready && width === null) setWidth(Math.round(frame.current?.getBoundingClientRect().width ?? 0))
  }, [ready, width])
  if (width === null) return <div ref={frame} className="chart-frame" style={{ height: CHART_HEIGHT }} />
  return children(width)
}
