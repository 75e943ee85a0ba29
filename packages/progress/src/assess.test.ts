import { describe, expect, test } from 'vitest'
import { assess } from './assess.ts'
import { expectRelative } from './testing.ts'
import type { Assessment, AssessmentInput, TargetSpec, YearValue } from './types.ts'

const points = (entries: Record<number, number>): YearValue[] =>
  Object.entries(entries).map(([year, value]) => ({ year: Number(year), value }))

const target = (value: number | null, extra: Partial<TargetSpec> = {}): TargetSpec => ({
  value,
  year: 2050,
  baselineYear: null,
  milestones: [],
  bands: null,
  ...extra,
})

const input = (extra: Partial<AssessmentInput>): AssessmentInput => ({
  method: 'pace',
  direction: 1,
  series: [],
  target: null,
  asOf: '2026-01-01',
  ...extra,
})

/** Every number anywhere in the assessment is finite (the engine returns null instead of NaN/∞). */
function allNumbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(allNumbersFinite)
  if (value !== null && typeof value === 'object') return Object.values(value).every(allNumbersFinite)
  return true
}

describe('assess: status', () => {
  test.each<{ name: string; input: AssessmentInput; status: Assessment['status']; score: number | null }>([
    {
      name: 'lower is better and falling fast reads on_track',
      input: input({ direction: -1, series: points({ 2015: 10, 2025: 6 }), target: target(5) }),
      status: 'on_track',
      score: 5,
    },
    {
      name: 'lower is better and rising reads regressing',
      input: input({ direction: -1, series: points({ 2015: 8, 2025: 10 }), target: target(5) }),
      status: 'regressing',
      score: -5,
    },
    {
      name: 'lower is better and falling slowly reads moderate',
      input: input({ direction: -1, series: points({ 2015: 10, 2025: 8.5 }), target: target(5) }),
      status: 'moderate',
      score: (50 * ((Math.pow(0.85, 0.1) - 1) / (Math.pow(5 / 8.5, 1 / 25) - 1)) - 30) / 7,
    },
    {
      name: 'slipping slightly away reads regressing with an unclamped score',
      input: input({ series: points({ 2015: 100, 2025: 98 }), target: target(150) }),
      status: 'regressing',
      score: (25 * ((Math.pow(0.98, 0.1) - 1) / (Math.pow(150 / 98, 1 / 25) - 1)) - 15) / 6,
    },
    {
      name: 'target already met reads achieved with score 5',
      input: input({ series: points({ 2015: 80, 2025: 120 }), target: target(100) }),
      status: 'achieved',
      score: 5,
    },
    {
      name: 'a single value that meets the target reads achieved',
      input: input({ series: points({ 2025: 120 }), target: target(100) }),
      status: 'achieved',
      score: 5,
    },
    {
      name: 'lower is better at the target reads achieved',
      input: input({ direction: -1, series: points({ 2020: 6, 2025: 5 }), target: target(5) }),
      status: 'achieved',
      score: 5,
    },
    {
      name: 'target met and then lost reads regressing',
      input: input({ series: points({ 2015: 120, 2020: 130, 2025: 90 }), target: target(100) }),
      status: 'regressing',
      score: -5,
    },
    {
      name: 'one data point reads insufficient_data',
      input: input({ series: points({ 2025: 50 }), target: target(100) }),
      status: 'insufficient_data',
      score: null,
    },
    {
      name: 'no data at all reads insufficient_data',
      input: input({ target: target(100) }),
      status: 'insufficient_data',
      score: null,
    },
    {
      name: 'a window shorter than 2 years reads insufficient_data even with 3 values',
      input: input({ series: points({ 2010: 40, 2024: 50, 2025: 51 }), target: target(100) }),
      status: 'insufficient_data',
      score: null,
    },
    {
      name: 'no target reads no_target',
      input: input({ series: points({ 2015: 40, 2025: 50 }), target: null }),
      status: 'no_target',
      score: null,
    },
    {
      name: 'a target without a value (pace) reads no_target',
      input: input({ series: points({ 2015: 40, 2025: 50 }), target: target(null) }),
      status: 'no_target',
      score: null,
    },
    {
      name: 'target year passed, moving towards the target reads off_track at the R = 0 score',
      input: input({ series: points({ 2015: 40, 2025: 50 }), target: target(100, { year: 2024 }) }),
      status: 'off_track',
      score: -2.5,
    },
    {
      name: 'target year passed, moving away reads regressing at the R = 0 score',
      input: input({ series: points({ 2015: 60, 2025: 50 }), target: target(100, { year: 2025 }) }),
      status: 'regressing',
      score: -2.5,
    },
  ])('$name', ({ input: assessmentInput, status, score }) => {
    const result = assess(assessmentInput)
    expect(result.status).toBe(status)
    if (score === null) expect(result.score).toBeNull()
    else expectRelative(result.score, score)
    expect(allNumbersFinite(result)).toBe(true)
  })
})

