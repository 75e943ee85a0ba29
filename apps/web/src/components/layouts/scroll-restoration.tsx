import { useEffect, useLayoutEffect } from 'react'
import { useLocation, useNavigationType } from 'react-router'

const STORAGE_KEY = 'nap.scroll'

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
    const save = () => savePosition(location.key, window.scrollY)
    window.addEventListener('pagehide', save)
    return () => {
      window.removeEventListener('pagehide', save)
      save()
    }
  }, [location.key])

  useLayoutEffect(() => {
    if (navigationType === 'POP') {
      const y = readPositions()[location.key]
      if (y !== undefined) {
        window.scrollTo(0, y)
        return
      }
    }
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null
    if (target) target.scrollIntoView()
    else if (navigationType !== 'POP' || location.key === 'default') window.scrollTo(0, 0)
  }, [location.key, location.hash, navigationType])

  return null
}
