import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { earlyRequests } from './early-requests.ts'
import { startRoute } from './router.tsx'

const routeModules = Object.keys(import.meta.glob('./routes/*.tsx'))

/** The API paths the app itself asks for when it opens `url` (route-data.ts), before any answer. */
async function appRequests(url: string): Promise<string[]> {
  const requested: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      requested.push(input)
      return new Response('{}', { status: 503 })
    }),
  )
  const { pathname, search } = new URL(url, 'http://localhost')
  startRoute(new QueryClient({ defaultOptions: { queries: { retry: false } } }), { pathname, search })
  await new Promise((resolve) => setTimeout(resolve, 0))
  return requested
}

afterEach(() => vi.unstubAllGlobals())

describe('earlyRequests', () => {
  test.each([
    '/',
    '/goals',
    '/goals/1?country=MEX',
    '/indicators/gdp-per-capita-ppp?countries=CAN,MEX,USA,NAM',
    '/countries',
    '/countries/mex',
    '/about',
    '/changes',
    '/methodology',
  ])('asks %s only for what the page itself asks for, and names its chunk', async (url) => {
    const early = earlyRequests(new URL(url, 'http://localhost').pathname)
    expect(early).not.toBeNull()
    expect(await appRequests(url)).toEqual(expect.arrayContaining(early?.api ?? []))
    expect(routeModules).toContain(`./routes/${early?.chunk ?? ''}.tsx`)
  })

  test.each(['/goals/x', '/countries/FRA', '/admin', '/admin/sign-in', '/nowhere', '/indicators/%E0%A4%A'])('asks nothing early for %s', (url) => {
    expect(earlyRequests(url)).toBeNull()
  })
})