describe('assess: fall-back from pace to linear for values ≤ 0', () => {
  test.each([
    {
      name: 'a negative window start',
      direction: 1,
      series: points({ 2015: -2, 2020: 1, 2025: 4 }),
      spec: target(10, { baselineYear: 2020 }),
      actualPace: 0.6,
      requiredPace: 0.24,
    },
    {
      name: 'a zero target (lower is better)',
      direction: -1,
      series: points({ 2015: 10, 2025: 5 }),
      spec: target(0),
      actualPace: -0.5,
      requiredPace: -0.2,
    },
    {
      name: 'a zero baseline value used for the path',
      direction: 1,
      series: points({ 2012: 0, 2015: 2, 2025: 4 }),
      spec: target(10, { baselineYear: 2012 }),
      actualPace: 0.2,
      requiredPace: 0.24,
    },
  ] as const)('uses linear differences for $name', ({ direction, series, spec, actualPace, requiredPace }) => {
    const result = assess(input({ direction, series: [...series], target: spec }))
    expect(result).toMatchObject({ method: 'pace', methodUsed: 'linear', fallback: true })
    expectRelative(result.actualPace, actualPace)
    expectRelative(result.requiredPace, requiredPace)
    expectRelative(result.paceRatio, actualPace / requiredPace)
    expectRelative(result.projectedValue, (series.at(-1)?.value ?? 0) + actualPace * 25)
  })

  test('draws a straight path from the baseline', () => {
    const result = assess(input({ series: points({ 2015: -2, 2020: 1, 2025: 4 }), target: target(10, { baselineYear: 2020 }) }))
    expect(result.path).toHaveLength(31)
    expectRelative(result.pathValueAtLatest, 1 + (9 * 5) / 30)
    expectRelative(result.yearReached, 2025 + 6 / 0.6)
  })

  test('configured linear is not a fall-back', () => {
    const result = assess(input({ method: 'linear', series: points({ 2015: 2, 2025: 4 }), target: target(10) }))
    expect(result).toMatchObject({ method: 'linear', methodUsed: 'linear', fallback: false })
  })
})

describe('assess: returned numbers', () => {
  test('one data point still returns latest, target, baseline and path', () => {
    const result = assess(input({ series: points({ 2025: 50 }), target: target(100, { baselineYear: 2023 }) }))
    expect(result.latest).toEqual({ year: 2025, value: 50 })
    expect(result).toMatchObject({ targetValue: 100, targetYear: 2050, actualPace: null, paceRatio: null })
    expect(result.baseline).toEqual({ year: 2025, value: 50 })
    expect(result.path).toHaveLength(28)
    expectRelative(result.path[0]?.value, 50)
  })

  test('the baseline is the nearest observed year when the baseline year has no value (ties → earlier)', () => {
    const result = assess(input({ series: points({ 2020: 40, 2024: 48, 2025: 50 }), target: target(100, { baselineYear: 2022 }) }))
    expect(result.baseline).toEqual({ year: 2020, value: 40 })
    expect(result.path[0]).toEqual({ year: 2022, value: 40 })
  })

  test('a gap of years in the window starts the window at the first observed year ≥ t − W', () => {
    const result = assess(input({ series: points({ 2012: 80, 2018: 90, 2024: 100 }), target: target(200) }))
    expect(result.windowStart).toEqual({ year: 2018, value: 90 })
    expectRelative(result.actualPace, Math.pow(100 / 90, 1 / 6) - 1)
  })

  test('asOf ignores values after its year', () => {
    const series = points({ 2015: 40, 2020: 45, 2023: 47, 2024: 10, 2025: 10 })
    const result = assess(input({ series, target: target(100), asOf: '2023-12-31' }))
    expect(result.latest).toEqual({ year: 2023, value: 47 })
    expect(result.windowStart).toEqual({ year: 2015, value: 40 })
    expect(result.trend?.toYear).toBe(2023)
    expect(result.status).not.toBe('regressing')
  })

  test('no target still returns latest, window start, actual pace and trend', () => {
    const result = assess(input({ series: points({ 2015: 40, 2022: 45, 2025: 50 }), target: null }))
    expect(result).toMatchObject({
      status: 'no_target',
      latest: { year: 2025, value: 50 },
      windowStart: { year: 2015, value: 40 },
      targetValue: null,
      path: [],
      milestones: [],
    })
    expectRelative(result.actualPace, Math.pow(50 / 40, 0.1) - 1)
    expect(result.trend).toMatchObject({ direction: 'improving', fromYear: 2022, toYear: 2025 })
  })

  test('no year reached and no projection beyond the target when moving away', () => {
    const result = assess(input({ series: points({ 2015: 60, 2025: 50 }), target: target(100) }))
    expect(result.status).toBe('regressing')
    expect(result.yearReached).toBeNull()
    expect(result.paceRatio).toBeLessThan(0)
  })

  test('a passed milestone is judged on the observed value and a future one on the projection', () => {
    const result = assess(
      input({
        series: points({ 2015: 100, 2020: 110, 2025: 121 }),
        target: target(300, {
          baselineYear: 2015,
          milestones: [
            { year: 2035, value: 145 },
            { year: 2020, value: 105 },
          ],
        }),
      }),
    )
    const [past, future] = result.milestones
    expect(past).toMatchObject({ year: 2020, target: 105, actualValue: 110, projectedValue: null, onCourse: true })
    expectRelative(past?.pathValue, 100 * Math.pow(3, 5 / 35))
    expect(future).toMatchObject({ year: 2035, target: 145, actualValue: null, onCourse: true })
    expectRelative(future?.projectedValue, 121 * Math.pow(1.21, 1))
  })

  test.each([
    { name: 'a bad asOf', extra: { asOf: '2025/01/01' } },
    { name: 'a zero window', extra: { windowYears: 0 } },
    { name: 'a negative window', extra: { windowYears: -5 } },
  ])('throws on $name', ({ extra }) => {
    expect(() => assess(input({ series: points({ 2015: 1, 2025: 2 }), target: target(3), ...extra }))).toThrow()
  })
})

