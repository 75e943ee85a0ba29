/**
 * The four worked examples of METHODOLOGY.md, with the real data of data/observations.csv.
 * Each number is checked twice: against the formula (1e-6 relative) and against the value the
 * document quotes (to the digits it quotes).
 */
import { describe, expect, test } from 'vitest'
import { assess } from './assess.ts'
import { expectRelative, expectWithin } from './testing.ts'
import type { AssessmentInput, YearValue } from './types.ts'

const cagr = (x1: number, x0: number, n: number): number => Math.pow(x1 / x0, 1 / n) - 1
const score = (r: number): number => (r >= 0.6 ? Math.min((50 * r - 30) / 7, 5) : Math.max((25 * r - 15) / 6, -5))
const years = (first: number, values: number[]): YearValue[] =>
  values.map((value, index) => ({ year: first + index, value }))

// A. NY.GDP.PCAP.PP.KD, MEX, 2012…2024
const mexicoGdpPerCapita = years(2012, [
  20898.9357195292, 20805.3480411912, 21069.7661649129, 21408.9283201493, 21578.2633554092,
  21777.5225111982, 21997.7730167472, 21704.1859494071, 19728.4817823158, 20782.5877417545,
  21391.8573692427, 21917.24858366, 22039.6287019016,
])
// B. SL.UEM.TOTL.ZS, CAN, 2011…2025
const canadaUnemployment = years(2011, [
  7.637, 7.392, 7.143, 7.023, 6.945, 7.038, 6.426, 5.837, 5.69, 9.657, 7.527, 5.279, 5.415, 6.351, 6.907,
])

const A_T = 1.25 * 21917.24858366
const A: AssessmentInput = {
  method: 'pace',
  direction: 1,
  series: mexicoGdpPerCapita,
  target: { value: A_T, year: 2050, baselineYear: 2023, milestones: [], bands: null },
  asOf: '2025-11-23',
}
const B: AssessmentInput = {
  method: 'pace',
  direction: -1,
  series: canadaUnemployment,
  target: { value: 5.0, year: 2050, baselineYear: 2023, milestones: [], bands: null },
  asOf: '2026-01-15',
}
const C: AssessmentInput = {
  method: 'pace',
  direction: 1,
  series: [
    { year: 2025, value: 1.6 },
    { year: 2003, value: 0.632 },
    { year: 2022, value: 1.5 },
  ],
  target: { value: 14, year: 2050, baselineYear: 2022, milestones: [{ year: 2040, value: 6.3 }], bands: null },
  asOf: '2026-03-01',
}
const D: AssessmentInput = {
  method: 'threshold',
  direction: 1,
  series: years(2021, [-0.3517, -0.6959, 0.0108, -0.2398, -0.876]),
  target: { value: null, year: 2050, baselineYear: null, milestones: [], bands: [1.0, 0.5, 0.0] },
  asOf: '2026-03-01',
}

interface PaceCase {
  name: string
  input: AssessmentInput
  status: string
  window: [number, number]
  vs: number
  vt: number
  t: number
  s: number
  T: number
  quoted: { actualPace: number; requiredPace: number; ratio: number; score: number; projected: number }
}

const paceCases: PaceCase[] = [
  {
    name: 'A: Mexico GDP per capita PPP reads off_track',
    input: A,
    status: 'off_track',
    window: [2014, 2024],
    vs: 21069.7661649129,
    vt: 22039.6287019016,
    s: 2014,
    t: 2024,
    T: A_T,
    quoted: { actualPace: 0.00451, requiredPace: 0.008403, ratio: 0.5367, score: -0.2636, projected: 24775.37 },
  },
  {
    name: 'B: Canada unemployment (lower is better) reads off_track over 10 years',
    input: B,
    status: 'off_track',
    window: [2015, 2025],
    vs: 6.945,
    vt: 6.907,
    s: 2015,
    t: 2025,
    T: 5,
    quoted: { actualPace: -0.000549, requiredPace: -0.012841, ratio: 0.04272, score: -2.322, projected: 6.8129 },
  },
  {
    name: 'C: intra-North American goods trade reads off_track',
    input: C,
    status: 'off_track',
    window: [2022, 2025],
    vs: 1.5,
    vt: 1.6,
    s: 2022,
    t: 2025,
    T: 14,
    quoted: { actualPace: 0.021746, requiredPace: 0.090637, ratio: 0.2399, score: -1.5003, projected: 2.7396 },
  },
]

/** Absolute tolerance for a value quoted with the decimals of `quoted`: half a unit of its last digit. */
function quotedTolerance(quoted: number): number {
  const decimals = (String(quoted).split('.')[1] ?? '').length
  return 0.5 * 10 ** -decimals + 1e-12
}

