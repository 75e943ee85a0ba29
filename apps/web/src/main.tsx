import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { resolveLanguage } from './i18n/language.ts'
import { loadMessages } from './i18n/messages/index.ts'
import './styles/app.css'

const root = document.getElementById('root')
if (!root) throw new Error('Missing #root element')
// Start fetching the reader's catalog (Spanish, French) while React starts.
void loadMessages(resolveLanguage(new URLSearchParams(window.location.search)))
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
