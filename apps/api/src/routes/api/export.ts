/**
 * CSV exports: one indicator (filtered like its series) or everything. Each CSV is a plain table
 * whose first line is the header, with `source`, `source_url` and `licence` columns; the attribution
 * also travels in response headers (export-files.ts) and in a Frictionless datapackage.json, served
 * by the `metadata` routes and zipped with the data as `?format=zip`.
 */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { FastifyReply } from 'fastify'
import type { AreaCode } from '@nap/domain'
import {
  ApiErrorSchema,
  DataPackageSchema,
  dataPackage,
  seriesCsv,
  type DataPackage,
  type SeriesCsvIndicator,
  type Source,
} from '@nap/schemas'
import { badRequest, notFound } from '../../plugins/error-handler.ts'
import { downloadTransform, type DownloadDoc } from '../openapi.ts'
import { attributionHeaders, exportZip } from './export-files.ts'
import { CountryListParam, YearParam } from './query-params.ts'

const FormatParam = z
  .enum(['csv', 'zip'], { error: 'must be "csv" or "zip"' })
  .default('csv')
  .describe('csv: the table alone; zip: data.csv with its datapackage.json (Frictionless Data Package)')

const SlugParams = z.object({ slug: z.string().describe('Indicator slug, e.g. gdp-per-capita-ppp') })

const CSV_TYPE = 'text/csv; charset=utf-8; header=present'

/** The OpenAPI description of a download: CSV or zip, with its attribution headers. */
function downloadDoc(what: string, filename: string, metadataPath: string): DownloadDoc {
  return {
    description: `${what}: CSV whose first line is the header (columns of datapackage.json), or with ?format=zip a zip of data.csv and datapackage.json`,
    content: {
      'text/csv': { type: 'string', description: 'RFC 4180 CSV, UTF-8, LF line ends; the first line is the header' },
      'application/zip': { type: 'string', contentMediaType: 'application/zip', description: 'data.csv and datapackage.json' },
    },
    headers: {
      Link: {
        description: 'The Data Package descriptor (rel="describedby") and the licence texts (rel="license"), RFC 8288',
        example: `<${metadataPath}>; rel="describedby"; type="application/json", <https://creativecommons.org/licenses/by/4.0/>; rel="license"`,
      },
      'X-Attribution': {
        description: 'The attribution to show with the data (ASCII; other characters percent-encoded as UTF-8)',
        example: 'Source: World Bank, World Development Indicators (CC BY 4.0).',
      },
      'X-License': { description: 'The licence of each source, "; "-separated (encoded like X-Attribution)', example: 'CC BY 4.0' },
      'Content-Disposition': { description: 'The file name to save as', example: `attachment; filename="${filename}.csv"` },
    },
  }
}

interface ExportedIndicator extends SeriesCsvIndicator {
  id: number
  name: string
  definition: string
  countries: readonly AreaCode[]
}

