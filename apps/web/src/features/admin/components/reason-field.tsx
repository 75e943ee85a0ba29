/**
 * The "why" of a change (saving values, applying or reverting an import): a required text of at most
 * 1,000 characters, with an optional hint and the problem under it. Typing any text clears the problem.
 */
interface ReasonFieldProps {
  /** The textarea's id; the hint and the problem are `${id}-hint` and `${id}-error`. */
  id: string
  label: string
  hint?: string
  value: string
  problem: string | null
  onChange: (value: string) => void
  onProblemCleared: () => void
}

export function ReasonField({ id, label, hint, value, problem, onChange, onProblemCleared }: ReasonFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={3}
        maxLength={1000}
        required
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          onChange(e.target.value)
          if (e.target.value.trim()) onProblemCleared()
        }}
      />
      {problem ? (
        <p id={`${id}-error`} className="field__error">
          {problem}
        </p>
      ) : null}
    </div>
  )
}
