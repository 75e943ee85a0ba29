/**
 * helmet's security headers, worked out once and then set as they are. @fastify/helmet builds the
 * whole helmet middleware chain again on every request (it parsed the Content-Security-Policy
 * directives once per request: the profile in apps/api/bench/README.md). With this app's options
 * every header is the same for every request (no CSP nonces, no per-route helmet options), so the
 * first request runs helmet as @fastify/helmet would (`reply.helmet()`) and records what it set;
 * every later request gets those headers copied in.
 *
 * Register @fastify/helmet with `global: false` (it then only decorates `reply.helmet`) and call
 * this right after it.
 */
import type { FastifyInstance } from 'fastify'

type HeaderValue = string | number | readonly string[]

export function registerSecurityHeaders(app: FastifyInstance): void {
  let headers: [name: string, value: HeaderValue][] | null = null
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw
    if (headers === null) {
      const before = new Set(raw.getHeaderNames())
      reply.helmet()
      headers = raw
        .getHeaderNames()
        .filter((name) => !before.has(name))
        .flatMap((name): [string, HeaderValue][] => {
          const value = raw.getHeader(name)
          return value === undefined ? [] : [[name, value]]
        })
    } else {
      for (const [name, value] of headers) raw.setHeader(name, value)
    }
    done()
  })
}
