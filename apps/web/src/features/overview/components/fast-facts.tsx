import { useI18n } from '@/i18n/use-i18n.ts'
import { FAST_FACTS, factText } from '../content/fast-facts.ts'

/** Headline context figures, each with its source line. */
export function FastFacts() {
  const { t, lang } = useI18n()
  return (
    <ul className="fact-grid">
      {FAST_FACTS.map((fact) => (
        <li key={fact.id} className="fact-card">
          <p className="fact-card__figure">{fact.figure(lang)}</p>
          <p className="fact-card__text">{factText(fact, lang)}</p>
          <p className="fact-card__source">
            {t('common.source')}: {fact.source[lang]}
          </p>
        </li>
      ))}
    </ul>
  )
}
