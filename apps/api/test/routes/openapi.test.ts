import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildTestApp, getJson, type TestApp } from '../helper.ts'

interface MediaType {
  schema?: { $ref?: string; type?: string; contentMediaType?: string }
}
interface Response {
  description: string
  headers?: Record<string, { description?: string }>
  content?: Record<string, MediaType>
}
interface Operation {
  operationId?: string
  parameters?: { name: string; in: string }[]
  responses: Record<string, Response>
}
interface Document {
  info: { license?: { name: string; url?: string } }
  servers?: { url: string }[]
  security?: unknown[]
  components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, unknown> }
  paths: Record<string, Record<string, Operation>>
}

let t: TestApp
let doc: Document
let operations: { path: string; method: string; op: Operation }[]
beforeAll(async () => {
  t = await buildTestApp()
  doc = (await getJson<Document>(t.app, '/api/openapi.json')).body
  operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })))
})
afterAll(() => t.app.close())

const byId = (id: string) => operations.find((o) => o.op.operationId === id)

describe('the OpenAPI document', () => {
  test('names every operation (client generators name their methods after it)', () => {
    const ids = operations.map((o) => o.op.operationId)
    expect(ids.filter((id) => id === undefined || !/^[a-z][A-Za-z]+$/.test(id))).toEqual([])
    expect(new Set(ids).size).toBe(ids.length)
    expect(Object.fromEntries(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o.op.operationId]))).toMatchObject({
      'GET /api/health': 'getHealth',
      'GET /api/countries': 'listCountries',
      'GET /api/goals': 'listGoals',
      'GET /api/goals/{goalId}': 'getGoal',
      'GET /api/indicators': 'listIndicators',
      'GET /api/indicators/{slug}': 'getIndicator',
      'GET /api/sources': 'listSources',
      'GET /api/events': 'listEvents',
      'GET /api/indicators/{slug}/series': 'getIndicatorSeries',
      'GET /api/progress': 'getProgress',
      'GET /api/indicators/{slug}/progress': 'getIndicatorProgress',
      'GET /api/indicators/{slug}/export.csv': 'exportIndicatorCsv',
      'GET /api/indicators/{slug}/metadata': 'getIndicatorMetadata',
      'GET /api/export.csv': 'exportAllCsv',
      'GET /api/metadata': 'getExportMetadata',
    })
  })

  test('every operation documents the 4xx answers it gives: 400 where a query parameter is validated, 404 where a path names a resource', () => {
    const documented = Object.fromEntries(
      operations.map((o) => [o.op.operationId, Object.keys(o.op.responses).filter((s) => s.startsWith('4')).sort()]),
    )
    expect(documented).toMatchObject({
      getHealth: [],
      listCountries: [],
      listGoals: [],
      getGoal: ['400', '404'],
      listIndicators: ['400'],
      getIndicator: ['404'],
      listSources: [],
      listEvents: [],
      getIndicatorSeries: ['400', '404'],
      getProgress: ['400'],
      getIndicatorProgress: ['400', '404'],
      exportIndicatorCsv: ['400', '404'],
      getIndicatorMetadata: ['404'],
      exportAllCsv: ['400'],
      getExportMetadata: [],
    })
    for (const { op } of operations) {
      const hasQuery = (op.parameters ?? []).some((p) => p.in === 'query')
      const hasPath = (op.parameters ?? []).some((p) => p.in === 'path')
      if (hasQuery) expect(op.responses['400'], op.operationId).toBeDefined()
      if (hasPath) expect(op.responses['404'], op.operationId).toBeDefined()
    }
  })

  test('every error answer is JSON; 400 and 404 are the ApiError component with their meaning', () => {
    const errors = operations.flatMap((o) => Object.entries(o.op.responses).filter(([s]) => Number(s) >= 400))
    expect(errors.length).toBeGreaterThanOrEqual(15)
    for (const [, response] of errors) expect(Object.keys(response.content ?? {})).toEqual(['application/json'])
    const apiError = { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } }
    for (const [, response] of errors.filter(([s]) => s === '400')) {
      expect(response).toEqual({ description: expect.stringMatching(/^Invalid parameter \(code validation_error\)/), content: apiError })
    }
    for (const [, response] of errors.filter(([s]) => s === '404')) {
      expect(response).toEqual({ description: expect.stringMatching(/^No such resource \(code not_found\)/), content: apiError })
    }
    expect(JSON.stringify(doc)).not.toContain('__SCHEMA__PLACEHOLDER__')
    expect(Object.keys(doc.components.schemas)).toEqual(['ApiError'])
  })

  test('states the licence, a server, and no security requirement unless an operation names one', () => {
    expect(doc.info.license).toEqual({
      name: 'CC BY 4.0 (World Bank WDI data; other sources: see /api/sources)',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    })
    expect(doc.servers).toEqual([{ url: '/', description: 'This server' }])
    expect(doc.security).toEqual([])
    expect(byId('getIndicatorSeries')?.op).not.toHaveProperty('security')
  })

  test.each(['exportIndicatorCsv', 'exportAllCsv'])('%s documents CSV and zip bodies and the attribution headers', (id) => {
    const ok = byId(id)?.op.responses['200']
    expect(Object.keys(ok?.content ?? {})).toEqual(['text/csv', 'application/zip'])
    expect(ok?.content?.['application/zip']?.schema?.contentMediaType).toBe('application/zip')
    expect(Object.keys(ok?.headers ?? {})).toEqual(['Link', 'X-Attribution', 'X-License', 'Content-Disposition'])
    expect(byId(id)?.op.parameters?.map((p) => p.name)).toContain('format')
  })
})
