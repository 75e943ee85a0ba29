import { use, useCallback, useState } from 'react'
import { createPortal } from 'react-dom'
import { STATUSES, type Status } from '@nap/domain'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { useI18n } from '@/i18n/use-i18n.ts'
import { loadMethodology } from '../content/load-methodology.ts'

interface ChipSlot {
  element: Element
  status: Status
}

/** The `<span data-status-chip="…">` placeholders of the page, each with a known status. */
function chipSlots(root: Element): ChipSlot[] {
  return [...root.querySelectorAll('[data-status-chip]')].flatMap((element) => {
    const status = STATUSES.find((candidate) => candidate === element.getAttribute('data-status-chip'))
    return status === undefined ? [] : [{ element, status }]
  })
}

/**
 * METHODOLOGY.md in the reader's language: HTML rendered at build time from
 * content/methodology.{en,es,fr}.md (trusted: part of the repository), with the dashboard's status chips
 * drawn into its placeholders.
 */
export function MethodologyArticle() {
  const { lang } = useI18n()
  const html = use(loadMethodology(lang))
  const [slots, setSlots] = useState<ChipSlot[]>([])
  // A new <article> per language, so the ref callback sees each page's placeholders once it is in the DOM.
  const attach = useCallback((article: HTMLElement | null) => {
    if (article) setSlots(chipSlots(article))
  }, [])
  return (
    <>
      <article key={lang} ref={attach} className="prose methodology" dangerouslySetInnerHTML={{ __html: html }} />
      {slots.map(({ element, status }, index) => createPortal(<StatusChip status={status} size="sm" />, element, String(index)))}
    </>
  )
}
