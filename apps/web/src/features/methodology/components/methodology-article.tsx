import type { Locale } from '@nap/domain'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { useI18n } from '@/i18n/use-i18n.ts'
import { methodologyEn } from '../content/methodology-en.ts'
import { methodologyEs } from '../content/methodology-es.ts'
import { methodologyFr } from '../content/methodology-fr.ts'
import type { Block, MethodologyContent } from '../content/types.ts'

export const METHODOLOGY: Record<Locale, MethodologyContent> = { en: methodologyEn, es: methodologyEs, fr: methodologyFr }

function BlockView({ block }: { block: Block }) {
  const { t } = useI18n()
  switch (block.kind) {
    case 'p':
      return <p>{block.text}</p>
    case 'h3':
      return <h3>{block.text}</h3>
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )
    case 'formula':
      return (
        <div className="formula" role="region" aria-label={t('why.formulaTitle')} tabIndex={0}>
          <pre>
            <code>{block.text}</code>
          </pre>
        </div>
      )
    case 'statusRules':
      return (
        <div className="table-scroll" role="region" aria-label={t('overview.legendTitle')} tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{block.rule}</th>
                <th scope="col">{block.score}</th>
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row.status}>
                  <th scope="row">
                    <StatusChip status={row.status} size="sm" />
                  </th>
                  <td>{row.rule}</td>
                  <td>{row.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
  }
}

/** METHODOLOGY.md in the reader's language, with a table of contents. */
export function MethodologyArticle() {
  const { lang, t } = useI18n()
  const content = METHODOLOGY[lang]
  return (
    <article className="prose">
      <h1>{content.title}</h1>
      {content.intro.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <nav aria-label={t('nav.methodology')} className="toc">
        <ol>
          {content.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {content.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id}>
          <h2 id={section.id} tabIndex={-1}>
            {section.heading}
          </h2>
          {section.blocks.map((block, index) => (
            <BlockView key={index} block={block} />
          ))}
        </section>
      ))}
    </article>
  )
}
