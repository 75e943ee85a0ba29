import { describe, expect, test } from 'vitest'
import { pointSourceNote, SeriesSchema, toSeries, type NotedPoint } from './series.ts'

const WDI = 'World Bank, World Development Indicators (API download, last updated 2026-02-24) (CC BY 4.0 (World Bank WDI terms of use))'
const NAM = 'Computed by the Goal Monitor: mean of CAN, MEX, USA weighted by population'
const point = (year: number, sourceNote: string | null, value = year / 10): NotedPoint => ({
  period: String(year),
  year,
  value,
  estimate: false,
  provisional: false,
  breakInSeries: false,
  derived: false,
  sourceNote,
})

describe('a series names each source once', () => {
  test('countries sharing one note name it by id; a computed aggregate gets its own', () => {
    const s = toSeries('gdp-per-capita-ppp', null, [
      { country: 'CAN', points: [point(2022, WDI), point(2023, WDI)] },
      { country: 'MEX', points: [point(2022, WDI), point(2023, WDI)] },
      { country: 'NAM', points: [point(2022, NAM)] },
    ])
    expect(s.sources).toEqual([
      { id: 0, note: WDI },
      { id: 1, note: NAM },
    ])
    expect(s.series.map((c) => [c.country, c.sourceId])).toEqual([
      ['CAN', 0],
      ['MEX', 0],
      ['NAM', 1],
    ])
    expect(s.series[0]?.points[0]).toEqual({ period: '2022', year: 2022, value: 202.2, estimate: false, provisional: false, breakInSeries: false, derived: false })
    expect(SeriesSchema.parse(s)).toEqual(s)
  })

  test.each([
    ['every point the same note', [WDI, WDI, WDI], 0, [undefined, undefined, undefined]],
    ['one point differs: only it names its own', [WDI, 'WDI, 2026 release', WDI], 0, [undefined, 1, undefined]],
    ['most points have no note', [null, null, WDI], null, [undefined, undefined, 0]],
    ['a note on the minority, none on the rest', [WDI, null, null], null, [0, undefined, undefined]],
    ['equal counts: the first note seen is the series note', [WDI, NAM], 0, [undefined, 1]],
    ['no note at all', [null, null], null, [undefined, undefined]],
  ])('%s', (_name, notes, seriesId, pointIds) => {
    const s = toSeries('x', null, [{ country: 'USA', points: notes.map((n, i) => point(2000 + i, n)) }])
    expect(s.series[0]?.sourceId).toBe(seriesId)
    expect(s.series[0]?.points.map((p) => p.sourceId)).toEqual(pointIds)
    expect(s.series[0]?.points.map((p) => 'sourceId' in p)).toEqual(pointIds.map((id) => id !== undefined))
  })

  test('an empty country series names no source', () => {
    expect(toSeries('x', '2000-01-01T23:59:59.999Z', [{ country: 'MEX', points: [] }])).toEqual({
      indicator: 'x',
      asOf: '2000-01-01T23:59:59.999Z',
      sources: [],
      series: [{ country: 'MEX', sourceId: null, points: [] }],
    })
  })

  test('full detail writes every note out as well', () => {
    const s = toSeries('x', null, [{ country: 'CAN', points: [point(2022, WDI), point(2023, null)] }], 'full')
    expect(s.series[0]?.points.map((p) => [p.sourceId, p.sourceNote])).toEqual([
      [undefined, WDI],
      [null, null],
    ])
  })

  test.each(['compact', 'full'] as const)('pointSourceNote gives back every point its own note (%s)', (detail) => {
    const notes = [WDI, 'WDI, 2026 release', null, WDI]
    const s = toSeries('x', null, [{ country: 'CAN', points: notes.map((n, i) => point(2000 + i, n)) }, { country: 'NAM', points: [point(2000, NAM)] }], detail)
    expect(s.series.flatMap((c) => c.points.map((p) => pointSourceNote(s, c, p)))).toEqual([...notes, NAM])
  })
})
