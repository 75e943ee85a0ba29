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
void loadMessages(resolveLanguage(new URLSearchParams(window.location.search)))
// In a task of its own, after this bundle's evaluation (one task, React's set-up in it): the page's
// data (already requested by the early script), its code chunk, then React's first render, which in a
// transition is drawn in short slices. Two shorter tasks instead of one long one (blocking time).
setTimeout(() => {
  startRoute(queryClient, window.location)
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    )
  })
}, 0)
