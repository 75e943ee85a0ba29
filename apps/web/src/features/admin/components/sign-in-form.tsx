import { useId, useRef, useState, type FormEvent } from 'react'
import { ApiError } from '@/lib/api-client.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useSignIn } from '../api/session.ts'
import { RateLimitedBodySchema } from '../api/schemas.ts'
import { errorText } from '../utils/error-text.ts'

/**
 * Sign-in for editors and admins. Password managers recognise it (autocomplete username /
 * current-password, real labels, a form submit); a refusal is announced (role="alert").
 */
export function SignInForm({ notice }: { notice?: string | undefined }) {
  const { t } = useI18n()
  const signIn = useSignIn()
  const id = useId()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const errorRef = useRef<HTMLParagraphElement>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    signIn.mutate({ email: email.trim(), password }, { onError: () => setPassword('') })
  }

  let error: string | null = null
  if (signIn.error) {
    const e = signIn.error
    if (e instanceof ApiError && e.statusCode === 401) error = t('admin.signIn.invalid')
    else if (e instanceof ApiError && e.statusCode === 429) {
      const body = RateLimitedBodySchema.safeParse(e.body)
      const minutes = body.success ? Math.max(1, Math.ceil(body.data.retryAfterSeconds / 60)) : 15
      error = t('admin.signIn.rateLimited', { minutes })
    } else error = errorText(e, t)
  }

  return (
    <div className="page page--narrow admin-auth">
      <h1>{t('admin.signIn.title')}</h1>
      <p className="lede">{t('admin.signIn.intro')}</p>
      {notice ? (
        <p className="admin-notice" role="status">
          {notice}
        </p>
      ) : null}
      <form className="admin-form panel" onSubmit={submit} aria-describedby={error ? `${id}-error` : undefined} noValidate={false}>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('admin.signIn.email')}</label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('admin.signIn.password')}</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <p id={`${id}-error`} ref={errorRef} className="form-error" role="alert">
          {error}
        </p>
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? t('admin.signIn.pending') : t('admin.signIn.submit')}
        </button>
      </form>
    </div>
  )
}
