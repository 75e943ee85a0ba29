import { DEFAULT_WINDOW_YEARS } from '@nap/domain'
import { asOfYear } from './as-of.ts'
import { finiteOrNull, meetsTarget } from './direction.ts'
import { checkMilestones } from './milestones.ts'
import { pathValue, requiredPath, type PathEnds } from './path.ts'
import { paceBetween, project, yearsToReach, type PaceMethod } from './rates.ts'
import {
  ACHIEVED_SCORE,
  MAX_SCORE,
  MIN_SCORE,
  THRESHOLD_SCORES,
  scoreFromRatio,
  statusFromRatio,
} from './score.ts'
import { nearestObservation, prepareSeries, valuesAfter, windowStart } from './series.ts'
import { THRESHOLD_WINDOW_YEARS, thresholdStatus } from './threshold.ts'
import { computeTrend } from './trend.ts'
import type { Assessment, AssessmentInput, YearValue } from './types.ts'

/** Minimum span t − s (years) of the assessment window. */
export const MIN_WINDOW_SPAN = 2
/** Minimum number of values for any pace or threshold mean. */
export const MIN_VALUES = 2
/** Score when the target year has passed (or is this year) and the target is not met: the R → 0 limit. */
export const DEADLINE_PASSED_SCORE = scoreFromRatio(0)

interface Prepared {
  input: AssessmentInput
  series: YearValue[]
  latest: YearValue | null
  start: YearValue | null
  base: Assessment
}

/**
 * Assesses one indicator series against its target (METHODOLOGY.md). Pure: the assessment date is
 * `input.asOf`, values after its year are ignored, and every number used is returned.
 */
export function assess(input: AssessmentInput): Assessment {
  const lastYear = asOfYear(input.asOf)
  const windowYears = input.windowYears ?? DEFAULT_WINDOW_YEARS
  if (!Number.isFinite(windowYears) || windowYears <= 0) {
    throw new RangeError(`assess: windowYears must be a positive number (got ${windowYears})`)
  }
  const series = prepareSeries(input.series, lastYear)
  const latest = series.at(-1) ?? null
  const start = latest === null ? null : windowStart(series, latest.year, windowYears)
  const base: Assessment = {
    status: 'insufficient_data',
    method: input.method,
    methodUsed: input.method,
    fallback: false,
    direction: input.direction,
    windowYears,
    latest,
    windowStart: start,
    baseline: null,
    targetValue: input.target?.value ?? null,
    targetYear: input.target?.year ?? null,
    actualPace: null,
    requiredPace: null,
    paceRatio: null,
    score: null,
    projectedValue: null,
    yearReached: null,
    path: [],
    pathValueAtLatest: null,
    gapToPath: null,
    milestones: [],
    trend: null,
    thresholdMean: null,
    thresholdValues: [],
    bands: null,
  }
  const prepared: Prepared = { input, series, latest, start, base }
  return input.method === 'threshold' ? assessThreshold(prepared) : assessPace(prepared, input.method)
}

function assessThreshold({ input, series, latest, base }: Prepared): Assessment {
  const trend = computeTrend(series, input.direction, 'linear')
  const bands = input.target?.bands ?? null
  if (input.target === null || bands === null) return { ...base, status: 'no_target', trend }
  const thresholdValues =
    latest === null ? [] : valuesAfter(series, latest.year - THRESHOLD_WINDOW_YEARS)
  const milestones = checkMilestones(input.target.milestones, {
    direction: input.direction,
    series,
    latest,
    method: 'linear',
    actualPace: null,
    pathAt: () => null,
  })
  const withData = { ...base, trend, bands, thresholdValues, milestones }
  if (thresholdValues.length < MIN_VALUES) return { ...withData, status: 'insufficient_data' }
  const mean = thresholdValues.reduce((sum, point) => sum + point.value, 0) / thresholdValues.length
  const status = thresholdStatus(mean, bands, input.direction)
  return { ...withData, status, score: THRESHOLD_SCORES[status], thresholdMean: mean }
}

