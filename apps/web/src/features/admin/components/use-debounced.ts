import { useEffect, useState } from 'react'

/**
 * `value` once it has stayed the same (by its JSON) for `delay` ms: the preview is asked for when
 * the editor pauses, not at every keystroke.
 */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  const key = JSON.stringify(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
    // The JSON key stands for the value: a new array with the same cells does not restart the wait.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, delay])
  return settled
}
