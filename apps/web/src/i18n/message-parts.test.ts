import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { partOf, SHARED_ADMIN_KEYS } from '../../vite-plugins/message-parts.ts'
import { catalogs } from '@/testing/catalogs.ts'
import { loadedMessages, loadMessages } from './messages/index.ts'

const src = join(import.meta.dirname, '..')
const adminModule = (file: string) => file.startsWith('features/admin/') || file === 'app/routes/admin.tsx'
const publicModules = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('testing/'))
  .map((file) => relative(src, join(src, file)))
  .filter((file) => !adminModule(file))

describe('catalog parts', () => {
  test('no public module uses an admin-only message (it would be missing outside /admin)', () => {
    const used = publicModules.flatMap((file) =>
      [...readFileSync(join(src, file), 'utf8').matchAll(/['"`](admin\.[A-Za-z0-9_.${}]+)/g)].map(([, key = '']) => ({ file, key })),
    )
    expect(used.filter(({ key }) => key.includes('${') || partOf(key) === 'admin')).toEqual([])
    expect(used.map(({ key }) => key).sort()).toEqual(expect.arrayContaining([...SHARED_ADMIN_KEYS].sort()))
  })

  test('every shared admin key is a message', () => {
    for (const key of SHARED_ADMIN_KEYS) expect(Object.keys(catalogs.en)).toContain(key)
  })

  test('the public pages have every message but the admin UI’s; under /admin they have all', async () => {
    const english = loadedMessages('en')
    expect(english?.['nav.overview']).toBe('Overview')
    expect(english?.['admin.target.year']).toBe(catalogs.en['admin.target.year'])
    expect(Object.keys(english ?? {}).some((key) => partOf(key) === 'admin')).toBe(false)
    expect(Object.keys(english ?? {}).length).toBeLessThan(Object.keys(catalogs.en).length)
    const withAdmin = await loadMessages('en', true)
    expect(withAdmin).toEqual(catalogs.en)
    expect(await loadMessages('fr', true)).toEqual(catalogs.fr)
    expect(loadMessages('es', true)).toBe(loadMessages('es', true))
  })
})
