import { useId, useState, type FormEvent } from 'react'
import { ApiError } from '@/lib/api-client.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useChangePassword } from '../api/session.ts'
import { errorText } from '../utils/error-text.ts'
import type { AuthUser } from '../api/schemas.ts'

const MIN_LENGTH = 12

type Field = 'current' | 'next' | 'repeat'

/**
 * Change your password (also the forced change after an admin reset). The new password fields use
 * autocomplete="new-password", so a password manager offers to generate and save one; every other
 * session of the account ends.
 */
export function ChangePasswordForm({ user, csrfToken, forced }: { user: AuthUser; csrfToken: string; forced: boolean }) {
  const { t } = useI18n()
  const change = useChangePassword()
  const id = useId()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [repeat, setRepeat] = useState('')
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({})
  const [done, setDone] = useState(false)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Partial<Record<Field, string>> = {}
    if (current === '') found.current = t('admin.password.currentMissing')
    if (next.length < MIN_LENGTH) found.next = t('admin.password.tooShort', { min: MIN_LENGTH })
    else if (next === current) found.next = t('admin.password.same')
    if (repeat !== next) found.repeat = t('admin.password.mismatch')
    setProblems(found)
    setDone(false)
    if (Object.keys(found).length > 0) return
    change.mutate(
      { current, next, csrfToken },
      {
        onSuccess: () => {
          setDone(true)
          setCurrent('')
          setNext('')
          setRepeat('')
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'invalid_current_password') setProblems({ current: t('admin.password.wrongCurrent') })
          else if (error instanceof ApiError && error.code === 'weak_password') setProblems({ next: t('admin.password.weak') })
        },
      },
    )
  }

  const serverError =
    change.error instanceof ApiError && (change.error.code === 'invalid_current_password' || change.error.code === 'weak_password')
      ? null
      : change.error
        ? errorText(change.error, t)
        : null
  const problemList = (['current', 'next', 'repeat'] as const).filter((f) => problems[f])
  const field = (name: Field, label: string, value: string, set: (v: string) => void, autoComplete: string, hint?: string) => {
    const describedBy = [hint ? `${id}-${name}-hint` : null, problems[name] ? `${id}-${name}-error` : null].filter(Boolean).join(' ')
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {hint ? (
          <p id={`${id}-${name}-hint`} className="field__hint">
            {hint}
          </p>
        ) : null}
        <input
          id={`${id}-${name}`}
          name={name}
          type="password"
          autoComplete={autoComplete}
          required
          minLength={name === 'current' ? undefined : MIN_LENGTH}
          value={value}
          aria-invalid={problems[name] ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => set(e.target.value)}
        />
        {problems[name] ? (
          <p id={`${id}-${name}-error`} className="field__error">
            {problems[name]}
          </p>
        ) : null}
      </div>
    )
  }

  return (
    <section className="admin-auth" aria-labelledby={`${id}-title`}>
      {forced ? <h1 id={`${id}-title`}>{t('admin.password.forcedTitle')}</h1> : <h1 id={`${id}-title`}>{t('admin.password.title')}</h1>}
      <p className="lede">{forced ? t('admin.password.forcedIntro', { name: user.name }) : t('admin.password.intro')}</p>
      <form className="admin-form panel" onSubmit={submit} noValidate>
        {/* The account name, for password managers (they save the new password under it). */}
        <input type="text" name="username" autoComplete="username" value={user.email} readOnly hidden />
        {field('current', forced ? t('admin.password.temporary') : t('admin.password.current'), current, setCurrent, 'current-password')}
        {field('next', t('admin.password.next'), next, setNext, 'new-password', t('admin.password.rules', { min: MIN_LENGTH }))}
        {field('repeat', t('admin.password.repeat'), repeat, setRepeat, 'new-password')}
        <div role="alert" className="form-error">
          {problemList.length > 0 ? t('admin.form.fix', { count: problemList.length }) : serverError}
        </div>
        {done ? (
          <p role="status" className="form-success">
            {t('admin.password.changed')}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={change.isPending}>
          {t('admin.password.submit')}
        </button>
      </form>
    </section>
  )
}
