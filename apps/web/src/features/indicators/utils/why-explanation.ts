/**
 * The "why this status" content for one assessment: every engine input as label/value rows, and the
 * formula in plain words with the numbers filled in (METHODOLOGY.md). Pure.
 */
import { isGradedStatus, MODERATE_RATIO } from '@nap/progress'
import type { AssessmentDto } from '@nap/schemas'
import { formatNumber, formatPercent, formatYear } from '@/lib/format.ts'
import { fp, fv, type FormatContext } from './format-context.ts'
import { yearReachedText } from './year-reached.ts'

export interface WhyRow {
  id: string
  label: string
  value: string
}

const ratioText = (ctx: FormatContext, ratio: number) => formatNumber(ratio, ctx.lang, { decimals: 4 })
const scoreText = (ctx: FormatContext, score: number) => formatNumber(score, ctx.lang, { decimals: 2, signed: true })
const perYear = (ctx: FormatContext, a: AssessmentDto, pace: number) =>
  ctx.t('pace.perYear', { pace: fp(ctx, pace, a.methodUsed, true) })

export function whyRows(ctx: FormatContext, a: AssessmentDto): WhyRow[] {
  const { t } = ctx
  const none = t('why.none')
  const rows: WhyRow[] = [
    { id: 'method', label: t('why.method'), value: t(`why.method.${a.methodUsed}`) },
    { id: 'fallback', label: t('why.fallback'), value: a.fallback ? t('why.fallbackYes') : t('why.fallbackNo') },
  ]
  if (a.methodUsed === 'threshold') {
    rows.push(
      { id: 'latest', label: t('why.latest', { year: a.latest ? formatYear(a.latest.year) : '—' }), value: a.latest ? fv(ctx, a.latest.value) : none },
      {
        id: 'values',
        label: t('why.meanValues'),
        value: a.thresholdValues.length ? a.thresholdValues.map((p) => `${formatYear(p.year)}: ${fv(ctx, p.value)}`).join(' · ') : none,
      },
      { id: 'mean', label: t('why.mean'), value: a.thresholdMean === null ? none : fv(ctx, a.thresholdMean) },
      { id: 'bands', label: t('why.bands'), value: a.bands ? a.bands.map((b) => fv(ctx, b)).join(' / ') : none },
      { id: 'score', label: t('why.score'), value: a.score === null ? none : scoreText(ctx, a.score) },
    )
  } else {
    rows.push(
      {
        id: 'window',
        label: t('why.window'),
        value:
          a.windowStart && a.latest
            ? t('why.windowValue', { years: a.windowYears, from: formatYear(a.windowStart.year), to: formatYear(a.latest.year) })
            : t('about.windowValue', { years: a.windowYears }),
      },
      { id: 'latest', label: t('why.latest', { year: a.latest ? formatYear(a.latest.year) : '—' }), value: a.latest ? fv(ctx, a.latest.value) : none },
      {
        id: 'windowStart',
        label: t('why.windowStart', { year: a.windowStart ? formatYear(a.windowStart.year) : '—' }),
        value: a.windowStart ? fv(ctx, a.windowStart.value) : none,
      },
      {
        id: 'baseline',
        label: t('why.baseline', { year: a.baseline ? formatYear(a.baseline.year) : '—' }),
        value: a.baseline ? fv(ctx, a.baseline.value) : none,
      },
      {
        id: 'target',
        label: t('why.target', { year: a.targetYear === null ? '—' : formatYear(a.targetYear) }),
        value: a.targetValue === null ? none : fv(ctx, a.targetValue),
      },
      { id: 'actualPace', label: t('why.actualPace'), value: a.actualPace === null ? none : perYear(ctx, a, a.actualPace) },
      { id: 'requiredPace', label: t('why.requiredPace'), value: a.requiredPace === null ? none : perYear(ctx, a, a.requiredPace) },
      { id: 'ratio', label: t('why.ratio'), value: a.paceRatio === null ? none : ratioText(ctx, a.paceRatio) },
      { id: 'thresholds', label: t('why.thresholds'), value: t('why.thresholdsValue') },
      { id: 'score', label: t('why.score'), value: a.score === null ? none : scoreText(ctx, a.score) },
      {
        id: 'projected',
        label: t('why.projected', { year: a.targetYear === null ? '—' : formatYear(a.targetYear) }),
        value: a.projectedValue === null ? none : fv(ctx, a.projectedValue),
      },
      {
        id: 'yearReached',
        label: t('why.yearReached'),
        value:
          a.yearReached !== null
            ? yearReachedText(t, a.yearReached)
            : a.targetValue === null
              ? none
              : t('why.never'),
      },
      {
        id: 'pathAtLatest',
        label: t('why.pathAtLatest', { year: a.latest ? formatYear(a.latest.year) : 't' }),
        value: a.pathValueAtLatest === null ? none : fv(ctx, a.pathValueAtLatest),
      },
      {
        id: 'gap',
        label: t('why.gap'),
        value:
          a.gapToPath === null
            ? none
            : t(a.gapToPath >= 0 ? 'why.ahead' : 'why.behind', { gap: formatPercent(a.gapToPath, ctx.lang, { signed: true }) }),
      },
    )
  }
  rows.push({
    id: 'milestones',
    label: t('why.milestones'),
    value: a.milestones.length
      ? a.milestones
          .map((m) =>
            t('why.milestoneRow', {
              year: formatYear(m.year),
              target: fv(ctx, m.target),
              path: m.pathValue === null ? none : fv(ctx, m.pathValue),
              projected: m.projectedValue === null ? (m.actualValue === null ? none : fv(ctx, m.actualValue)) : fv(ctx, m.projectedValue),
              verdict: m.onCourse === null ? none : t(m.onCourse ? 'why.onCourse' : 'why.offCourse'),
            }),
          )
          .join(' · ')
      : none,
  })
  rows.push({
    id: 'trend',
    label: t('why.trend'),
    value: a.trend
      ? t('why.trendValue', {
          direction: t(`trend.${a.trend.direction}`),
          pace: perYear(ctx, a.methodUsed === 'threshold' ? { ...a, methodUsed: 'linear' } : a, a.trend.pace),
          from: formatYear(a.trend.fromYear),
          to: formatYear(a.trend.toYear),
        })
      : none,
  })
  return rows
}

