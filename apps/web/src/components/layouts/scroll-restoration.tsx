import { useEffect, useLayoutEffect } from 'react'
import { useLocation, useNavigationType } from 'react-router'

const STORAGE_KEY = 'nap.scroll'
/** How long going back waits for the page to be tall enough to return to the saved position. */
const RESTORE_WAIT_MS = 3000

function readPositions(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}')
    if (typeof parsed !== 'object' || parsed === null) return {}
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'))
  } catch {
    return {}
  }
}

function savePosition(key: string, y: number): void {
  try {
    const positions = readPositions()
    positions[key] = y
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions))
  } catch {
    // Storage can be unavailable (private mode): back then starts at the top.
  }
}

/** Runs `scroll` once `ready()` (the page's data and code may still be arriving), or after a wait. */
function whenReady(ready: () => boolean, scroll: () => void): () => void {
  const deadline = performance.now() + RESTORE_WAIT_MS
  let frame = 0
  const attempt = () => {
    if (ready() || performance.now() > deadline) {
      scroll()
      return
    }
    frame = requestAnimationFrame(attempt)
  }
  attempt()
  // The reader scrolling (or leaving) first wins.
  const cancel = () => cancelAnimationFrame(frame)
  window.addEventListener('wheel', cancel, { once: true, passive: true })
  window.addEventListener('touchstart', cancel, { once: true, passive: true })
  return () => {
    cancel()
    window.removeEventListener('wheel', cancel)
    window.removeEventListener('touchstart', cancel)
  }
}

/**
 * Scroll like a document: a new page starts at the top (or at its #fragment), going back or forward
 * returns to where the reader was (positions kept per history entry in sessionStorage, so a reload
 * keeps them too). The data router's <ScrollRestoration> does this for the data router only.
 */
export function ScrollRestoration() {
  const location = useLocation()
  const navigationType = useNavigationType()

  useEffect(() => {
    window.history.scrollRestoration = 'manual'
    // The position is read while scrolling (cheap then), never when arriving or leaving: reading it
    // then would force a layout of the page being built or replaced. A page starts at the top.
    let y = 0
    const track = () => {
      y = window.scrollY
    }
    const save = () => savePosition(location.key, y)
    window.addEventListener('scroll', track, { passive: true })
    window.addEventListener('pagehide', save)
    return () => {
      window.removeEventListener('scroll', track)
      window.removeEventListener('pagehide', save)
      save()
    }
  }, [location.key])

  useLayoutEffect(() => {
    const id = location.hash ? decodeURIComponent(location.hash.slice(1)) : ''
    const target = () => (id ? document.getElementById(id) : null)
    if (navigationType === 'POP' && location.key !== 'default') {
      const y = readPositions()[location.key]
      if (y !== undefined) return whenReady(() => document.documentElement.scrollHeight - window.innerHeight >= y, () => window.scrollTo(0, y))
    }
    if (id) return whenReady(() => target() !== null, () => target()?.scrollIntoView())
    // The first page of a visit opens at the top anyway.
    if (location.key !== 'default') window.scrollTo(0, 0)
    return undefined
  }, [location.key, location.hash, navigationType])

  return null
}
