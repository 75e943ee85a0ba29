/**
 * The dashboard's bundle budgets, read from a production build (its .vite/manifest.json and the
 * .vite/chunk-modules.json of vite-plugins/chunk-modules.ts):
 *
 * - the overview's JavaScript at most 120 kB gzipped, every other page's at most 250 kB: what a page
 *   loads before it can show itself — the entry, the page's own chunk, everything they import, and the
 *   chunks the page imports on its first render (its Markdown, its charts);
 * - no module of the admin UI (src/features/admin, src/app/routes/admin.tsx) in any public page.
 *
 * Left out of a page's total, and listed: chunks loaded only on a reader's action (a CSV or image
 * download) and the Spanish and French variants of the English chunks (a reader gets one language).
 * Sizes are gzip level 9, as the pre-compressed files the server sends (vite-plugins/precompress.ts).
 *
 *   node scripts/check-bundle-budget.ts [dist]      (default apps/web/dist; exits 1 over budget)
 *
 * The browser tests run the same check on the build they test (apps/web/e2e/bundle-budget.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export const OVERVIEW_BUDGET = 120_000
export const ROUTE_BUDGET = 250_000

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

/**
 * Modules a page loads only when the reader asks (not on its first screen): the CSV writer and the
 * image export on a download, Recharts' axes and readout when a pointer first reaches the chart.
 */
const ON_DEMAND = ['src/features/indicators/utils/csv.ts', 'src/components/charts/chart-export.ts', 'src/features/indicators/components/interactive-chart.tsx']
/** The Spanish and French variants of a chunk whose English variant is counted. */
const OTHER_LANGUAGE = /[./](es|fr)\.(json(\?part=\w+)?|md\?html)$/
/** Chunks a page loads together with its own although the entry imports them (router.tsx): the admin UI's messages. */
const LOADED_WITH: Readonly<Record<string, readonly string[]>> = { admin: ['src/i18n/messages/en.json?part=admin'] }
const ADMIN_MODULE = /^src\/(features\/admin\/|app\/routes\/admin\.tsx$)/
const ROUTE_MODULE = /^src\/app\/routes\/([a-z-]+)\.tsx$/

export interface FileSize {
  file: string
  raw: number
  gzip: number
  brotli: number
}

export interface RouteBundle {
  /** The page module's name: overview, goal, indicator… */
  route: string
  /** JavaScript loaded before the page shows itself. */
  files: FileSize[]
  /** Chunks left out of the total: on a reader's action, or another language's variant. */
  deferred: string[]
  css: FileSize[]
  raw: number
  gzip: number
  brotli: number
  budget: number | null
  /** The source modules in the page's files (app paths, `node_modules/<package>/…`). */
  modules: string[]
  /** Admin modules found in the page's files (must be none for a public page). */
  adminModules: string[]
}

export interface BudgetReport {
  routes: RouteBundle[]
  failures: string[]
  text: string
}

function sizeOf(dist: string, file: string, cache: Map<string, FileSize>): FileSize {
  let size = cache.get(file)
  if (!size) {
    const bytes = readFileSync(join(dist, file))
    size = {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }
    cache.set(file, size)
  }
  return size
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1)

