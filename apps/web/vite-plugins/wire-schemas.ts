/**
 * Build-time wire schemas: the production build replaces src/lib/wire-schemas.ts (zod schemas turned
 * into JSON Schema when it runs) with the JSON Schemas it produces, computed here by running the module
 * in Node. The browser gets plain JSON and the small checker of src/lib/json-check.ts, never zod.
 * Tests and the dev server use the module as written (the same conversion, at run time).
 */
import { pathToFileURL } from 'node:url'
import type { Plugin } from 'vite'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** A parser made by `wire()`: an object with `safeParse` and the checked `schema`. */
function isWireParser(value: unknown): value is { schema: unknown } {
  return isRecord(value) && typeof value['safeParse'] === 'function' && isRecord(value['schema'])
}

/** The module text that replaces the wire-schemas module (exported for the plugin's test). */
export async function prebuiltWireModule(file: string): Promise<string> {
  const module: Record<string, unknown> = await import(pathToFileURL(file).href)
  const lines = [
    `// Generated at build time from ${file.split('/').slice(-3).join('/')} (vite-plugins/wire-schemas.ts).`,
    "import { jsonParser } from './json-check.ts'",
  ]
  for (const [name, value] of Object.entries(module)) {
    // The helpers that build parsers from zod schemas are not shipped: importing them in the browser fails the build.
    if (typeof value === 'function') continue
    if (!isWireParser(value)) throw new Error(`wire-schemas: export "${name}" of ${file} is not a wire(...) parser`)
    lines.push(`export const ${name} = /* @__PURE__ */ jsonParser(${JSON.stringify(value.schema)})`)
  }
  return `${lines.join('\n')}\n`
}

export function prebuiltWireSchemas(file: string): Plugin {
  return {
    name: 'nap:wire-schemas',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      if (id.split('?')[0] !== file) return null
      return { code: await prebuiltWireModule(file), map: null }
    },
  }
}
