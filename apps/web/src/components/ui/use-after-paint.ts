import { useEffect, useLayoutEffect, useRef, useState } from 'react'

/**
 * False until the browser has painted the component's first render, then true: for work that must
 * not delay that paint (a large chunk's download and the long render it brings), started right after
 * the first screen is drawn instead of together with it.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffectAfterPaint(() => setPainted(true))
  return painted
}

/** Runs `effect` once, after the browser has painted the component's first render. */
export function useEffectAfterPaint(effect: () => void): void {
  const latest = useRef(effect)
  useLayoutEffect(() => {
    latest.current = effect
  })
  useEffect(() => {
    let frame = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    // The first frame callback runs before that paint, the second one frame later (the first frame is
    // on screen by then); the task queued from it runs after the second frame's own work.
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => latest.current(), 0)
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [])
}
