import { useId, useState, type FormEvent } from 'react'
import { Plus, Trash2 } from 'lucide-react'
import { TARGET_ORIGINS, isOneOf, type CountryCode, type Locale, type TargetOrigin } from '@nap/domain'
import type { IndicatorDetail, Target, TargetUpdateBody, TargetUpdateResult } from '@nap/schemas'
import { AppLink } from '@/components/ui/app-link.tsx'
import { paths } from '@/config/paths.ts'
import { ApiError } from '@/lib/api-client.ts'
import { formatDateTime } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { usePutTarget } from '../api/targets.ts'
import { TargetConflictBodySchema } from '../api/schemas.ts'
import { errorText } from '../utils/error-text.ts'
import { cellErrorText } from '../utils/cell-messages.ts'
import { formatInputNumber, parseLocaleNumber } from '../utils/parse-locale-number.ts'
import { useAdminSession } from './admin-session.tsx'

interface TargetEditorProps {
  indicator: IndicatorDetail
  country: CountryCode
  countryName: string
  /** Reloads the indicator (after a 409, to edit the current version). */
  onReload: () => void
}

interface MilestoneDraft {
  id: number
  year: string
  value: string
}

type Problems = Partial<Record<string, string>>

const LANGS: readonly Locale[] = ['en', 'es', 'fr']

/**
 * The target of one indicator × country: value (or bands for threshold indicators), year, baseline,
 * milestones, origin, rationale in three languages and the reason. Sent with the version it was read
 * at: a stale version is refused (409) with who changed it, and the form offers the current one.
 */
export function TargetEditor({ indicator, country, countryName, onReload }: TargetEditorProps) {
  const { t } = useI18n()
  const { csrfToken } = useAdminSession()
  const current = indicator.targets.find((target) => target.country === country) ?? null
  const [saved, setSaved] = useState<TargetUpdateResult | null>(null)
  // Here, not in the form: a save brings a new version, which remounts the form, and the answer
  // must still reach this component.
  const put = usePutTarget(indicator.slug, country, csrfToken)
  return (
    <>
      {/* A new version (after a save or a reload) starts a fresh form. */}
      <TargetForm
        key={`${indicator.slug}|${country}|${current?.version ?? 0}`}
        indicator={indicator}
        country={country}
        countryName={countryName}
        current={current}
        onReload={() => {
          put.reset()
          onReload()
        }}
        onSaved={setSaved}
        put={put}
      />
      <div role="status" className="form-success">
        {saved ? (
          <p>
            {t(`admin.target.result.${saved.status}`, { version: saved.target.version })}{' '}
            <AppLink to={paths.indicator.build(indicator.slug, { tab: 'about' })}>{t('admin.target.seeAbout')}</AppLink>
          </p>
        ) : null}
      </div>
    </>
  )
}

interface TargetFormProps extends TargetEditorProps {
  current: Target | null
  onSaved: (result: TargetUpdateResult | null) => void
  put: ReturnType<typeof usePutTarget>
}

