import { useId, useState, type FormEvent, type ReactNode } from 'react'
import type { IndicatorSummary } from '@nap/schemas'
import { useI18n } from '@/i18n/use-i18n.ts'

interface IndicatorPickerProps {
  indicators: readonly IndicatorSummary[]
  value: string
  label: string
  submitLabel: string
  onChoose: (slug: string) => void
  /** Extra fields of the same form (e.g. the country of a target). */
  children?: ReactNode
}

/**
 * Choose an indicator (grouped by goal; input series last), then press the button: choosing with the
 * arrow keys alone does not navigate away.
 */
export function IndicatorPicker({ indicators, value, label, submitLabel, onChoose, children }: IndicatorPickerProps) {
  const { t, l } = useI18n()
  const id = useId()
  const [choice, setChoice] = useState(value)
  const goals = [...new Set(indicators.filter((i) => i.kind !== 'input').map((i) => i.goalId))].sort((a, b) => a - b)
  const inputs = indicators.filter((i) => i.kind === 'input')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (choice) onChoose(choice)
  }
  return (
    <form className="picker-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-indicator`}>{label}</label>
        <select id={`${id}-indicator`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('admin.picker.none')}</option>
          {goals.map((goal) => (
            <optgroup key={goal} label={t('common.goal', { id: goal })}>
              {indicators
                .filter((i) => i.goalId === goal && i.kind !== 'input')
                .map((i) => (
                  <option key={i.slug} value={i.slug}>
                    {l(i.name)}
                  </option>
                ))}
            </optgroup>
          ))}
          {inputs.length > 0 ? (
            <optgroup label={t('admin.picker.inputs')}>
              {inputs.map((i) => (
                <option key={i.slug} value={i.slug}>
                  {l(i.name)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      {children}
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  )
}