describe('assess: threshold method', () => {
  const bands: [number, number, number] = [3, 4, 5]

  test.each([
    { name: 'inflation averaging 2.6 % (lower is better, bands 3/4/5) reads on_track', values: [2.2, 2.8, 2.5, 3.1, 2.4], status: 'on_track', score: 3.75 },
    { name: 'inflation averaging 3.6 % reads moderate', values: [3.2, 3.8, 3.5, 4.1, 3.4], status: 'moderate', score: 1.25 },
    { name: 'inflation averaging 4.6 % reads off_track', values: [4.2, 4.8, 4.5, 5.1, 4.4], status: 'off_track', score: -1.25 },
    { name: 'inflation averaging 7 % reads regressing', values: [7, 7, 7, 7, 7], status: 'regressing', score: -3.75 },
  ])('$name', ({ values, status, score }) => {
    const series = values.map((value, index) => ({ year: 2021 + index, value }))
    const result = assess(input({ method: 'threshold', direction: -1, series, target: target(null, { bands }) }))
    expect(result).toMatchObject({ status, score, methodUsed: 'threshold', fallback: false, bands, path: [] })
    expectRelative(result.thresholdMean, values.reduce((a, b) => a + b, 0) / values.length)
  })

  test('averages only the years after t − 5', () => {
    const series = points({ 2019: 100, 2020: 100, 2021: 1, 2025: 2 })
    const result = assess(input({ method: 'threshold', series, target: target(null, { bands: [1, 0.5, 0] }) }))
    expect(result.thresholdValues.map((point) => point.year)).toEqual([2021, 2025])
    expect(result.thresholdMean).toBe(1.5)
  })

  test('one value in the last 5 years reads insufficient_data', () => {
    const series = points({ 2015: 1, 2025: 2 })
    const result = assess(input({ method: 'threshold', series, target: target(null, { bands: [1, 0.5, 0] }) }))
    expect(result).toMatchObject({ status: 'insufficient_data', score: null, thresholdMean: null })
    expect(result.thresholdValues).toHaveLength(1)
  })

  test.each([
    { name: 'no target', spec: null },
    { name: 'no bands', spec: target(null) },
  ])('$name reads no_target with a linear trend', ({ spec }) => {
    const series = points({ 2021: 1, 2025: 2 })
    const result = assess(input({ method: 'threshold', series, target: spec }))
    expect(result).toMatchObject({ status: 'no_target', score: null, actualPace: null })
    expect(result.trend).toMatchObject({ direction: 'improving', pace: 0.25 })
  })
})