function assessPace({ input, series, latest, start, base }: Prepared, method: PaceMethod): Assessment {
  const { direction, target } = input
  const targetValue = target?.value ?? null
  const baseline =
    target !== null && targetValue !== null && target.baselineYear !== null
      ? nearestObservation(series, target.baselineYear)
      : null

  // Growth rates are undefined for values ≤ 0: fall back to differences for every number.
  const mustBePositive = [start?.value, latest?.value, targetValue, baseline?.value]
  const needsFallback =
    method === 'pace' && mustBePositive.some((value) => value !== undefined && value !== null && value <= 0)
  const methodUsed: PaceMethod = needsFallback ? 'linear' : method

  const windowOk =
    latest !== null &&
    start !== null &&
    series.length >= MIN_VALUES &&
    latest.year - start.year >= MIN_WINDOW_SPAN
  const actualPace =
    windowOk && latest !== null && start !== null
      ? finiteOrNull(paceBetween(methodUsed, latest.value, start.value, latest.year - start.year))
      : null
  const trend = computeTrend(series, direction, methodUsed)
  const common = { ...base, methodUsed, fallback: needsFallback, actualPace, trend }

  if (target === null || targetValue === null) return { ...common, status: 'no_target' }

  const targetYear = target.year
  const ends: PathEnds | null =
    baseline === null || target.baselineYear === null
      ? null
      : { baseYear: target.baselineYear, baseValue: baseline.value, targetYear, targetValue }
  const pathAt = (year: number): number | null =>
    ends === null ? null : pathValue(methodUsed, ends, year)
  const path = ends === null ? [] : requiredPath(methodUsed, ends)
  const pathValueAtLatest = latest === null ? null : pathAt(latest.year)
  const gapToPath =
    latest === null || pathValueAtLatest === null || pathValueAtLatest === 0
      ? null
      : finiteOrNull((direction * (latest.value - pathValueAtLatest)) / Math.abs(pathValueAtLatest))
  const projectedValue =
    latest === null || actualPace === null || targetYear < latest.year
      ? null
      : finiteOrNull(project(methodUsed, latest.value, actualPace, targetYear - latest.year))
  const milestones = checkMilestones(target.milestones, {
    direction,
    series,
    latest,
    method: methodUsed,
    actualPace,
    pathAt,
  })
  const withTarget: Assessment = {
    ...common,
    baseline,
    path,
    pathValueAtLatest,
    gapToPath,
    projectedValue,
    milestones,
  }

  if (latest === null) return withTarget
  if (meetsTarget(latest.value, targetValue, direction)) {
    return { ...withTarget, status: 'achieved', score: ACHIEVED_SCORE }
  }
  if (actualPace === null) return withTarget

  // Not achieved from here on, so T lies on the "better" side of v_t and sign(R) = sign(d · r_act).
  const towards = direction * actualPace
  const reachYears =
    towards > 0 ? yearsToReach(methodUsed, latest.value, targetValue, actualPace) : null
  const yearReached = reachYears === null ? null : finiteOrNull(latest.year + reachYears)

  if (targetYear <= latest.year) {
    // Deadline passed (or no year left) without reaching T: r_req is unbounded, R → 0 from the side of
    // the current pace. Moving away reads regressing, otherwise off_track; score is the R = 0 value.
    const status = towards < 0 ? 'regressing' : 'off_track'
    return { ...withTarget, status, score: DEADLINE_PASSED_SCORE, yearReached }
  }

  const requiredPace = finiteOrNull(
    paceBetween(methodUsed, targetValue, latest.value, targetYear - latest.year),
  )
  const ratio = requiredPace === null || requiredPace === 0 ? null : finiteOrNull(actualPace / requiredPace)
  if (ratio === null) {
    // Only reachable through floating-point underflow (T within rounding of v_t): R is ±∞ or 0/0.
    const status = towards >= 0 ? 'on_track' : 'regressing'
    const score = towards >= 0 ? MAX_SCORE : MIN_SCORE
    return { ...withTarget, status, score, requiredPace, yearReached }
  }
  return {
    ...withTarget,
    status: statusFromRatio(ratio),
    score: scoreFromRatio(ratio),
    requiredPace,
    paceRatio: ratio,
    yearReached: ratio > 0 ? yearReached : null,
  }
}
