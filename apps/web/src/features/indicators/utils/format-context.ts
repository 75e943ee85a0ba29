import type { Locale } from '@nap/domain'
import type { IndicatorSummary } from '@nap/schemas'
import { formatPace, formatValue, formatValueWithUnit, type ValueFormatSpec } from '@/lib/format.ts'
import { pick, type Translate } from '@/i18n/translate.ts'

/** Everything needed to write one indicator's numbers in the reader's language. */
export interface FormatContext {
  spec: ValueFormatSpec
  unit: string
  lang: Locale
  t: Translate
}

export function formatContext(indicator: IndicatorSummary, lang: Locale, t: Translate): FormatContext {
  return {
    spec: { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals },
    unit: pick(indicator.unit, lang),
    lang,
    t,
  }
}

/** A value alone: "22,040", "6.9%". */
export const fv = (ctx: FormatContext, value: number) => formatValue(value, ctx.spec, ctx.lang)
/** A value with its unit: "22,040 constant 2021 international $". */
export const fu = (ctx: FormatContext, value: number) => formatValueWithUnit(value, ctx.spec, ctx.unit, ctx.lang)
/** A pace in the method's units: "0.45%" or "117.40 billion US$". */
export const fp = (ctx: FormatContext, pace: number, method: 'pace' | 'linear' | 'threshold', signed = false) =>
  formatPace(pace, method, ctx.spec, ctx.unit, ctx.lang, { signed })
