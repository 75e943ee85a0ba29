import { describe, expect, test } from 'vitest'
import { checkMilestones, type MilestoneContext } from './milestones.ts'
import type { YearValue } from './types.ts'

const series: YearValue[] = [
  { year: 2020, value: 100 },
  { year: 2022, value: 110 },
  { year: 2024, value: 121 },
]
const context: MilestoneContext = {
  direction: 1,
  series,
  latest: { year: 2024, value: 121 },
  method: 'linear',
  actualPace: 5,
  pathAt: (year) => (year >= 2020 && year <= 2050 ? 100 + (year - 2020) : null),
}

describe('checkMilestones', () => {
  test.each([
    { name: 'a future milestone within reach', milestone: { year: 2030, value: 150 }, projected: 151, actual: null, onCourse: true },
    { name: 'a future milestone out of reach', milestone: { year: 2030, value: 152 }, projected: 151, actual: null, onCourse: false },
    { name: 'a passed milestone that was met', milestone: { year: 2022, value: 105 }, projected: null, actual: 110, onCourse: true },
    { name: 'a passed milestone that was missed', milestone: { year: 2022, value: 115 }, projected: null, actual: 110, onCourse: false },
    { name: 'a passed milestone in a year without a value', milestone: { year: 2021, value: 105 }, projected: null, actual: null, onCourse: null },
  ])('judges $name', ({ milestone, projected, actual, onCourse }) => {
    const [check] = checkMilestones([milestone], context)
    expect(check).toEqual({
      year: milestone.year,
      target: milestone.value,
      pathValue: 100 + (milestone.year - 2020),
      projectedValue: projected,
      actualValue: actual,
      onCourse,
    })
  })

  test.each([
    { name: 'lower is better, projected below the milestone', direction: -1, value: 160, onCourse: true },
    { name: 'lower is better, projected above the milestone', direction: -1, value: 140, onCourse: false },
  ] as const)('judges $name', ({ direction, value, onCourse }) => {
    const [check] = checkMilestones([{ year: 2030, value }], { ...context, direction })
    expect(check?.onCourse).toBe(onCourse)
  })

  test('has no projection and no verdict for a future milestone without a pace', () => {
    const [check] = checkMilestones([{ year: 2030, value: 150 }], { ...context, actualPace: null })
    expect(check).toMatchObject({ projectedValue: null, onCourse: null })
  })

  test('sorts milestones by year', () => {
    const checks = checkMilestones(
      [
        { year: 2040, value: 1 },
        { year: 2030, value: 1 },
      ],
      context,
    )
    expect(checks.map((check) => check.year)).toEqual([2030, 2040])
  })
})