const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { catalog, series } = app

  function exportedIndicator(slug: string, sources: Map<string, Source>): ExportedIndicator {
    const row = catalog.findIndicatorRow(slug)
    if (!row) throw notFound(`Indicator "${slug}" not found`)
    const source = sources.get(row.sourceId)
    if (!source) throw new Error(`indicator ${slug} has no source ${row.sourceId}`)
    return {
      id: row.id,
      slug,
      name: row.nameEn,
      definition: row.definitionEn,
      unit: { en: row.unitEn },
      sourceUrl: row.sourceUrl,
      source,
      countries: row.countries,
    }
  }

  const sourcesById = () => new Map(catalog.listSources().map((s) => [s.id, s]))
  const allIndicators = () => {
    const sources = sourcesById()
    return catalog.listIndicators({}).map((i) => exportedIndicator(i.slug, sources))
  }

  const indicatorPackage = (ind: ExportedIndicator, path: string): DataPackage =>
    dataPackage({
      name: `nap-goal-monitor-${ind.slug}`,
      title: `${ind.name} (${ind.unit.en}) — North American Project Goal Monitor`,
      description: ind.definition,
      path,
      indicators: [ind],
    })
  const allPackage = (inds: ExportedIndicator[], path: string): DataPackage =>
    dataPackage({
      name: 'nap-goal-monitor',
      title: 'North American Project Goal Monitor — every indicator',
      description: `${inds.length} indicators of the four shared goals of Canada, Mexico and the United States, every country, every year.`,
      path,
      indicators: inds,
    })

  function csvOf(inds: ExportedIndicator[], filter: { countries?: readonly AreaCode[] | undefined; from?: number | undefined; to?: number | undefined } = {}): string {
    return seriesCsv(
      inds.map((ind) => ({
        indicator: ind,
        series: series.findSeries({ indicatorId: ind.id, slug: ind.slug, countries: filter.countries ?? ind.countries, from: filter.from, to: filter.to }),
      })),
    )
  }

  function sendExport(
    reply: FastifyReply,
    file: { name: string; metadataPath: string; csv: string; descriptor: DataPackage; sources: Source[]; format: 'csv' | 'zip' },
  ) {
    reply.headers(attributionHeaders(file.metadataPath, file.sources))
    if (file.format === 'zip') {
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${file.name}.zip"`)
        .send(Buffer.from(exportZip(file.csv, file.descriptor)))
    }
    return reply.type(CSV_TYPE).header('content-disposition', `attachment; filename="${file.name}.csv"`).send(file.csv)
  }

  const uniqueSources = (inds: ExportedIndicator[]) => [...new Map(inds.map((i) => [i.source.id, i.source])).values()]

  app.get(
    '/indicators/:slug/export.csv',
    {
      schema: {
        operationId: 'exportIndicatorCsv',
        tags: ['Data'],
        summary: 'One indicator as CSV (or zipped with its datapackage.json)',
        description:
          'Filtered like the series. The first line is the header; `source`, `source_url` and `licence` are columns. ' +
          'Attribution: the `Link`, `X-Attribution` and `X-License` headers and GET /api/indicators/{slug}/metadata.',
        params: SlugParams,
        querystring: z.object({
          countries: CountryListParam.optional(),
          from: YearParam.optional().describe('First year (inclusive)'),
          to: YearParam.optional().describe('Last year (inclusive)'),
          format: FormatParam,
        }),
        response: { 200: z.string(), 400: ApiErrorSchema, 404: ApiErrorSchema },
      },
      config: {
        swaggerTransform: downloadTransform(
          downloadDoc('The indicator', 'gdp-per-capita-ppp', '/api/indicators/gdp-per-capita-ppp/metadata'),
        ),
      },
    },
    async (request, reply) => {
      const { slug } = request.params
      const { countries, from, to, format } = request.query
      if (from !== undefined && to !== undefined && from > to) throw badRequest('from', `must not be after to (from=${from}, to=${to})`)
      const ind = exportedIndicator(slug, sourcesById())
      return sendExport(reply, {
        name: slug,
        metadataPath: `/api/indicators/${slug}/metadata`,
        csv: csvOf([ind], { countries, from, to }),
        descriptor: indicatorPackage(ind, 'data.csv'),
        sources: [ind.source],
        format,
      })
    },
  )

  app.get(
    '/indicators/:slug/metadata',
    {
      schema: {
        operationId: 'getIndicatorMetadata',
        tags: ['Data'],
        summary: "The datapackage.json of an indicator's CSV export",
        description: 'A Frictionless Data Package descriptor: licences, sources and the table schema; its resource path, export.csv, is relative to this URL.',
        params: SlugParams,
        response: { 200: DataPackageSchema, 404: ApiErrorSchema },
      },
    },
    async (request) => indicatorPackage(exportedIndicator(request.params.slug, sourcesById()), 'export.csv'),
  )

  app.get(
    '/export.csv',
    {
      schema: {
        operationId: 'exportAllCsv',
        tags: ['Data'],
        summary: 'Every listed indicator, every country, as one CSV (or zipped with its datapackage.json)',
        description:
          'The first line is the header; `source`, `source_url` and `licence` are columns. ' +
          'Attribution: the `Link`, `X-Attribution` and `X-License` headers and GET /api/metadata.',
        querystring: z.object({ format: FormatParam }),
        response: { 200: z.string(), 400: ApiErrorSchema },
      },
      config: { swaggerTransform: downloadTransform(downloadDoc('Every indicator', 'goal-monitor', '/api/metadata')) },
    },
    async (request, reply) => {
      const inds = allIndicators()
      return sendExport(reply, {
        name: 'goal-monitor',
        metadataPath: '/api/metadata',
        csv: csvOf(inds),
        descriptor: allPackage(inds, 'data.csv'),
        sources: uniqueSources(inds),
        format: request.query.format,
      })
    },
  )

  app.get(
    '/metadata',
    {
      schema: {
        operationId: 'getExportMetadata',
        tags: ['Data'],
        summary: 'The datapackage.json of the export of every indicator',
        description: 'A Frictionless Data Package descriptor; its resource path, export.csv, is relative to this URL (GET /api/export.csv).',
        response: { 200: DataPackageSchema },
      },
    },
    async () => allPackage(allIndicators(), 'export.csv'),
  )
}

export default exportRoutes
