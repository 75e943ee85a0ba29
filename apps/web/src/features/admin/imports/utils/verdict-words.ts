/**
 * Why a value of the file got its verdict, in the reader's language: the API gives a machine code
 * (rejected and skipped values) and its exact sentence in English; the page says it in words from the
 * row itself (what would change for new and changed values, what was not recognised otherwise).
 */
import type { Locale } from '@nap/domain'
import type { Translate } from '@/i18n/translate.ts'
import { INTL_LOCALES } from '@/lib/format.ts'
import type { PointFlags, VerdictRow } from '../api/schemas.ts'

/** The codes of @nap/imports' matcher (RejectionCode and SkipCode). */
export const REASON_CODES = [
  'bad-number',
  'bad-period',
  'wrong-frequency',
  'impossible-year',
  'out-of-bounds',
  'unit-multiplier',
  'derived',
  'not-reported',
  'indicator-mismatch',
  'duplicate',
  'unknown-indicator',
  'no-indicator',
  'untracked-country',
  'world-not-kept',
  'deletion',
] as const
export type ReasonCode = (typeof REASON_CODES)[number]

export function isReasonCode(code: string | null): code is ReasonCode {
  return code !== null && (REASON_CODES as readonly string[]).includes(code)
}

const sameFlags = (a: PointFlags, b: PointFlags) => a.estimate === b.estimate && a.provisional === b.provisional && a.breakInSeries === b.breakInSeries

/** What a changed value changes: its value, its flags, its source note (any of them). */
export function changedParts(row: Pick<VerdictRow, 'old' | 'new'>): ('value' | 'flags' | 'note')[] {
  if (!row.old || !row.new) return []
  const parts: ('value' | 'flags' | 'note')[] = []
  if (row.old.value !== row.new.value) parts.push('value')
  if (row.new.flags !== null && !sameFlags(row.old.flags, row.new.flags)) parts.push('flags')
  if (row.new.sourceNote !== null && row.new.sourceNote !== row.old.sourceNote) parts.push('note')
  return parts
}

export interface ReasonContext {
  lang: Locale
  /** The indicator's name when the row names one of ours (else the row's text is shown). */
  indicatorName: (slugOrText: string) => string
  countryName: (codeOrText: string) => string
}

/** The reason of one verdict in words. */
export function verdictReason(row: VerdictRow, t: Translate, context: ReasonContext): string {
  const indicator = row.indicator === '' ? t('admin.imports.reason.noIndicatorText') : context.indicatorName(row.indicator)
  const country = context.countryName(row.country)
  switch (row.verdict) {
    case 'new':
      return row.old?.deleted ? t('admin.imports.reason.restored') : t('admin.imports.reason.new')
    case 'changed': {
      const parts = changedParts(row).map((part) => t(`admin.imports.part.${part}`))
      const what = new Intl.ListFormat(INTL_LOCALES[context.lang], { type: 'conjunction' }).format(parts)
      return t('admin.imports.reason.changed', { what })
    }
    case 'unchanged':
      return t('admin.imports.reason.unchanged')
    case 'rejected':
    case 'skipped':
      if (!isReasonCode(row.code)) return row.reason
      return codeReason(row.code, t, { indicator, country, period: row.period, value: row.value })
  }
}

function codeReason(code: ReasonCode, t: Translate, v: { indicator: string; country: string; period: string; value: string }): string {
  switch (code) {
    case 'bad-number':
      return t('admin.imports.reason.badNumber', { value: v.value })
    case 'bad-period':
      return t('admin.imports.reason.badPeriod', { period: v.period })
    case 'wrong-frequency':
      return t('admin.imports.reason.wrongFrequency', { period: v.period, indicator: v.indicator })
    case 'impossible-year':
      return t('admin.imports.reason.impossibleYear', { period: v.period })
    case 'out-of-bounds':
      return t('admin.imports.reason.outOfBounds', { value: v.value, indicator: v.indicator })
    case 'unit-multiplier':
      return t('admin.imports.reason.unitMultiplier')
    case 'derived':
      return t('admin.imports.reason.derived', { indicator: v.indicator, country: v.country })
    case 'not-reported':
      return t('admin.imports.reason.notReported', { indicator: v.indicator, country: v.country })
    case 'indicator-mismatch':
      return t('admin.imports.reason.indicatorMismatch')
    case 'duplicate':
      return t('admin.imports.reason.duplicate')
    case 'unknown-indicator':
      return t('admin.imports.reason.unknownIndicator', { indicator: v.indicator })
    case 'no-indicator':
      return t('admin.imports.reason.noIndicator')
    case 'untracked-country':
      return t('admin.imports.reason.untrackedCountry', { country: v.country })
    case 'world-not-kept':
      return t('admin.imports.reason.worldNotKept', { indicator: v.indicator })
    case 'deletion':
      return t('admin.imports.reason.deletion')
  }
}
