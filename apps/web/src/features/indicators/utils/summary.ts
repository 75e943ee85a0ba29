/**
 * The text summary under the chart (also the chart's accessible description), one paragraph per
 * country, e.g. "Mexico: 22,040 in 2024 (2023 baseline 21,917). Target 27,397 in 2050 (+25.0%, the
 * project's goal). Recent pace +0.45%/yr (2014–2024); needed +0.84%/yr. At this pace: 24,775 in
 * 2050; target reached around 2072. Status: Off track (pace ratio 0.54)." Pure.
 */
import type { TargetOrigin } from '@nap/domain'
import type { AssessmentDto } from '@nap/schemas'
import { formatPercent, formatRatio, formatYear } from '@/lib/format.ts'
import { fp, fv, type FormatContext } from './format-context.ts'
import { isPastHorizon, REACHED_HORIZON } from './year-reached.ts'

export interface SummaryInput {
  countryName: string
  assessment: AssessmentDto | null
  origin: TargetOrigin | null
  /** Latest observed point in the selected years, when there is no assessment. */
  fallbackLatest?: { year: number; value: number } | null
}

export function countrySummary(ctx: FormatContext, input: SummaryInput): string {
  const { t } = ctx
  const { countryName, assessment: a, origin } = input
  const latest = a?.latest ?? input.fallbackLatest ?? null
  if (!latest) return t('summary.noData', { country: countryName })
  const parts: string[] = []
  let first = t('summary.latest', { country: countryName, value: fv(ctx, latest.value), year: formatYear(latest.year) })
  if (a?.baseline && a.baseline.year !== latest.year) {
    first += t('summary.baseline', { year: formatYear(a.baseline.year), value: fv(ctx, a.baseline.value) })
  }
  parts.push(`${first}.`)
  if (!a) return parts.join(' ')

  if (a.targetValue !== null && a.targetYear !== null) {
    const reference = a.baseline?.value ?? latest.value
    const change = reference !== 0 ? (a.targetValue - reference) / Math.abs(reference) : null
    parts.push(
      t('summary.target', {
        target: fv(ctx, a.targetValue),
        year: formatYear(a.targetYear),
        change: change === null ? '' : formatPercent(change, ctx.lang, { decimals: 0, signed: true }),
        origin: origin ? t(`originLong.${origin}`) : '',
      }).replace(' (, ', ' (').replace(', )', ')'),
    )
  }
  if (a.methodUsed === 'threshold' && a.thresholdMean !== null && a.bands) {
    const firstValue = a.thresholdValues[0]
    const lastValue = a.thresholdValues.at(-1)
    parts.push(
      t('summary.threshold', {
        mean: fv(ctx, a.thresholdMean),
        from: firstValue ? formatYear(firstValue.year) : '',
        to: lastValue ? formatYear(lastValue.year) : '',
        a: fv(ctx, a.bands[0]),
        b: fv(ctx, a.bands[1]),
        c: fv(ctx, a.bands[2]),
      }),
    )
  }
  if (a.actualPace !== null && a.requiredPace !== null && a.windowStart && a.methodUsed !== 'threshold') {
    parts.push(
      t('summary.pace', {
        actual: t('pace.perYear', { pace: fp(ctx, a.actualPace, a.methodUsed, true) }),
        from: formatYear(a.windowStart.year),
        to: formatYear(latest.year),
        required: t('pace.perYear', { pace: fp(ctx, a.requiredPace, a.methodUsed, true) }),
      }),
    )
  }
  if (a.projectedValue !== null && a.targetYear !== null && a.status !== 'achieved') {
    parts.push(
      a.yearReached === null
        ? t('summary.projectionNever', { projected: fv(ctx, a.projectedValue), year: formatYear(a.targetYear) })
        : isPastHorizon(a.yearReached)
          ? t('summary.projectionLate', {
              projected: fv(ctx, a.projectedValue),
              year: formatYear(a.targetYear),
              horizon: formatYear(REACHED_HORIZON),
            })
          : t('summary.projectionReached', {
              projected: fv(ctx, a.projectedValue),
              year: formatYear(a.targetYear),
              reached: formatYear(a.yearReached),
            }),
    )
  }
  const status = t(`status.${a.status}`)
  parts.push(
    a.paceRatio !== null
      ? t('summary.status', { status, ratio: formatRatio(a.paceRatio, ctx.lang) })
      : t('summary.statusPlain', { status }),
  )
  return parts.join(' ')
}