function TargetForm({ indicator, countryName, current, onReload, onSaved, put }: TargetFormProps) {
  const { t, l, lang } = useI18n()
  const { handleAuthError } = useAdminSession()
  const id = useId()
  const threshold = indicator.method === 'threshold' || current?.bands != null
  const num = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatInputNumber(value, lang))
  const [value, setValue] = useState(num(current?.value))
  const [year, setYear] = useState(String(current?.year ?? 2050))
  const [baselineYear, setBaselineYear] = useState(current?.baselineYear === null || current?.baselineYear === undefined ? '' : String(current.baselineYear))
  const [bands, setBands] = useState<[string, string, string]>([num(current?.bands?.[0]), num(current?.bands?.[1]), num(current?.bands?.[2])])
  const [milestones, setMilestones] = useState<MilestoneDraft[]>(
    (current?.milestones ?? []).map((m, i) => ({ id: i, year: String(m.year), value: num(m.value) })),
  )
  const [origin, setOrigin] = useState<TargetOrigin>(current?.origin ?? 'proposed')
  const [rationale, setRationale] = useState<Record<Locale, string>>({
    en: current?.rationale.en ?? '',
    es: current?.rationale.es ?? '',
    fr: current?.rationale.fr ?? '',
  })
  const [reason, setReason] = useState('')
  const [problems, setProblems] = useState<Problems>({})
  const [nextId, setNextId] = useState(milestones.length)

  const readNumber = (text: string, field: string, found: Problems): number | null => {
    const parsed = parseLocaleNumber(text, lang)
    if (parsed.ok) return parsed.value
    found[field] = parsed.error === 'empty' ? t('admin.form.required') : cellErrorText(t, parsed.error, text, parsed.suggestions)
    return null
  }
  const readYear = (text: string, field: string, found: Problems): number | null => {
    if (/^\d{4}$/.test(text.trim())) return Number(text.trim())
    found[field] = t('admin.target.yearInvalid')
    return null
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Problems = {}
    const body: TargetUpdateBody = {
      value: threshold ? null : readNumber(value, 'value', found),
      year: readYear(year, 'year', found) ?? 0,
      baselineYear: baselineYear.trim() === '' && threshold ? null : readYear(baselineYear, 'baselineYear', found),
      milestones: milestones.map((m, i) => ({
        year: readYear(m.year, `milestones.${i}.year`, found) ?? 0,
        value: readNumber(m.value, `milestones.${i}.value`, found) ?? 0,
      })),
      origin,
      rationale: { en: rationale.en.trim(), es: rationale.es.trim(), fr: rationale.fr.trim() },
      reason: reason.trim(),
      version: current?.version ?? 0,
    }
    if (threshold) {
      const a = readNumber(bands[0], 'bands', found)
      const b = readNumber(bands[1], 'bands', found)
      const c = readNumber(bands[2], 'bands', found)
      if (a !== null && b !== null && c !== null) body.bands = [a, b, c]
    }
    for (const code of LANGS) if (body.rationale[code] === '') found[`rationale.${code}`] = t('admin.form.required')
    if (body.reason === '') found.reason = t('admin.form.required')
    setProblems(found)
    onSaved(null)
    if (Object.keys(found).length > 0) return
    put.reset()
    put.mutate(body, {
      onSuccess: (result) => onSaved(result),
      onError: (error) => {
        if (handleAuthError(error)) return
        if (error instanceof ApiError && error.statusCode === 400) {
          const fromServer: Problems = {}
          for (const issue of error.issues) fromServer[issue.field] = issue.message
          setProblems(fromServer)
        }
      },
    })
  }

  const conflict = put.error instanceof ApiError && put.error.statusCode === 409 ? TargetConflictBodySchema.safeParse(put.error.body) : null
  const problemCount = Object.keys(problems).length
  const formError = problemCount > 0 ? t('admin.form.fix', { count: problemCount }) : put.error && !conflict ? errorText(put.error, t) : null

  const fieldProps = (field: string) => ({
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': problems[field] ? `${id}-${field.replaceAll('.', '-')}-error` : undefined,
  })
  const problem = (field: string) =>
    problems[field] ? (
      <p id={`${id}-${field.replaceAll('.', '-')}-error`} className="field__error">
        {problems[field]}
      </p>
    ) : null

  return (
    <form className="admin-form panel target-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.target.formTitle', { indicator: l(indicator.name), country: countryName })}</h2>
      <p className="note">
        {current
          ? t('admin.target.version', { version: current.version, when: formatDateTime(current.updatedAt, lang) })
          : t('admin.target.none')}
        {indicator.unit ? ` · ${t('admin.entry.unit', { unit: l(indicator.unit) })}` : ''}
      </p>
      {threshold ? (
        <fieldset className="field-group">
          <legend>{t('admin.target.bands')}</legend>
          <p className="field__hint">{t('admin.target.bandsHint')}</p>
          <div className="field-row">
            {(['a', 'b', 'c'] as const).map((edge, i) => (
              <div className="field" key={edge}>
                <label htmlFor={`${id}-band-${edge}`}>{edge}</label>
                <input
                  id={`${id}-band-${edge}`}
                  type="text"
                  inputMode="decimal"
                  value={bands[i]}
                  {...fieldProps('bands')}
                  onChange={(e) =>
                    setBands((old) => {
                      const next: [string, string, string] = [...old]
                      next[i] = e.target.value
                      return next
                    })
                  }
                />
              </div>
            ))}
          </div>
          {problem('bands')}
        </fieldset>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-value`}>{t('admin.target.value')}</label>
          <input id={`${id}-value`} type="text" inputMode="decimal" value={value} {...fieldProps('value')} onChange={(e) => setValue(e.target.value)} />
          {problem('value')}
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('admin.target.year')}</label>
          <input id={`${id}-year`} type="text" inputMode="numeric" value={year} {...fieldProps('year')} onChange={(e) => setYear(e.target.value)} />
          {problem('year')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-baseline`}>{t('about.baselineYear')}</label>
          <input
            id={`${id}-baseline`}
            type="text"
            inputMode="numeric"
            value={baselineYear}
            {...fieldProps('baselineYear')}
            onChange={(e) => setBaselineYear(e.target.value)}
          />
          {problem('baselineYear')}
        </div>
      </div>
      <fieldset className="field-group">
        <legend>{t('about.milestones')}</legend>
        {milestones.length === 0 ? <p className="note">{t('admin.target.noMilestones')}</p> : null}
        {milestones.map((m, i) => (
          <div className="field-row milestone-row" key={m.id}>
            <div className="field">
              <label htmlFor={`${id}-m${m.id}-year`}>{t('admin.target.milestoneYear', { n: i + 1 })}</label>
              <input
                id={`${id}-m${m.id}-year`}
                type="text"
                inputMode="numeric"
                value={m.year}
                {...fieldProps(`milestones.${i}.year`)}
                onChange={(e) => setMilestones((list) => list.map((x) => (x.id === m.id ? { ...x, year: e.target.value } : x)))}
              />
              {problem(`milestones.${i}.year`)}
            </div>
            <div className="field">
              <label htmlFor={`${id}-m${m.id}-value`}>{t('admin.target.milestoneValue', { n: i + 1 })}</label>
              <input
                id={`${id}-m${m.id}-value`}
                type="text"
                inputMode="decimal"
                value={m.value}
                {...fieldProps(`milestones.${i}.value`)}
                onChange={(e) => setMilestones((list) => list.map((x) => (x.id === m.id ? { ...x, value: e.target.value } : x)))}
              />
              {problem(`milestones.${i}.value`)}
            </div>
            <button type="button" className="button button--secondary" onClick={() => setMilestones((list) => list.filter((x) => x.id !== m.id))}>
              <Trash2 aria-hidden="true" size={16} /> {t('admin.target.removeMilestone', { n: i + 1 })}
            </button>
          </div>
        ))}
        {problem('milestones')}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setMilestones((list) => [...list, { id: nextId, year: '', value: '' }])
            setNextId((n) => n + 1)
          }}
        >
          <Plus aria-hidden="true" size={16} /> {t('admin.target.addMilestone')}
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-origin`}>{t('about.origin')}</label>
        <select
          id={`${id}-origin`}
          value={origin}
          onChange={(e) => {
            if (isOneOf(TARGET_ORIGINS, e.target.value)) setOrigin(e.target.value)
          }}
        >
          {TARGET_ORIGINS.map((o) => (
            <option key={o} value={o}>
              {t(`origin.${o}`)}: {t(`originTitle.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field-group">
        <legend>{t('about.rationale')}</legend>
        {LANGS.map((code) => (
          <div className="field" key={code}>
            <label htmlFor={`${id}-rationale-${code}`}>{t(`lang.${code}`)}</label>
            <textarea
              id={`${id}-rationale-${code}`}
              lang={code}
              rows={3}
              value={rationale[code]}
              {...fieldProps(`rationale.${code}`)}
              onChange={(e) => setRationale((r) => ({ ...r, [code]: e.target.value }))}
            />
            {problem(`rationale.${code}`)}
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('admin.entry.reason')}</label>
        <textarea id={`${id}-reason`} rows={2} value={reason} {...fieldProps('reason')} onChange={(e) => setReason(e.target.value)} />
        {problem('reason')}
      </div>
      <div role="alert" className="form-error">
        {formError}
        {conflict?.success ? (
          <>
            {conflict.data.current
              ? t('admin.target.conflict', {
                  version: conflict.data.current.version,
                  author: conflict.data.current.author,
                  when: formatDateTime(conflict.data.current.updatedAt, lang),
                })
              : t('admin.target.conflictNone')}{' '}
            <button type="button" className="link-button" onClick={onReload}>
              {t('admin.target.reload')}
            </button>
          </>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={put.isPending}>
        {t('admin.target.save')}
      </button>
    </form>
  )
}
