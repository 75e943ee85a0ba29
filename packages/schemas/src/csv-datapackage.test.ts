import { describe, expect, test } from 'vitest'
import type { Source } from './index.ts'
import { DataPackageSchema, dataPackage, dataPackageLicense } from './csv-datapackage.ts'
import { SERIES_CSV_HEADER } from './csv-series.ts'

const source = (id: string, licence: string, url: string): Source => ({
  id,
  name: { en: `${id} data`, es: '', fr: '' },
  publisher: id.toUpperCase(),
  url,
  licence,
  attribution: { en: `Source: ${id}.`, es: '', fr: '' },
})

describe('dataPackageLicense', () => {
  test.each([
    ['CC BY 4.0', { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' }],
    ['CC BY 4.0 (inputs: World Bank WDI)', { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0 (inputs: World Bank WDI)' }],
    ['U.S. Government work (public domain)', { name: 'other-pd', path: 'https://www.usa.gov/government-copyright', title: 'U.S. Government work (public domain)' }],
    ['Figures quoted with attribution', { name: 'other-at', path: 'https://example.org/terms', title: 'Figures quoted with attribution' }],
    ['CC BY-SA 4.0', { name: 'other-at', path: 'https://example.org/terms', title: 'CC BY-SA 4.0' }],
  ])('%s → %j', (licence, expected) => {
    expect(dataPackageLicense({ licence, url: 'https://example.org/terms' })).toEqual(expected)
  })
})

describe('dataPackage', () => {
  const wdi = source('wdi', 'CC BY 4.0', 'https://databank.worldbank.org')
  const nap = source('nap', 'Figures quoted with attribution', 'https://thenorthamericanproject.com')
  const pkg = dataPackage({
    name: 'nap-goal-monitor',
    title: 'Everything',
    description: 'Two indicators.',
    path: 'data.csv',
    indicators: [
      { slug: 'a', unit: { en: '%' }, sourceUrl: 'https://data.worldbank.org/a', source: wdi },
      { slug: 'b', unit: { en: '%' }, sourceUrl: 'https://data.worldbank.org/b', source: wdi },
      { slug: 'c', unit: { en: '%' }, sourceUrl: 'https://data.worldbank.org/b', source: wdi },
      { slug: 'd', unit: { en: 'US$' }, sourceUrl: '', source: nap },
    ],
  })

  test('is a valid descriptor whose one resource describes every CSV column', () => {
    expect(DataPackageSchema.parse(pkg)).toEqual(pkg)
    expect(pkg.resources).toHaveLength(1)
    expect(pkg.resources[0]?.path).toBe('data.csv')
    expect(pkg.resources[0]?.schema.fields.map((f) => f.name)).toEqual(SERIES_CSV_HEADER)
  })

  test('lists each licence and each source once, and appends every attribution to the description', () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0', 'other-at'])
    expect(pkg.sources).toEqual([
      { title: 'WDI, wdi data', path: 'https://data.worldbank.org/a' },
      { title: 'WDI, wdi data', path: 'https://data.worldbank.org/b' },
      { title: 'NAP, nap data', path: 'https://thenorthamericanproject.com' },
    ])
    expect(pkg.description).toBe('Two indicators. Source: wdi. Source: nap.')
  })
})
