/**
 * helmet's security headers, worked out once and then set as they are. @fastify/helmet builds the
 * whole helmet middleware chain again on every request (it parsed the Content-Security-Policy
 * directives once per request: the profile in apps/api/bench/README.md). With this app's options
 * every header is the same for every request (no CSP nonces, no per-route helmet options), so the
 * first request runs helmet as @fastify/helmet would (`reply.helmet()`) and records what it set;
 * every later request gets those headers.
 *
 * They go into the reply's own headers (`reply.header`), not onto the raw response: Node sends a
 * response whose headers all come to `writeHead` in one object by checking each header once, while
 * one header set on the raw response first makes it set every one of the reply's headers on it
 * again (`setHeader`, checked and stored one by one) before writing them.
 *
 * Register @fastify/helmet with `global: false` (it then only decorates `reply.helmet`) and call
 * this right after it.
 */
import type { FastifyInstance } from 'fastify'

type HeaderValue = string | number | readonly string[]

export function registerSecurityHeaders(app: FastifyInstance): void {
  let headers: [name: string, value: HeaderValue][] | null = null
  app.addHook('onRequest', (_request, reply, done) => {
    if (headers === null) {
      const raw = reply.raw
      const before = new Set(raw.getHeaderNames())
      reply.helmet()
      headers = raw
        .getHeaderNames()
        .filter((name) => !before.has(name))
        .flatMap((name): [string, HeaderValue][] => {
          const value = raw.getHeader(name)
          return value === undefined ? [] : [[name, value]]
        })
      for (const [name] of headers) raw.removeHeader(name)
    }
    for (const [name, value] of headers) reply.header(name, value)
    done()
  })
}
