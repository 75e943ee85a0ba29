import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { DataPackageSchema, type DataPackage, type Series } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../../helper.ts'
import { parseCsvStrict } from '../../strict-csv.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

const HEADER = [
  'indicator',
  'country',
  'period',
  'year',
  'value',
  'unit',
  'estimate',
  'provisional',
  'break_in_series',
  'derived',
  'source_note',
  'source',
  'source_url',
  'licence',
]
const WDI_ATTRIBUTION =
  'Source: World Bank, World Development Indicators (CC BY 4.0). Some series via the Datahub and Gapminder/open-numbers packages of WDI.'
const CC_BY = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' }

const get = (url: string) => t.app.inject({ method: 'GET', url })

function unzip(body: Buffer): { files: string[]; csv: string; descriptor: DataPackage } {
  const entries = unzipSync(new Uint8Array(body))
  const csv = entries['data.csv']
  const json = entries['datapackage.json']
  if (!csv || !json) throw new Error(`zip holds ${Object.keys(entries).join(', ')}`)
  return { files: Object.keys(entries).sort(), csv: strFromU8(csv), descriptor: DataPackageSchema.parse(JSON.parse(strFromU8(json))) }
}

describe('GET /api/indicators/:slug/export.csv', () => {
  const url = '/api/indicators/gdp-per-capita-ppp/export.csv?countries=MEX,CAN&from=2020&to=2024'

  test('is a plain table: the first line is the header, a strict parser reads every row', async () => {
    const res = await get(url)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers['content-disposition']).toBe('attachment; filename="gdp-per-capita-ppp.csv"')
    expect(res.body.split('\n')[0]).toBe(HEADER.join(','))
    const { header, rows } = parseCsvStrict(res.body)
    expect(header).toEqual(HEADER)
    expect(rows.find((r) => r['country'] === 'MEX' && r['year'] === '2023')).toMatchObject({
      indicator: 'gdp-per-capita-ppp',
      country: 'MEX',
      period: '2023',
      year: '2023',
      value: '21917.24858366',
      unit: 'constant 2021 international $',
      estimate: 'false',
      provisional: 'false',
      break_in_series: 'false',
      derived: 'false',
      source: 'World Bank, World Development Indicators',
      source_url: 'https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD',
      licence: 'CC BY 4.0',
    })
  })

  test('holds exactly the values of the series endpoint', async () => {
    const { rows } = parseCsvStrict((await get(url)).body)
    const { body } = await getJson<Series>(t.app, '/api/indicators/gdp-per-capita-ppp/series?countries=MEX,CAN&from=2020&to=2024')
    const apiValues = body.series.flatMap((s) => s.points.map((p) => [s.country, p.year, p.value]))
    expect(rows.map((r) => [r['country'], Number(r['year']), Number(r['value'])])).toEqual(apiValues)
    expect(apiValues).toContainEqual(['MEX', 2024, 22039.6287019016])
    expect(apiValues).toHaveLength(10)
  })

  test('names the attribution in its headers: the metadata and licence links, the attribution line, the licence', async () => {
    const res = await get(url)
    expect(res.headers['link']).toBe(
      '</api/indicators/gdp-per-capita-ppp/metadata>; rel="describedby"; type="application/json", <https://creativecommons.org/licenses/by/4.0/>; rel="license"',
    )
    expect(res.headers['x-attribution']).toBe(WDI_ATTRIBUTION)
    expect(res.headers['x-license']).toBe('CC BY 4.0')
  })

  test('?format=zip holds data.csv (the same table) and its datapackage.json', async () => {
    const res = await get(`${url}&format=zip`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/zip')
    expect(res.headers['content-disposition']).toBe('attachment; filename="gdp-per-capita-ppp.zip"')
    expect(res.headers['x-license']).toBe('CC BY 4.0')
    const { files, csv, descriptor } = unzip(res.rawPayload)
    expect(files).toEqual(['data.csv', 'datapackage.json'])
    expect(csv).toBe((await get(url)).body)
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: 'nap-goal-monitor-gdp-per-capita-ppp',
      title: 'GDP per capita, PPP (constant 2021 international $) — North American Project Goal Monitor',
      licenses: [CC_BY],
      sources: [{ title: 'World Bank, World Development Indicators', path: 'https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD' }],
    })
    expect(descriptor.description).toContain(WDI_ATTRIBUTION)
    const [resource] = descriptor.resources
    expect(descriptor.resources).toHaveLength(1)
    expect(resource).toMatchObject({ name: 'nap-goal-monitor-gdp-per-capita-ppp', path: 'data.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' })
    expect(resource?.schema.fields.map((f) => f.name)).toEqual(HEADER)
    expect(resource?.schema.fields.find((f) => f.name === 'value')).toEqual({
      name: 'value',
      type: 'number',
      description: 'The value in `unit`, at the precision the source publishes',
    })
    expect(resource?.schema.fields.find((f) => f.name === 'year')?.type).toBe('year')
    expect(resource?.schema.fields.filter((f) => f.type === 'boolean').map((f) => f.name)).toEqual(['estimate', 'provisional', 'break_in_series', 'derived'])
    expect(resource?.schema.fields.every((f) => f.description.length > 10)).toBe(true)
    expect(resource?.schema.primaryKey).toEqual(['indicator', 'country', 'period'])
  })

  test('a public-domain source has the public-domain licence', async () => {
    const res = await get('/api/indicators/us-goods-trade-with-partner/export.csv?format=zip')
    if (res.statusCode === 404) throw new Error('the catalog has no us-goods-trade-with-partner indicator')
    const { descriptor } = unzip(res.rawPayload)
    expect(descriptor.licenses).toEqual([
      { name: 'other-pd', path: 'https://www.usa.gov/government-copyright', title: 'U.S. Government work (public domain)' },
    ])
    expect(res.headers['x-license']).toBe('U.S. Government work (public domain)')
  })

  test.each([
    ['/api/indicators/nope/export.csv'],
    ['/api/indicators/nope/export.csv?format=zip'],
    ['/api/indicators/nope/metadata'],
  ])('%s → 404 in the JSON error shape', async (path) => {
    const { status, body } = await getJson(t.app, path)
    expect(status).toBe(404)
    expect(body).toEqual({ statusCode: 404, error: 'Not Found', code: 'not_found', message: 'Indicator "nope" not found' })
  })

  test.each([
    ['/api/indicators/gdp-per-capita-ppp/export.csv?format=xml'],
    ['/api/export.csv?format=xml'],
  ])('%s → 400 naming format', async (path) => {
    const { status, body } = await getJson(t.app, path)
    expect(status).toBe(400)
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'validation_error',
      message: 'Invalid querystring: format: must be "csv" or "zip"',
      issues: [{ field: 'format', message: 'must be "csv" or "zip"' }],
    })
  })
})

