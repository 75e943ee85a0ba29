import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Series } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../../helper.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

describe('GET /api/indicators/:slug/export.csv', () => {
  test('starts with the source and licence, then holds exactly the values of the series endpoint', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/indicators/gdp-per-capita-ppp/export.csv?countries=MEX,CAN&from=2020&to=2024' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toBe('attachment; filename="gdp-per-capita-ppp.csv"')
    const lines = res.body.trimEnd().split('\n')
    expect(lines[0]).toBe('# North American Project — Goal Monitor: gdp-per-capita-ppp')
    expect(lines[1]).toContain('World Bank, World Development Indicators (CC BY 4.0)')
    expect(lines[2]).toBe('indicator,country,period,year,value,unit,estimate,provisional,break_in_series,derived,source_note')
    const csvValues = lines.slice(3).map((l) => l.split(',')).map((c) => [c[1], Number(c[3]), Number(c[4])])
    const { body } = await getJson<Series>(t.app, '/api/indicators/gdp-per-capita-ppp/series?countries=MEX,CAN&from=2020&to=2024')
    const apiValues = body.series.flatMap((s) => s.points.map((p) => [s.country, p.year, p.value]))
    expect(csvValues).toEqual(apiValues)
    expect(csvValues).toContainEqual(['MEX', 2024, 22039.6287019016])
  })

  test('returns 404 in the JSON error shape for an unknown slug', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/indicators/nope/export.csv' })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ code: 'not_found' })
  })
})

describe('GET /api/export.csv', () => {
  test('exports every listed indicator with the licences of every source', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/export.csv' })
    expect(res.statusCode).toBe(200)
    const lines = res.body.trimEnd().split('\n')
    expect(lines.filter((l) => l.startsWith('#')).length).toBe(5)
    const slugs = new Set(lines.filter((l) => !l.startsWith('#')).slice(1).map((l) => l.split(',')[0]))
    expect(slugs.size).toBe(28)
    expect(lines).toContain('intra-na-goods-trade,NAM,2022,2022,1.5,trillion US$,false,false,false,false,"The North American Project, Goals (2022 figure)"')
  })
})
