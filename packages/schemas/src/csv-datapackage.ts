/**
 * The metadata of a CSV export as a Frictionless Data Package descriptor (datapackage.json, the
 * format OWID and the Frictionless tools read): name, title, licences, sources and the table schema.
 * https://specs.frictionlessdata.io/data-package/
 */
import { z } from 'zod'
import type { Source } from './catalog.ts'
import { SERIES_CSV_COLUMNS, sourceTitle, type SeriesCsvIndicator } from './csv-series.ts'

export const DataPackageLicenseSchema = z.object({
  name: z.string().describe('Open Definition / SPDX identifier, e.g. CC-BY-4.0; other-pd or other-at when there is none'),
  path: z.string().describe('URL of the licence text or terms'),
  title: z.string().describe('The licence as the source states it'),
})
export type DataPackageLicense = z.infer<typeof DataPackageLicenseSchema>

export const DataPackageSourceSchema = z.object({ title: z.string(), path: z.string().describe('URL of the source') })

export const DataPackageFieldSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'number', 'year', 'boolean']).describe('Table Schema field type'),
  description: z.string(),
})

export const DataPackageResourceSchema = z.object({
  name: z.string(),
  path: z.string().describe('The CSV, relative to the descriptor'),
  profile: z.literal('tabular-data-resource'),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
  encoding: z.literal('utf-8'),
  dialect: z.object({ delimiter: z.literal(','), lineTerminator: z.literal('\n'), header: z.literal(true) }),
  schema: z.object({
    fields: z.array(DataPackageFieldSchema),
    primaryKey: z.array(z.string()),
    missingValues: z.array(z.string()),
  }),
})

export const DataPackageSchema = z
  .object({
    profile: z.literal('tabular-data-package'),
    name: z.string().describe('Lower-case identifier of the package'),
    title: z.string(),
    description: z.string().describe('What the data is, with the attribution to show with it'),
    homepage: z.string(),
    licenses: z.array(DataPackageLicenseSchema),
    sources: z.array(DataPackageSourceSchema),
    resources: z.array(DataPackageResourceSchema),
  })
  .describe('Frictionless Data Package descriptor (datapackage.json) of a CSV export')
export type DataPackage = z.infer<typeof DataPackageSchema>

const CC_BY_4 = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }
const US_GOVERNMENT_WORK = 'https://www.usa.gov/government-copyright'

/**
 * The licence of a source as a Data Package licence. Creative Commons Attribution 4.0 has an SPDX
 * identifier; a U.S. Government work is in the public domain (other-pd); anything else is reused
 * on the source's own attribution terms (other-at, pointing at the source).
 */
export function dataPackageLicense(source: Pick<Source, 'licence' | 'url'>): DataPackageLicense {
  if (/^CC BY 4\.0\b/.test(source.licence)) return { ...CC_BY_4, title: source.licence }
  if (/public domain/i.test(source.licence)) return { name: 'other-pd', path: US_GOVERNMENT_WORK, title: source.licence }
  return { name: 'other-at', path: source.url, title: source.licence }
}

export interface DataPackageInput {
  name: string
  title: string
  description: string
  /** Where the CSV is, relative to the descriptor ("data.csv" in a zip). */
  path: string
  /** The exported indicators: their sources give the licences and sources, in order, without repeats. */
  indicators: readonly SeriesCsvIndicator[]
}

const unique = <T>(items: T[], key: (item: T) => string): T[] => [...new Map(items.map((i) => [key(i), i])).values()]

export function dataPackage(input: DataPackageInput): DataPackage {
  const sources = unique(input.indicators.map((i) => i.source), (s) => s.id)
  const attribution = sources.map((s) => s.attribution.en).join(' ')
  return {
    profile: 'tabular-data-package',
    name: input.name,
    title: input.title,
    description: `${input.description} ${attribution}`,
    homepage: 'https://thenorthamericanproject.com',
    licenses: unique(sources.map(dataPackageLicense), (l) => `${l.name}|${l.title}`),
    sources: unique(
      input.indicators.map((i) => ({ title: sourceTitle(i.source), path: i.sourceUrl || i.source.url })),
      (s) => `${s.title}|${s.path}`,
    ),
    resources: [
      {
        name: input.name,
        path: input.path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\n', header: true },
        schema: {
          fields: SERIES_CSV_COLUMNS.map((c) => ({ name: c.name, type: c.type, description: c.description })),
          primaryKey: ['indicator', 'country', 'period'],
          missingValues: [''],
        },
      },
    ],
  }
}
