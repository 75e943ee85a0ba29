import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { startRoute } from './app/router.tsx'
import { resolveLanguage } from './i18n/language.ts'
import { loadMessages } from './i18n/messages/index.ts'
import { createQueryClient } from './lib/query-client.ts'
import './styles/app.css'

const root = document.getElementById('root')
if (!root) throw new Error('Missing #root element')
const queryClient = createQueryClient()
// Before React starts: the page's API data, its code chunk and the reader's catalog (Spanish, French)
// are requested at once, in parallel.
startRoute(queryClient, window.location)
void loadMessages(resolveLanguage(new URLSearchParams(window.location.search)))
// In a transition, React renders the first screen in short slices rather than one long task.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
})
