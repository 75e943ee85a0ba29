/**
 * The one-sentence pace of an indicator card: "Growing 0.45% a year; needs 0.84% a year to reach
 * 27,397 by 2050." Threshold indicators compare the 5-year mean with their bands. Pure.
 */
import type { AssessmentDto } from '@nap/schemas'
import { formatYear } from '@/lib/format.ts'
import { fp, fv, type FormatContext } from './format-context.ts'

/** Below this (fraction a year for pace; share of the latest value for linear) a pace reads "flat". */
const FLAT_PACE = 0.00005

export function movement(ctx: FormatContext, pace: number, method: AssessmentDto['methodUsed'], reference: number | null): string {
  const scale = method === 'pace' ? 1 : Math.abs(reference ?? 1) || 1
  if (Math.abs(pace) / scale < FLAT_PACE) return ctx.t('pace.flat')
  return ctx.t(pace > 0 ? 'pace.growing' : 'pace.falling', { pace: fp(ctx, Math.abs(pace), method) })
}

export function thresholdSentence(ctx: FormatContext, a: AssessmentDto): string | null {
  if (a.thresholdMean === null || a.bands === null) return null
  const first = a.thresholdValues[0]
  const last = a.thresholdValues.at(-1)
  const [high, mid, low] = a.bands
  return ctx.t(a.direction === 1 ? 'pace.thresholdUp' : 'pace.thresholdDown', {
    mean: fv(ctx, a.thresholdMean),
    from: first ? formatYear(first.year) : '',
    to: last ? formatYear(last.year) : '',
    a: fv(ctx, high),
    b: fv(ctx, mid),
    c: fv(ctx, low),
  })
}

export function paceSentence(ctx: FormatContext, a: AssessmentDto): string {
  const { t } = ctx
  if (a.status === 'achieved' && a.targetValue !== null && a.latest) {
    return t('pace.achieved', { target: fv(ctx, a.targetValue), latest: fv(ctx, a.latest.value), year: formatYear(a.latest.year) })
  }
  if (a.methodUsed === 'threshold') {
    return thresholdSentence(ctx, a) ?? t(a.status === 'no_target' ? 'pace.noTargetNoPace' : 'pace.insufficient')
  }
  if (a.status === 'no_target') {
    if (a.trend) {
      return t('pace.noTarget', {
        actual: movement(ctx, a.trend.pace, a.methodUsed, a.latest?.value ?? null),
        from: formatYear(a.trend.fromYear),
        to: formatYear(a.trend.toYear),
      })
    }
    return t('pace.noTargetNoPace')
  }
  if (a.actualPace === null || a.targetValue === null || a.targetYear === null) return t('pace.insufficient')
  const actual = movement(ctx, a.actualPace, a.methodUsed, a.latest?.value ?? null)
  if (a.requiredPace === null) return `${actual}.`
  return t(a.requiredPace >= 0 ? 'pace.needUp' : 'pace.needDown', {
    actual,
    pace: fp(ctx, Math.abs(a.requiredPace), a.methodUsed),
    target: fv(ctx, a.targetValue),
    year: formatYear(a.targetYear),
  })
}
