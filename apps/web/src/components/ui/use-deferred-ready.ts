import { useDeferredValue } from 'react'

/**
 * True once `ready` is, one render later: the content that needs the data is then rendered in a
 * background render, which React splits into short slices, instead of in one long task that blocks
 * the page the moment the data arrives (what Lighthouse counts as total blocking time). Until then the
 * caller keeps showing its placeholder.
 */
export function useDeferredReady(ready: boolean): boolean {
  return useDeferredValue(ready, false) && ready
}
