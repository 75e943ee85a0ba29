import type { Direction } from '@nap/domain'
import { finiteOrNull, meetsTarget } from './direction.ts'
import { project, type PaceMethod } from './rates.ts'
import { valueInYear } from './series.ts'
import type { Milestone, MilestoneCheck, YearValue } from './types.ts'

export interface MilestoneContext {
  direction: Direction
  /** Prepared series (sorted, ≤ asOf). */
  series: readonly YearValue[]
  latest: YearValue | null
  /** Method and pace used to project; pace null when there is none. */
  method: PaceMethod
  actualPace: number | null
  /** path(y), or null where there is no path. */
  pathAt: (year: number) => number | null
}

/**
 * Checks each milestone (sorted by year). Past milestones (year ≤ t) are judged on the observed value
 * of that year (null if that year has no value); future ones on the value projected at the current pace.
 */
export function checkMilestones(
  milestones: readonly Milestone[],
  context: MilestoneContext,
): MilestoneCheck[] {
  const { direction, series, latest, method, actualPace, pathAt } = context
  return [...milestones]
    .sort((a, b) => a.year - b.year)
    .map((milestone) => {
      const passed = latest !== null && milestone.year <= latest.year
      const actualValue = passed ? valueInYear(series, milestone.year) : null
      const projectedValue =
        !passed && latest !== null && actualPace !== null
          ? finiteOrNull(project(method, latest.value, actualPace, milestone.year - latest.year))
          : null
      const judged = actualValue ?? projectedValue
      return {
        year: milestone.year,
        target: milestone.value,
        pathValue: pathAt(milestone.year),
        projectedValue,
        actualValue,
        onCourse: judged === null ? null : meetsTarget(judged, milestone.value, direction),
      }
    })
}
