import { useEffect, useState } from 'react'

/** Runs `task` once the next frame has been painted (a task after the frame's animation callbacks). */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0))
  else setTimeout(task, 0)
}

/**
 * True from the first paint after `ready` was: what is drawn once `ready` is on the screen before the
 * work that waits for this starts (e.g. requests that would compete with it for the main thread and,
 * on a phone, for the six connections of HTTP/1.1).
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!ready || painted) return
    let live = true
    afterNextPaint(() => {
      if (live) setPainted(true)
    })
    return () => {
      live = false
    }
  }, [ready, painted])
  return painted
}
