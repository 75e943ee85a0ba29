/**
 * The API answers the early script (vite-plugins/early-requests.ts) asked for while the app's script
 * was downloading, by path. Each is taken once, by the first read of its path: a later read asks the
 * API again, so nothing is served stale.
 */
declare global {
  interface Window {
    napEarly?: Map<string, Promise<Response>>
  }
}

export function takeEarlyResponse(path: string): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.napEarly
  const response = early?.get(path)
  if (response) early?.delete(path)
  return response
}
