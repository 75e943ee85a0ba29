/**
 * Writes dist/.vite/chunk-modules.json: for every JavaScript chunk, the source modules in it (paths
 * relative to the web app, packages as `node_modules/<name>/…`). The build manifest says which chunk
 * imports which; this says what each one holds, so the bundle budget (scripts/check-bundle-budget.ts)
 * can prove that no admin module reaches a public page.
 */
import { relative } from 'node:path'
import type { Plugin } from 'vite'

export const CHUNK_MODULES_FILE = '.vite/chunk-modules.json'

/** `/repo/node_modules/.pnpm/x@1/node_modules/x/y.js` → `node_modules/x/y.js`; app files relative to `root`. */
export function moduleName(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0] ?? id
  const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(clean)
  if (inPackage) return `node_modules/${inPackage[1] ?? ''}${inPackage[2] ?? ''}`
  return relative(root, clean)
}

export function chunkModules(): Plugin {
  let root = process.cwd()
  return {
    name: 'nap:chunk-modules',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    generateBundle(_options, bundle) {
      const chunks: Record<string, string[]> = {}
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks[output.fileName] = output.moduleIds.map((id) => moduleName(id, root)).sort()
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_MODULES_FILE, source: `${JSON.stringify(chunks, null, 1)}\n` })
    },
  }
}
