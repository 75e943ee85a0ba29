/**
 * The early script: a small classic script, loaded `async` from index.html before the entry, that
 * starts the page's own requests while the entry script (the largest file) is still downloading —
 * the API answers that need no other answer (kept in `window.napEarly`, taken by lib/api-client.ts)
 * and the page's code chunk (imported, with the chunks it imports). What a URL needs is
 * src/app/early-requests.ts, written into the script as it is; the chunk files come from the build.
 * A file, not an inline script: the API's Content-Security-Policy allows scripts from 'self' only.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { transformWithEsbuild, type Plugin, type Rollup } from 'vite'

const WARM_UP = '<script async src="/warm-up.js"></script>'
const ROUTE_MODULE = /\/src\/app\/routes\/([a-z-]+)\.tsx$/

/**
 * Each page's chunk file (src/app/routes/<name>.tsx) and the chunks it imports (all of them but the
 * entry, which index.html loads), as URLs: imported together, they download side by side instead of
 * the imports being found only once the page's chunk has arrived (one more round trip on a phone).
 */
export function routeChunkFiles(bundle: Rollup.OutputBundle): Record<string, string[]> {
  const chunks = new Map<string, Rollup.OutputChunk>()
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output)
  const importsOf = (fileName: string, seen: Set<string>): void => {
    for (const imported of chunks.get(fileName)?.imports ?? []) {
      if (seen.has(imported) || chunks.get(imported)?.isEntry) continue
      seen.add(imported)
      importsOf(imported, seen)
    }
  }
  const out: Record<string, string[]> = {}
  for (const output of chunks.values()) {
    if (output.isEntry || !output.isDynamicEntry) continue
    // The page module is the chunk's facade, or, when the chunk also holds modules that another chunk
    // imports (the indicator page's, which its chart shares), one of its modules: Rollup then gives the
    // chunk no facade.
    const names = (output.facadeModuleId ? [output.facadeModuleId] : output.moduleIds).flatMap((id) => ROUTE_MODULE.exec(id)?.[1] ?? [])
    if (names.length === 0) continue
    const imports = new Set<string>()
    importsOf(output.fileName, imports)
    for (const name of names) out[name] = [output.fileName, ...[...imports].sort()].map((file) => `/${file}`)
  }
  return out
}

/** The script: early-requests.ts without its exports, then the requests for `location`, in one function scope. */
export async function earlyScript(moduleSource: string, chunks: Record<string, string[]>): Promise<string> {
  const source = `(() => {
${moduleSource.replace(/^export /gm, '')}
  const early = earlyRequests(location.pathname)
  if (!early) return
  const chunks: Record<string, string[]> = ${JSON.stringify(chunks)}
  const responses = new Map<string, Promise<Response>>()
  for (const path of early.api) {
    const response = fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } })
    response.catch(() => undefined) // a failed request is the app's to report, when it takes it
    responses.set(path, response)
  }
  Object.assign(window, { napEarly: responses })
  // The page's chunk and the chunks it imports as module imports (shared with the app's, the entry's
  // too): a modulepreload link added from here was only fetched once the entry had run.
  for (const chunk of chunks[early.chunk] ?? []) import(chunk).catch(() => undefined)
})()
`
  const result = await transformWithEsbuild(source, 'early-requests.ts', { loader: 'ts', minify: true, target: 'es2022' })
  return result.code
}

export function earlyRequests(modulePath: string): Plugin {
  let outDir = 'dist'
  let script: { fileName: string; code: string } | null = null
  return {
    name: 'nap:early-requests',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.bundle) return html
        const code = await earlyScript(readFileSync(modulePath, 'utf8'), routeChunkFiles(context.bundle))
        const fileName = `assets/early-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`
        script = { fileName, code }
        // Before the entry and warm-up.js: its requests are the first to leave.
        if (!html.includes(WARM_UP)) throw new Error(`nap:early-requests: index.html has no ${WARM_UP}`)
        return html.replace(WARM_UP, `<script async src="/${fileName}"></script>\n    ${WARM_UP}`)
      },
    },
    async writeBundle() {
      if (script) await writeFile(join(outDir, script.fileName), script.code)
    },
  }
}
