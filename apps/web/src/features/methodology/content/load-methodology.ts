import type { Locale } from '@nap/domain'

/** One chunk per language: the page is rendered to HTML at build time (vite-plugins/markdown.ts). */
const LOADERS: Record<Locale, () => Promise<{ default: string }>> = {
  en: () => import('./methodology.en.md?html'),
  es: () => import('./methodology.es.md?html'),
  fr: () => import('./methodology.fr.md?html'),
}

const loaded = new Map<Locale, Promise<string>>()

/**
 * The methodology page of one language as trusted HTML, loaded once (the same promise every call, as
 * React's `use` needs); a failed load is forgotten so the next render tries again.
 */
export function loadMethodology(lang: Locale): Promise<string> {
  let html = loaded.get(lang)
  if (!html) {
    html = LOADERS[lang]().then(
      (module) => module.default,
      (error: unknown) => {
        loaded.delete(lang)
        throw error
      },
    )
    loaded.set(lang, html)
  }
  return html
}
