import { startTransition, useEffect, useState } from 'react'

/** How long to wait for the paint's report before going ahead anyway (the element may never be drawn). */
const FALLBACK_MS = 1500

/**
 * False until the browser reports it has painted the element marked `elementtiming={identifier}`
 * (Element Timing API), then true: for work that must not delay that paint (a large chunk's
 * download and the long render it brings). Where the API is missing, true after the next frames and
 * an idle moment; in any case true after FALLBACK_MS.
 */
export function useElementPainted(identifier: string): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let frame = 0
    // In a transition: what waited for the paint is drawn in short slices, not in one long task.
    const done = () => startTransition(() => setPainted(true))
    const fallback = setTimeout(done, FALLBACK_MS)
    let observer: PerformanceObserver | undefined
    if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('element')) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => 'identifier' in entry && entry.identifier === identifier)) done()
      })
      observer.observe({ type: 'element', buffered: true })
    } else {
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => setTimeout(done, 0))
      })
    }
    return () => {
      clearTimeout(fallback)
      cancelAnimationFrame(frame)
      observer?.disconnect()
    }
  }, [identifier])
  return painted
}