export function checkBundleBudget(dist: string): BudgetReport {
  const manifestPath = join(dist, '.vite', 'manifest.json')
  const modulesPath = join(dist, '.vite', 'chunk-modules.json')
  if (!existsSync(manifestPath) || !existsSync(modulesPath)) {
    throw new Error(`${dist} has no .vite/manifest.json or .vite/chunk-modules.json: build the web app first (pnpm build)`)
  }
  const manifest: Manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const chunkModules: Record<string, string[]> = JSON.parse(readFileSync(modulesPath, 'utf8'))
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
  if (!entryKey) throw new Error(`${manifestPath} has no entry`)
  const sizes = new Map<string, FileSize>()

  const bundleOf = (route: string, routeKey: string): RouteBundle => {
    const seen = new Set<string>()
    const deferred = new Set<string>()
    const queue = [entryKey, routeKey, ...(LOADED_WITH[route] ?? [])]
    while (queue.length) {
      const key = queue.shift() ?? ''
      if (seen.has(key)) continue
      const chunk = manifest[key]
      if (!chunk) throw new Error(`${manifestPath}: "${key}" is imported but not listed`)
      seen.add(key)
      queue.push(...(chunk.imports ?? []))
      // The entry's dynamic imports are the other pages; a page's are what it renders with, unless deferred.
      if (key === entryKey) continue
      for (const next of chunk.dynamicImports ?? []) {
        if (ON_DEMAND.includes(next) || OTHER_LANGUAGE.test(next)) deferred.add(manifest[next]?.file ?? next)
        else queue.push(next)
      }
    }
    const chunks = [...seen].map((key) => manifest[key]).filter((chunk): chunk is ManifestChunk => chunk !== undefined)
    const files = [...new Set(chunks.map((chunk) => chunk.file))].map((file) => sizeOf(dist, file, sizes))
    const css = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].map((file) => sizeOf(dist, file, sizes))
    const sum = (key: 'raw' | 'gzip' | 'brotli') => files.reduce((total, file) => total + file[key], 0)
    const modules = [...new Set(files.flatMap((file) => chunkModules[file.file] ?? []))].sort()
    return {
      route,
      files,
      deferred: [...deferred].filter((file) => !files.some((f) => f.file === file)).sort(),
      css,
      raw: sum('raw'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      budget: route === 'overview' ? OVERVIEW_BUDGET : ROUTE_BUDGET,
      modules,
      adminModules: modules.filter((id) => ADMIN_MODULE.test(id)),
    }
  }

  // A page is the dynamic chunk holding its route module (src/app/routes/*.tsx). The chunk's manifest
  // key is that module, or "_<name>.js" when a lazy part of the page imports from the page's chunk.
  const routeOf = (chunk: ManifestChunk): string | undefined =>
    (chunkModules[chunk.file] ?? []).map((id) => ROUTE_MODULE.exec(id)?.[1]).find((name) => name !== undefined && name !== 'route-error')
  const routes = Object.entries(manifest)
    .flatMap(([key, chunk]) => {
      const route = chunk.isDynamicEntry ? routeOf(chunk) : undefined
      return route ? [bundleOf(route, key)] : []
    })
    .sort((a, b) => (a.route === 'overview' ? -1 : b.route === 'overview' ? 1 : a.route.localeCompare(b.route)))

  const failures: string[] = []
  if (!routes.some((r) => r.route === 'overview')) failures.push('no overview page chunk (src/app/routes/overview.tsx) in the manifest')
  for (const r of routes) {
    if (r.budget !== null && r.gzip > r.budget) failures.push(`${r.route}: ${kB(r.gzip)} kB gzipped > budget ${kB(r.budget)} kB`)
    if (r.route !== 'admin' && r.adminModules.length) failures.push(`${r.route} loads admin modules: ${[...new Set(r.adminModules)].join(', ')}`)
  }
  if (!routes.some((r) => r.route === 'admin')) failures.push('no admin page chunk (src/app/routes/admin.tsx): it must stay its own chunk')

  const lines = [
    `JavaScript per page, first screen (gzip -9; brotli q11), from ${dist}:`,
    `${'page'.padEnd(12)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)} ${'budget'.padStart(7)} ${'brotli'.padStart(7)}  files`,
    ...routes.map(
      (r) =>
        `${r.route.padEnd(12)} ${kB(r.raw).padStart(8)} ${kB(r.gzip).padStart(8)} ${(r.budget === null ? '—' : kB(r.budget)).padStart(7)} ${kB(r.brotli).padStart(7)}  ${r.files.map((f) => f.file.replace(/^assets\//, '')).join(' ')}${r.deferred.length ? `  (on demand: ${r.deferred.map((f) => f.replace(/^assets\//, '')).join(' ')})` : ''}`,
    ),
    '',
    'files:',
    ...[...sizes.values()]
      .sort((a, b) => b.gzip - a.gzip)
      .map((f) => `  ${f.file.padEnd(44)} ${kB(f.raw).padStart(8)} kB  gzip ${kB(f.gzip).padStart(7)} kB  brotli ${kB(f.brotli).padStart(7)} kB`),
  ]
  if (failures.length) lines.push('', 'OVER BUDGET:', ...failures.map((f) => `  ${f}`))
  return { routes, failures, text: lines.join('\n') }
}

if (import.meta.main) {
  const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'apps', 'web', 'dist')
  const report = checkBundleBudget(dist)
  console.log(report.text)
  if (report.failures.length) process.exitCode = 1
}
