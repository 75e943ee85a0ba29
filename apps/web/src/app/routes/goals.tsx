import { AppLink } from '@/components/ui/app-link.tsx'
import { gate } from '@/components/ui/query-gate.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { paths } from '@/config/paths.ts'
import { useGoals } from '@/features/catalog/api/get-goals.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

export function GoalsRoute() {
  const { t, l } = useI18n()
  useDocumentTitle(t('goals.docTitle'))
  const goals = useGoals()
  const state = gate([goals])
  return (
    <div className="page">
      <h1>{t('goals.title')}</h1>
      <p className="lede">{t('goals.intro')}</p>
      {state.ready ? (
        <ul className="link-cards">
          {state.data[0].map((goal) => (
            <li key={goal.id} className="link-card">
              <h2>
                <AppLink to={paths.goal.build(goal.id)}>{t('goal.title', { id: goal.id, name: l(goal.name) })}</AppLink>
              </h2>
              <p>{l(goal.description)}</p>
              <p className="muted">{t('goals.indicatorCount', { count: goal.indicatorCount })}</p>
            </li>
          ))}
        </ul>
      ) : (
        state.element
      )}
    </div>
  )
}
