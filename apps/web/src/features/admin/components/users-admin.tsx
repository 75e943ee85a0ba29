import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { ROLES, isOneOf, type Role } from '@nap/domain'
import { gate } from '@/components/ui/query-gate.tsx'
import { ApiError } from '@/lib/api-client.ts'
import { formatDateTime } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { UserConflictBodySchema, type User } from '../api/schemas.ts'
import { useCreateUser, useResetPassword, useUpdateUser, useUsers } from '../api/users.ts'
import { errorText } from '../utils/error-text.ts'
import { useAdminSession } from './admin-session.tsx'

/** A temporary password, shown once, with who it is for. */
interface Issued {
  email: string
  password: string
}

/** Accounts: the list, a new account, role / name / disabled changes, a password reset. */
export function UsersAdmin() {
  const { t } = useI18n()
  const users = useUsers()
  const [editing, setEditing] = useState<number | null>(null)
  const [issued, setIssued] = useState<Issued | null>(null)
  const state = gate([users], { loadingLines: 5 })
  const editingUser = state.ready ? state.data[0].find((u) => u.id === editing) : undefined
  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      <p className="lede">{t('admin.users.intro')}</p>
      {issued ? <IssuedPassword issued={issued} onDone={() => setIssued(null)} /> : null}
      {state.ready ? (
        <UsersTable users={state.data[0]} onEdit={setEditing} onIssued={setIssued} />
      ) : (
        state.element
      )}
      {/* Keyed by the account only: after a refused save the list reloads, and the form keeps the answer. */}
      {editingUser ? <EditUserForm key={editingUser.id} user={editingUser} onDone={() => setEditing(null)} /> : null}
      <CreateUserForm onIssued={setIssued} />
    </>
  )
}

function IssuedPassword({ issued, onDone }: { issued: Issued; onDone: () => void }) {
  const { t } = useI18n()
  const [copied, setCopied] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [issued])
  return (
    <section className="panel issued-password" aria-labelledby="issued-title">
      <h2 id="issued-title" ref={heading} tabIndex={-1}>
        {t('admin.users.issuedTitle', { email: issued.email })}
      </h2>
      <p>
        <code className="issued-password__value">{issued.password}</code>
      </p>
      <p className="note">{t('admin.users.issuedNote')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(issued.password).then(() => setCopied(true))
          }}
        >
          {copied ? t('admin.users.copied') : t('admin.users.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('admin.users.issuedDone')}
        </button>
      </div>
    </section>
  )
}

function UsersTable({ users, onEdit, onIssued }: { users: readonly User[]; onEdit: (id: number) => void; onIssued: (issued: Issued) => void }) {
  const { t, lang } = useI18n()
  const { user: me, csrfToken, handleAuthError } = useAdminSession()
  const reset = useResetPassword(csrfToken)
  const [confirming, setConfirming] = useState<number | null>(null)
  return (
    <section aria-labelledby="users-list-title">
      <h2 id="users-list-title">{t('admin.users.listTitle', { count: users.length })}</h2>
      <div className="table-scroll" role="region" aria-labelledby="users-list-title" tabIndex={0}>
        <table className="data-table users-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.users.name')}</th>
              <th scope="col">{t('admin.users.email')}</th>
              <th scope="col">{t('admin.users.role')}</th>
              <th scope="col">{t('admin.users.state')}</th>
              <th scope="col">{t('admin.users.lastLogin')}</th>
              <th scope="col">{t('admin.users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  {u.name}
                  {u.id === me.id ? <span className="note"> {t('admin.users.you')}</span> : null}
                </th>
                <td>{u.email}</td>
                <td>{t(`admin.role.${u.role}`)}</td>
                <td>
                  {u.disabled ? t('admin.users.disabled') : t('admin.users.active')}
                  {u.mustChangePassword ? ` · ${t('admin.users.mustChange')}` : ''}
                </td>
                <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, lang) : t('admin.users.never')}</td>
                <td>
                  <div className="button-row">
                    <button type="button" className="button button--secondary" onClick={() => onEdit(u.id)}>
                      {t('admin.users.edit', { name: u.name })}
                    </button>
                    {confirming === u.id ? (
                      <>
                        <button
                          type="button"
                          className="button"
                          disabled={reset.isPending}
                          onClick={() =>
                            reset.mutate(u.id, {
                              onSuccess: (result) => {
                                setConfirming(null)
                                onIssued({ email: u.email, password: result.temporaryPassword })
                              },
                              onError: (error) => handleAuthError(error),
                            })
                          }
                        >
                          {t('admin.users.resetConfirm', { name: u.name })}
                        </button>
                        <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                          {t('admin.users.cancel')}
                        </button>
                      </>
                    ) : (
                      <button type="button" className="button button--secondary" onClick={() => setConfirming(u.id)}>
                        {t('admin.users.reset', { name: u.name })}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reset.error && !(reset.error instanceof ApiError && reset.error.statusCode === 401) ? (
        <p className="form-error" role="alert">
          {errorText(reset.error, t)}
        </p>
      ) : null}
    </section>
  )
}

function RoleSelect({ id, value, onChange }: { id: string; value: Role; onChange: (role: Role) => void }) {
  const { t } = useI18n()
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => {
        if (isOneOf(ROLES, e.target.value)) onChange(e.target.value)
      }}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`admin.role.${role}`)}: {t(`admin.roleHint.${role}`)}
        </option>
      ))}
    </select>
  )
}

