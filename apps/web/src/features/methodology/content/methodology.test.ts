import { describe, expect, test } from 'vitest'
import { LOCALES, STATUSES, type Locale } from '@nap/domain'
import en from './methodology.en.md?html'
import es from './methodology.es.md?html'
import fr from './methodology.fr.md?html'
import enSource from './methodology.en.md?raw'
import esSource from './methodology.es.md?raw'
import frSource from './methodology.fr.md?raw'

const html: Record<Locale, string> = { en, es, fr }
const source: Record<Locale, string> = { en: enSource, es: esSource, fr: frSource }

function parse(markup: string): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = markup
  return root
}

/** Each section's id and the tags of its blocks (lists with their length), in order. */
const shape = (root: HTMLElement) =>
  [...root.querySelectorAll('section')].map((section) => ({
    id: section.getAttribute('aria-labelledby'),
    blocks: [...section.children].map((block) => (block.matches('ul, ol') ? `${block.tagName}:${block.children.length}` : block.tagName)),
  }))

const checkedKeys = (root: HTMLElement) => [...root.querySelectorAll('[data-check]')].map((element) => element.getAttribute('data-check'))

describe('methodology pages (Markdown rendered at build time)', () => {
  test.each(['es', 'fr'] as const)('the %s page has the same sections, blocks and checked values as the English one', (lang) => {
    const page = parse(html[lang])
    const english = parse(html.en)
    expect(shape(page)).toEqual(shape(english))
    expect(page.querySelectorAll(':scope > p, :scope > ul').length).toBe(english.querySelectorAll(':scope > p, :scope > ul').length)
    expect(checkedKeys(page)).toEqual(checkedKeys(english))
  })

  test.each(LOCALES)('the %s page states the thresholds of the pace ratio and gap_to_path with the direction d', (lang) => {
    const text = parse(html[lang]).textContent
    expect(text).toMatch(/R ≥ 0[.,]95/)
    expect(text).toMatch(/0[.,]60 ≤ R < 0[.,]95/)
    expect(text).toMatch(/0 ≤ R < 0[.,]60/)
    expect(text).toContain('d · (v_t − path(t)) / |path(t)|')
  })

  test.each(LOCALES)('the %s page has one h1, and every section a linked heading that takes focus', (lang) => {
    const page = parse(html[lang])
    expect(page.querySelectorAll('h1')).toHaveLength(1)
    const sections = [...page.querySelectorAll('section')]
    expect(sections.map((s) => s.getAttribute('aria-labelledby'))).toEqual(['notation', 'methods', 'status', 'roll-up', 'trend', 'north-america', 'targets', 'examples'])
    for (const section of sections) {
      const heading = section.querySelector(':scope > h2')
      expect(heading?.id).toBe(section.getAttribute('aria-labelledby'))
      expect(heading?.getAttribute('tabindex')).toBe('-1')
    }
    const toc = page.querySelector('nav.toc')
    expect(toc?.getAttribute('aria-label')).toBeTruthy()
    expect([...(toc?.querySelectorAll('a') ?? [])].map((a) => [a.getAttribute('href'), a.textContent])).toEqual(
      sections.map((s) => [`#${s.getAttribute('aria-labelledby') ?? ''}`, s.querySelector('h2')?.textContent]),
    )
  })

  test.each(LOCALES)('the %s page keeps formulas in labelled, focusable <pre><code> regions', (lang) => {
    const regions = [...parse(html[lang]).querySelectorAll('.formula')]
    expect(regions).toHaveLength(3)
    for (const region of regions) {
      expect(region.getAttribute('role')).toBe('region')
      expect(region.getAttribute('aria-label')).toBeTruthy()
      expect(region.getAttribute('tabindex')).toBe('0')
      expect(region.querySelector('pre > code')?.textContent).toMatch(/=/)
    }
  })

  test.each(LOCALES)('the %s status table has a row header with a chip for every status, inside a labelled scroll region', (lang) => {
    const table = parse(html[lang]).querySelector('#status ~ .table-scroll > table.data-table')
    expect(table?.parentElement?.getAttribute('aria-label')).toBeTruthy()
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col'])
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])]
    expect(rows.map((row) => row.querySelector('th[scope="row"] [data-status-chip]')?.getAttribute('data-status-chip'))).toEqual([...STATUSES])
    expect(rows.map((row) => row.querySelector('[data-status-chip]')?.textContent)).toEqual(STATUSES.map(() => ''))
  })

  test.each(LOCALES)('the %s page keeps every checked value of its Markdown and drops the notes to editors', (lang) => {
    const inSource = source[lang].replace(/<!--[\s\S]*?-->/g, '').match(/data-check="/g) ?? []
    expect(checkedKeys(parse(html[lang]))).toHaveLength(inSource.length)
    expect(inSource.length).toBeGreaterThan(90)
    expect(html[lang]).not.toContain('<!--')
  })
})
