import { useId, useState } from 'react'
import type { CountryCode } from '@nap/domain'
import { COUNTRY_STYLE } from '@/components/ui/country-style.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { MAX_YEAR, MIN_YEAR } from '../utils/indicator-view.ts'
import { Marker } from './chart-marks.tsx'

interface ViewControlsProps {
  available: readonly CountryCode[]
  selected: readonly CountryCode[]
  countryNames: Partial<Record<string, string>>
  from: number
  to: number
  onCountries: (countries: CountryCode[]) => void
  onYears: (from: number, to: number) => void
}

function YearInput({ label, value, onCommit }: { label: string; value: number; onCommit: (year: number) => void }) {
  const id = useId()
  const [text, setText] = useState(String(value))
  const commit = (raw: string) => {
    if (!/^\d{4}$/.test(raw)) return
    const year = Number(raw)
    if (year >= MIN_YEAR && year <= MAX_YEAR && year !== value) onCommit(year)
  }
  return (
    <div className="year-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={MIN_YEAR}
        max={MAX_YEAR}
        step={1}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          commit(event.target.value)
        }}
        onBlur={() => setText(String(value))}
      />
    </div>
  )
}

/** Country checkboxes (with each country's colour and marker) and the year range. */
export function ViewControls({ available, selected, countryNames, from, to, onCountries, onYears }: ViewControlsProps) {
  const { t } = useI18n()
  const toggle = (code: CountryCode) => {
    const next = selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]
    onCountries(available.filter((c) => next.includes(c)))
  }
  return (
    <div className="view-controls" role="group" aria-label={t('indicator.controls')}>
      <fieldset className="country-checks">
        <legend>{t('indicator.countries')}</legend>
        {available.map((code) => {
          const checked = selected.includes(code)
          const style = COUNTRY_STYLE[code]
          return (
            <label key={code} className="country-check">
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && selected.length === 1}
                onChange={() => toggle(code)}
              />
              <svg width="14" height="14" aria-hidden="true" focusable="false">
                <Marker shape={style.marker} cx={7} cy={7} colour={style.colour} size={5} />
              </svg>
              {countryNames[code] ?? code}
            </label>
          )
        })}
      </fieldset>
      <fieldset className="year-range">
        <legend>{t('indicator.years')}</legend>
        <YearInput key={`from-${from}`} label={t('indicator.from')} value={from} onCommit={(year) => onYears(year, to)} />
        <span aria-hidden="true">–</span>
        <YearInput key={`to-${to}`} label={t('indicator.to')} value={to} onCommit={(year) => onYears(from, year)} />
      </fieldset>
    </div>
  )
}
