import { describe, expect, test } from 'vitest'
import { goals, mexicoGdpAssessment, progress } from '@/testing/fixtures.ts'
import { buildStatusMatrix, latestYearByCountry, latestYearBySource } from './build-status-matrix.ts'

describe('buildStatusMatrix', () => {
  test('orders rows by goal and cells by the requested countries', () => {
    const model = buildStatusMatrix([...goals].reverse(), progress, ['MEX', 'NAM'])
    expect(model.rows.map((r) => r.goal.id)).toEqual([1, 2, 3, 4])
    expect(model.rows[0]?.cells.map((c) => [c?.country, c?.status])).toEqual([
      ['MEX', 'moderate'],
      ['NAM', 'off_track'],
    ])
    expect(model.overall.map((c) => c?.score)).toEqual([0.3, -0.4])
  })

  test('leaves a cell empty when the API has no roll-up for it', () => {
    const model = buildStatusMatrix(goals, { goals: [], countries: [] }, ['CAN'])
    expect(model.rows[0]?.cells).toEqual([null])
    expect(model.overall).toEqual([null])
  })
})

describe('freshness', () => {
  test('takes the newest latest year per country and per source', () => {
    const assessments = [
      mexicoGdpAssessment,
      { ...mexicoGdpAssessment, indicator: 'unemployment-rate', latest: { year: 2025, value: 2.6 } },
      { ...mexicoGdpAssessment, indicator: 'intra-na-goods-trade', country: 'NAM' as const, latest: { year: 2025, value: 1.6 } },
    ]
    expect([...latestYearByCountry({ assessments })]).toEqual([
      ['MEX', 2025],
      ['NAM', 2025],
    ])
    const sources = new Map([
      ['gdp-per-capita-ppp', 'wdi'],
      ['unemployment-rate', 'wdi'],
      ['intra-na-goods-trade', 'nap'],
    ])
    expect([...latestYearBySource({ assessments }, sources)]).toEqual([
      ['wdi', 2025],
      ['nap', 2025],
    ])
  })
})