describe('GET /api/indicators/:slug/metadata', () => {
  test('is the datapackage.json of the zip, pointing at export.csv beside it', async () => {
    const { status, body } = await getJson<DataPackage>(t.app, '/api/indicators/gdp-per-capita-ppp/metadata')
    expect(status).toBe(200)
    const { descriptor } = unzip((await get('/api/indicators/gdp-per-capita-ppp/export.csv?format=zip')).rawPayload)
    const [resource] = descriptor.resources
    if (!resource) throw new Error('no resource')
    expect(body).toEqual({ ...descriptor, resources: [{ ...resource, path: 'export.csv' }] })
  })
})

describe('GET /api/export.csv', () => {
  test('exports every listed indicator as one plain table with each row’s source and licence', async () => {
    const res = await get('/api/export.csv')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers['content-disposition']).toBe('attachment; filename="goal-monitor.csv"')
    expect(res.body.split('\n')[0]).toBe(HEADER.join(','))
    const { header, rows } = parseCsvStrict(res.body)
    expect(header).toEqual(HEADER)
    expect(new Set(rows.map((r) => r['indicator'])).size).toBe(28)
    expect(rows.find((r) => r['indicator'] === 'gdp-per-capita-ppp' && r['country'] === 'MEX' && r['year'] === '2023')?.['value']).toBe('21917.24858366')
    expect(rows.find((r) => r['indicator'] === 'intra-na-goods-trade' && r['country'] === 'NAM' && r['year'] === '2022')).toMatchObject({
      value: '1.5',
      unit: 'trillion US$',
      source_note: 'The North American Project, Goals (2022 figure)',
      licence: 'Figures quoted with attribution',
    })
    expect(new Set(rows.map((r) => r['licence']))).toEqual(
      new Set(['CC BY 4.0', 'U.S. Government work (public domain)', 'Figures quoted with attribution', 'CC BY 4.0 (inputs: World Bank WDI)']),
    )
    expect(rows.every((r) => r['source'] !== '' && r['source_url']?.startsWith('http'))).toBe(true)
  })

  test('names every source’s attribution and licence in its headers', async () => {
    const res = await get('/api/export.csv')
    const { body: sources } = await getJson<{ licence: string; attribution: { en: string } }[]>(t.app, '/api/sources')
    expect(res.headers['link']).toMatch(/^<\/api\/metadata>; rel="describedby"; type="application\/json", /)
    expect(res.headers['link']).toContain('<https://creativecommons.org/licenses/by/4.0/>; rel="license"')
    expect(res.headers['x-license']?.toString().split('; ').sort()).toEqual([...new Set(sources.map((s) => s.licence))].sort())
    for (const s of sources) expect(res.headers['x-attribution']).toContain(s.attribution.en)
  })

  test('?format=zip holds the same table and a datapackage.json listing every licence and source', async () => {
    const res = await get('/api/export.csv?format=zip')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toBe('attachment; filename="goal-monitor.zip"')
    const { csv, descriptor } = unzip(res.rawPayload)
    expect(csv).toBe((await get('/api/export.csv')).body)
    expect(descriptor.name).toBe('nap-goal-monitor')
    expect(descriptor.licenses.map((l) => l.name).sort()).toEqual(['CC-BY-4.0', 'CC-BY-4.0', 'other-at', 'other-pd'])
    expect(descriptor.licenses).toContainEqual(CC_BY)
    expect(descriptor.sources).toContainEqual({ title: 'World Bank, World Development Indicators', path: 'https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD' })
    expect(descriptor.resources[0]?.path).toBe('data.csv')
    const { body } = await getJson<DataPackage>(t.app, '/api/metadata')
    expect(body).toEqual({ ...descriptor, resources: descriptor.resources.map((r) => ({ ...r, path: 'export.csv' })) })
  })
})
