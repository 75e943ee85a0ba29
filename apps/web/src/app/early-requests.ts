/**
 * What the HTML's inline script requests for the page at a URL before the app's script has arrived
 * (vite-plugins/early-requests.ts writes this module into index.html): the page's code chunk and the
 * API answers that need no other answer. Without it, both waited for the entry script (the largest
 * file) to download and run; now they download beside it. The app then takes these answers instead
 * of asking again (lib/early-responses.ts); a URL missing here is only asked for later, never wrong.
 * early-requests.test.ts checks that each URL listed is one the page itself asks for.
 *
 * No imports: the build turns this file alone into the inline script.
 */

export interface EarlyRequests {
  /** The page's chunk: the file name of src/app/routes/<chunk>.tsx. */
  chunk: string
  /** API paths, exactly as the app's query functions write them. */
  api: string[]
}

const DISPLAY_COUNTRIES = ['CAN', 'MEX', 'USA', 'NAM']

function segment(raw: string): string | null {
  try {
    return encodeURIComponent(decodeURIComponent(raw))
  } catch {
    return null
  }
}

export function earlyRequests(pathname: string): EarlyRequests | null {
  const parts = pathname.split('/').filter(Boolean)
  const [first, second] = parts.map((part) => part.toLowerCase())
  if (parts.length === 0) return { chunk: 'overview', api: ['/api/goals', '/api/countries', '/api/progress', '/api/indicators', '/api/sources'] }
  if (parts.length > 2) return null
  if (first === 'goals') {
    if (second === undefined) return { chunk: 'goals', api: ['/api/goals'] }
    if (!/^\d+$/.test(second)) return null
    const goal = String(Number(second))
    return { chunk: 'goal', api: ['/api/countries', `/api/progress?goal=${goal}`, `/api/goals/${goal}`] }
  }
  if (first === 'indicators' && parts[1] !== undefined) {
    const slug = segment(parts[1])
    if (slug === null) return null
    return { chunk: 'indicator', api: ['/api/countries', `/api/indicators/${slug}/progress`, '/api/events', `/api/indicators/${slug}`] }
  }
  if (first === 'countries') {
    if (second === undefined) return { chunk: 'countries', api: ['/api/countries', '/api/progress'] }
    const code = second.toUpperCase()
    if (!DISPLAY_COUNTRIES.includes(code)) return null
    return { chunk: 'country', api: ['/api/countries', '/api/goals', '/api/indicators', `/api/progress?country=${code}`] }
  }
  if (parts.length > 1) return null
  if (first === 'about') return { chunk: 'about', api: ['/api/sources', '/api/events', '/api/health'] }
  if (first === 'changes') return { chunk: 'changes', api: ['/api/indicators', '/api/countries'] }
  if (first === 'methodology') return { chunk: 'methodology', api: [] }
  return null
}
