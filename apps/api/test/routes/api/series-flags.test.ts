import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Series } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../../helper.ts'

// The series statement reads the five 0/1 columns of a point as one packed value: every flag must
// come back as it is stored, alone and together, and a deleted point must not come back at all.
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
  const set = t.db.$client.prepare(
    `update observations set estimate = ?, provisional = ?, break_in_series = ?, derived = ?, deleted = ?
      where country_code = 'MEX' and period = ? and indicator_id = (select id from indicators where slug = 'gdp-per-capita-ppp')`,
  )
  for (const [year, e, p, b, d, deleted] of CASES) set.run(e, p, b, d, deleted, String(year))
})
afterAll(() => t.app.close())

// year, estimate, provisional, breakInSeries, derived, deleted
const CASES = [
  [2010, 0, 0, 0, 0, 0],
  [2011, 1, 0, 0, 0, 0],
  [2012, 0, 1, 0, 0, 0],
  [2013, 0, 0, 1, 0, 0],
  [2014, 0, 0, 0, 1, 0],
  [2015, 1, 1, 1, 1, 0],
  [2016, 1, 0, 1, 0, 0],
  [2017, 0, 1, 0, 1, 0],
  [2018, 1, 1, 1, 1, 1],
] as const

describe('GET /api/indicators/:slug/series, the flags of each point', () => {
  test.each(CASES.filter((c) => c[5] === 0))('%i: estimate %i, provisional %i, break %i, derived %i', async (year, e, p, b, d) => {
    for (const detail of ['compact', 'full']) {
      const { body } = await getJson<Series>(t.app, `/api/indicators/gdp-per-capita-ppp/series?countries=MEX&from=2010&to=2018&detail=${detail}`)
      const point = body.series[0]?.points.find((x) => x.year === year)
      expect(point, detail).toMatchObject({ estimate: e === 1, provisional: p === 1, breakInSeries: b === 1, derived: d === 1 })
    }
  })

  test('a deleted point is not in the series', async () => {
    const { body } = await getJson<Series>(t.app, '/api/indicators/gdp-per-capita-ppp/series?countries=MEX&from=2010&to=2018')
    expect(body.series[0]?.points.map((x) => x.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017])
  })
})
