import type { CountryCode, Locale } from '@nap/domain'
import type { TargetHistoryEntry, TargetSnapshot } from '@nap/schemas'
import { gate } from '@/components/ui/query-gate.tsx'
import { formatDateTime, formatValue, formatYear, type ValueFormatSpec } from '@/lib/format.ts'
import type { Translate } from '@/i18n/translate.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useTargetHistory } from '../api/get-target-history.ts'

interface TargetHistoryProps {
  slug: string
  country: CountryCode
  countryName: string
  spec: ValueFormatSpec
  /** The country's heading level: under an h3 (the About tab) or an h2 (the admin page). */
  headingLevel?: 3 | 4
}

/**
 * Every version of one target, newest first: when, who, why, and what changed (value, year,
 * baseline, milestones, origin), down to the version the catalog set.
 */
export function TargetHistory({ slug, country, countryName, spec, headingLevel = 4 }: TargetHistoryProps) {
  const { t } = useI18n()
  const history = useTargetHistory(slug, country)
  const state = gate([history], { loadingLines: 2 })
  const headingId = `target-history-${country}`
  return (
    <section className="target-history" aria-labelledby={headingId}>
      {headingLevel === 3 ? <h3 id={headingId}>{countryName}</h3> : <h4 id={headingId}>{countryName}</h4>}
      {!state.ready ? (
        state.element
      ) : state.data[0].history.length === 0 ? (
        <p className="note">{t('targetHistory.none')}</p>
      ) : (
        <ol className="plain-list history-list">
          {state.data[0].history.map((entry) => (
            <HistoryEntry key={entry.version} entry={entry} spec={spec} />
          ))}
        </ol>
      )}
    </section>
  )
}

function HistoryEntry({ entry, spec }: { entry: TargetHistoryEntry; spec: ValueFormatSpec }) {
  const { t, lang } = useI18n()
  const changes = describeChanges(entry.before, entry.after, spec, t, lang)
  return (
    <li>
      <p className="history-list__when">
        {t('targetHistory.version', { version: entry.version })} · <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time> ·{' '}
        {t('record.by', { author: entry.author })}
      </p>
      {entry.before === null ? (
        <p>{t('targetHistory.initial', { target: describeTarget(entry.after, spec, t, lang) })}</p>
      ) : changes.length ? (
        <ul className="plain-list">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <p>{t('targetHistory.sameNumbers')}</p>
      )}
      {entry.reason ? <p className="history-list__reason">{t('record.reason', { reason: entry.reason })}</p> : null}
    </li>
  )
}

type T = Translate
type Lang = Locale

function describeTarget(target: TargetSnapshot, spec: ValueFormatSpec, t: T, lang: Lang): string {
  const value = target.value === null ? t('common.none') : formatValue(target.value, spec, lang, { compact: false })
  return t('targetHistory.target', { value, year: formatYear(target.year), origin: t(`origin.${target.origin}`) })
}

/** The fields that differ between two versions, as "Value: 4.0% → 3.5%". */
function describeChanges(before: TargetSnapshot | null, after: TargetSnapshot, spec: ValueFormatSpec, t: T, lang: Lang): string[] {
  if (!before) return []
  const fmt = (v: number | null) => (v === null ? t('common.none') : formatValue(v, spec, lang, { compact: false }))
  const year = (v: number | null) => (v === null ? t('common.none') : formatYear(v))
  const milestones = (list: TargetSnapshot['milestones']) =>
    list.length ? list.map((m) => `${formatYear(m.year)}: ${fmt(m.value)}`).join(' · ') : t('common.none')
  const bands = (b: TargetSnapshot['bands']) => (b ? b.map(fmt).join(' / ') : t('common.none'))
  const out: string[] = []
  const add = (label: string, from: string, to: string) => {
    if (from !== to) out.push(t('targetHistory.change', { field: label, from, to }))
  }
  add(t('common.target'), fmt(before.value), fmt(after.value))
  add(t('admin.target.year'), year(before.year), year(after.year))
  add(t('about.baselineYear'), year(before.baselineYear), year(after.baselineYear))
  add(t('about.milestones'), milestones(before.milestones), milestones(after.milestones))
  add(t('about.bands'), bands(before.bands), bands(after.bands))
  add(t('about.origin'), t(`origin.${before.origin}`), t(`origin.${after.origin}`))
  if (before.rationale[lang] !== after.rationale[lang]) out.push(t('targetHistory.rationaleChanged'))
  return out
}