function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useI18n()
  const { csrfToken, handleAuthError } = useAdminSession()
  const update = useUpdateUser(csrfToken)
  const id = useId()
  const [name, setName] = useState(user.name)
  const [role, setRole] = useState<Role>(user.role)
  const [disabled, setDisabled] = useState(user.disabled)
  const [reason, setReason] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [user.id])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    update.mutate(
      {
        id: user.id,
        version: user.version,
        ...(name.trim() !== user.name ? { name: name.trim() } : {}),
        ...(role !== user.role ? { role } : {}),
        ...(disabled !== user.disabled ? { disabled } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      },
      { onSuccess: onDone, onError: (error) => handleAuthError(error) },
    )
  }
  let error: string | null = null
  if (update.error instanceof ApiError && update.error.code === 'last_admin') error = t('admin.users.lastAdmin')
  else if (update.error instanceof ApiError && update.error.statusCode === 409) {
    const body = UserConflictBodySchema.safeParse(update.error.body)
    error = t('admin.users.stale', { version: body.success && body.data.current ? body.data.current.version : user.version })
  } else if (update.error) error = errorText(update.error, t)

  return (
    <form className="admin-form panel" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('admin.users.editTitle', { email: user.email })}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('admin.users.name')}</label>
        <input id={`${id}-name`} type="text" autoComplete="off" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('admin.users.role')}</label>
        <RoleSelect id={`${id}-role`} value={role} onChange={setRole} />
      </div>
      <div className="field field--check">
        <input id={`${id}-disabled`} type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} />
        <label htmlFor={`${id}-disabled`}>{t('admin.users.disable')}</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('admin.users.reason')}</label>
        <input id={`${id}-reason`} type="text" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div role="alert" className="form-error">
        {error}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('admin.users.saveUser')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('admin.users.cancel')}
        </button>
      </div>
    </form>
  )
}

function CreateUserForm({ onIssued }: { onIssued: (issued: Issued) => void }) {
  const { t } = useI18n()
  const { csrfToken, handleAuthError } = useAdminSession()
  const create = useCreateUser(csrfToken)
  const id = useId()
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('editor')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(
      { email: email.trim(), name: name.trim(), role },
      {
        onSuccess: (result) => {
          onIssued({ email: result.user.email, password: result.temporaryPassword })
          setEmail('')
          setName('')
          setRole('editor')
        },
        onError: (error) => handleAuthError(error),
      },
    )
  }
  const error =
    create.error instanceof ApiError && create.error.code === 'email_taken'
      ? t('admin.users.emailTaken')
      : create.error instanceof ApiError && create.error.statusCode === 400
        ? t('admin.users.invalid', { fields: create.error.issues.map((i) => i.field).join(', ') || create.error.message })
        : create.error
          ? errorText(create.error, t)
          : null

  return (
    <form className="admin-form panel" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.users.createTitle')}</h2>
      <p className="note">{t('admin.users.createIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('admin.users.email')}</label>
        <input id={`${id}-email`} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('admin.users.name')}</label>
        <input id={`${id}-name`} type="text" autoComplete="off" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('admin.users.role')}</label>
        <RoleSelect id={`${id}-role`} value={role} onChange={setRole} />
      </div>
      <div role="alert" className="form-error">
        {error}
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {t('admin.users.create')}
      </button>
    </form>
  )
}
