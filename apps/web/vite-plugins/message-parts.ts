/**
 * The message catalogs in two parts, so the public pages do not download the admin UI's words:
 * `import messages from './en.json?part=public'` is every message but the admin UI's, `?part=admin`
 * the admin UI's (keys `admin.…`, except the few that public pages use too, SHARED_ADMIN_KEYS).
 * The catalogs stay one JSON file per language for the translators; the split is made when built
 * (and in tests and the dev server: the plugin is in both configs). src/i18n/message-parts.test.ts
 * checks that no public module uses an admin-only key.
 */
import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'

export const CATALOG_PARTS = ['public', 'admin'] as const
export type CatalogPart = (typeof CATALOG_PARTS)[number]

/** admin.* messages that public pages use as well (the indicator's target history, the change feed). */
export const SHARED_ADMIN_KEYS: readonly string[] = ['admin.target.year', 'admin.preview.to']

export function partOf(key: string): CatalogPart {
  return key.startsWith('admin.') && !SHARED_ADMIN_KEYS.includes(key) ? 'admin' : 'public'
}

const PART_QUERY = /\.json\?part=(public|admin)$/

export function messageParts(): Plugin {
  return {
    name: 'nap:message-parts',
    enforce: 'pre',
    async load(id) {
      const match = PART_QUERY.exec(id)
      if (!match) return null
      const file = id.slice(0, id.indexOf('?'))
      this.addWatchFile(file)
      const catalog: unknown = JSON.parse(await readFile(file, 'utf8'))
      if (typeof catalog !== 'object' || catalog === null || Array.isArray(catalog)) throw new Error(`${file}: a catalog is one JSON object`)
      const part = Object.fromEntries(Object.entries(catalog).filter(([key]) => partOf(key) === match[1]))
      // JSON text: Vite's JSON plugin turns it into the module.
      return { code: JSON.stringify(part), map: null }
    },
  }
}