describe('worked examples (pace)', () => {
  test.each(paceCases)('$name', ({ input, status, window, vs, vt, s, t, T, quoted }) => {
    const result = assess(input)
    const rAct = cagr(vt, vs, t - s)
    const rReq = cagr(T, vt, 2050 - t)
    const ratio = rAct / rReq

    expect(result.status).toBe(status)
    expect(result.methodUsed).toBe('pace')
    expect(result.fallback).toBe(false)
    expect([result.windowStart?.year, result.latest?.year]).toEqual(window)
    expectRelative(result.actualPace, rAct)
    expectRelative(result.requiredPace, rReq)
    expectRelative(result.paceRatio, ratio)
    expectRelative(result.score, score(ratio))
    expectRelative(result.projectedValue, vt * Math.pow(1 + rAct, 2050 - t))

    expectWithin(result.actualPace, quoted.actualPace, quotedTolerance(quoted.actualPace))
    expectWithin(result.requiredPace, quoted.requiredPace, quotedTolerance(quoted.requiredPace))
    expectWithin(result.paceRatio, quoted.ratio, quotedTolerance(quoted.ratio))
    expectWithin(result.score, quoted.score, quotedTolerance(quoted.score))
    expectWithin(result.projectedValue, quoted.projected, quotedTolerance(quoted.projected))
  })
})

describe('worked example A: path and reach year', () => {
  const result = assess(A)
  const vb = 21917.24858366
  const path2024 = vb * Math.pow(A_T / vb, 1 / 27)

  test('target is 1.25 × the 2023 value', () => {
    expectWithin(result.targetValue, 27396.5607296, 1e-6)
  })
  test('year reached at the current pace is about 2072.3', () => {
    const rAct = cagr(22039.6287019016, 21069.7661649129, 10)
    expectRelative(result.yearReached, 2024 + Math.log(A_T / 22039.6287019016) / Math.log(1 + rAct))
    expectWithin(result.yearReached, 2072.3, 0.05)
  })
  test('path(2024) is 22099.14 and the gap to it −0.27 %', () => {
    expectRelative(result.pathValueAtLatest, path2024)
    expectWithin(result.pathValueAtLatest, 22099.14, 0.005)
    expectRelative(result.gapToPath, (22039.6287019016 - path2024) / path2024)
    expectWithin(result.gapToPath, -0.0027, 0.00005)
  })
  test('path runs from the baseline 2023 to 2050, one value a year', () => {
    expect(result.baseline).toEqual({ year: 2023, value: vb })
    expect(result.path).toHaveLength(28)
    expect(result.path[0]).toEqual({ year: 2023, value: vb })
    expectRelative(result.path.at(-1)?.value, A_T)
  })
})

describe('worked example B: window length', () => {
  test.each([
    { windowYears: 10, status: 'off_track', start: 2015 },
    { windowYears: 5, status: 'on_track', start: 2020 },
  ])('W = $windowYears starts in $start and reads $status', ({ windowYears, status, start }) => {
    const result = assess({ ...B, windowYears })
    expect(result.status).toBe(status)
    expect(result.windowStart?.year).toBe(start)
  })

  test('the 5-year trend starts in the 2020 spike and reads improving', () => {
    const trend = assess(B).trend
    expect(trend).toMatchObject({ direction: 'improving', fromYear: 2020, toYear: 2025 })
    expectRelative(trend?.pace, cagr(6.907, 9.657, 5))
  })

  test('gap to path is negative: unemployment is above the path, i.e. behind', () => {
    const result = assess(B)
    const path2025 = 5.415 * Math.pow(5 / 5.415, 2 / 27)
    expectRelative(result.gapToPath, -(6.907 - path2025) / path2025)
  })
})

describe('worked example C: path, gap and milestone', () => {
  const result = assess(C)
  const path = (y: number): number => 1.5 * Math.pow(14 / 1.5, (y - 2022) / 28)

  test('path(2025) is 1.9056 and the gap −16.04 %', () => {
    expectRelative(result.pathValueAtLatest, path(2025))
    expectWithin(result.pathValueAtLatest, 1.9056, 0.00005)
    expectRelative(result.gapToPath, (1.6 - path(2025)) / path(2025))
    expectWithin(result.gapToPath, -0.1604, 0.00005)
  })

  test('the 2040 milestone of 6.3 is not on course at the current pace', () => {
    const rAct = cagr(1.6, 1.5, 3)
    expect(result.milestones).toHaveLength(1)
    const [check] = result.milestones
    expect(check).toMatchObject({ year: 2040, target: 6.3, actualValue: null, onCourse: false })
    expectRelative(check?.pathValue, path(2040))
    expectRelative(check?.projectedValue, 1.6 * Math.pow(1 + rAct, 15))
  })
})

describe('worked example D: threshold', () => {
  test('growth gap mean −0.4305 is regressing with score −3.75', () => {
    const result = assess(D)
    expect(result.status).toBe('regressing')
    expect(result.score).toBe(-3.75)
    expect(result.methodUsed).toBe('threshold')
    expectRelative(result.thresholdMean, -0.43052)
    expectWithin(result.thresholdMean, -0.4305, 0.00005)
    expect(result.thresholdValues.map((point) => point.year)).toEqual([2021, 2022, 2023, 2024, 2025])
    expect(result.bands).toEqual([1.0, 0.5, 0.0])
    expect(result.path).toEqual([])
    expect(result.paceRatio).toBeNull()
  })
})