export function whyFormula(ctx: FormatContext, a: AssessmentDto): string[] {
  const { t } = ctx
  const status = t(`status.${a.status}`)
  if (a.status === 'no_target') return [t('why.noTarget')]
  if (a.methodUsed === 'threshold') {
    if (a.thresholdMean === null || a.bands === null) return [t('why.insufficient')]
    const [high, mid, low] = a.bands
    const lines = [
      t('why.formula.thresholdMean', {
        values: a.thresholdValues.map((p) => fv(ctx, p.value)).join(' + '),
        n: a.thresholdValues.length,
        mean: fv(ctx, a.thresholdMean),
      }),
    ]
    if (isGradedStatus(a.status)) {
      const vars = { mean: fv(ctx, a.thresholdMean), a: fv(ctx, high), b: fv(ctx, mid), c: fv(ctx, low) }
      const rule = t(a.direction === 1 ? `why.thresholdRule.${a.status}` : `why.thresholdRuleDown.${a.status}`, vars)
      lines.push(t('why.formula.rule', { rule, status }))
    }
    if (a.score !== null) lines.push(t('why.formula.scoreFixed', { score: scoreText(ctx, a.score) }))
    return lines
  }
  if (a.status === 'achieved' && a.latest && a.targetValue !== null) {
    return [t('why.formula.achieved', { vt: fv(ctx, a.latest.value), target: fv(ctx, a.targetValue), status })]
  }
  if (a.actualPace === null || !a.latest || !a.windowStart) return [t('why.insufficient')]

  const pace = a.methodUsed === 'pace'
  const vt = fv(ctx, a.latest.value)
  const lines = [
    t(pace ? 'why.formula.paceActual' : 'why.formula.linearActual', {
      vt,
      vs: fv(ctx, a.windowStart.value),
      n: a.latest.year - a.windowStart.year,
      ract: fp(ctx, a.actualPace, a.methodUsed, true),
    }),
  ]
  if (a.requiredPace !== null && a.targetValue !== null && a.targetYear !== null) {
    lines.push(
      t(pace ? 'why.formula.paceRequired' : 'why.formula.linearRequired', {
        target: fv(ctx, a.targetValue),
        vt,
        m: a.targetYear - a.latest.year,
        rreq: fp(ctx, a.requiredPace, a.methodUsed, true),
      }),
    )
  }
  if (a.paceRatio !== null && a.requiredPace !== null) {
    lines.push(
      t('why.formula.ratio', {
        ract: fp(ctx, a.actualPace, a.methodUsed, true),
        rreq: fp(ctx, a.requiredPace, a.methodUsed, true),
        ratio: ratioText(ctx, a.paceRatio),
      }),
    )
    if (isGradedStatus(a.status)) {
      lines.push(t('why.formula.rule', { rule: t(`why.rule.${a.status}`, { ratio: ratioText(ctx, a.paceRatio) }), status }))
    }
    if (a.score !== null) {
      lines.push(t(a.paceRatio >= MODERATE_RATIO ? 'why.formula.scoreHigh' : 'why.formula.scoreLow', { score: scoreText(ctx, a.score) }))
    }
  } else if (a.score !== null) {
    lines.push(t('why.formula.scoreFixed', { score: scoreText(ctx, a.score) }))
  }
  if (a.projectedValue !== null && a.targetYear !== null) {
    lines.push(
      t(pace ? 'why.formula.paceProjection' : 'why.formula.linearProjection', {
        projected: fv(ctx, a.projectedValue),
        year: formatYear(a.targetYear),
      }),
    )
  }
  if (a.yearReached !== null) {
    lines.push(t(pace ? 'why.formula.paceReached' : 'why.formula.linearReached', { reached: formatYear(a.yearReached) }))
  }
  if (a.pathValueAtLatest !== null && a.gapToPath !== null) {
    lines.push(
      t('why.formula.gap', {
        d: a.direction === 1 ? '' : '−',
        vt,
        path: fv(ctx, a.pathValueAtLatest),
        gap: formatPercent(a.gapToPath, ctx.lang, { signed: true }),
      }),
    )
  }
  return lines
}
