import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react'
import { CHART_HEIGHT } from './chart-lines.ts'

/** The chart's empty frame, of the chart's height (nothing moves when the chart arrives). */
export function ChartPlaceholder() {
  return <div className="chart-frame" style={{ height: CHART_HEIGHT }} />
}

/**
 * The chart's place on the page: its empty frame until `ready`, then `children` with the frame's
 * width, followed as it changes (a phone turned, a window resized). Knowing its width, the chart draws
 * in its first render (in slices): measuring itself, it drew in a second render that React could not
 * split, one long task.
 */
export function ChartSlot({ ready, children }: { ready: boolean; children: (width: number) => ReactNode }) {
  const slot = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState<number | null>(null)
  useEffect(() => {
    const element = slot.current
    if (!ready || !element) return
    // In a transition: the chart (a long render) is drawn in short slices, not in one long task.
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width)
      startTransition(() => setWidth(next))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ready])
  return (
    <div ref={slot} className="chart-slot">
      {width === null || width <= 0 ? <div className="chart-frame" style={{ height: CHART_HEIGHT }} /> : children(width)}
    </div>
  )
}
