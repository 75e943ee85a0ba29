/**
 * Headline context figures from The North American Project's April 2026 update (CATALOG.md, "Context
 * figures"), each with its source. Numbers are kept as numbers and written with Intl in the reader's
 * locale; the words are translated here.
 */
import type { Locale, Localized } from '@nap/domain'
import { formatDate, formatNumber, formatPercent, formatUsdCompact, formatCompact } from '@/lib/format.ts'
import { formatIcu } from '@/i18n/translate.ts'

export interface FastFact {
  id: string
  /** The headline figure, written in the reader's locale. */
  figure: (lang: Locale) => string
  /** The sentence under the figure, an ICU message whose {arguments} are filled from `values`. */
  text: Localized
  values?: (lang: Locale) => Record<string, string>
  source: Localized
}

const NAP_UPDATE: Localized = {
  en: 'The North American Project, April 2026 update',
  es: 'The North American Project, actualización de abril de 2026',
  fr: 'The North American Project, mise à jour d’avril 2026',
}

export const FAST_FACTS: readonly FastFact[] = [
  {
    id: 'trilateral-trade',
    figure: (lang) => `${formatUsdCompact(803e9, lang)} → ${formatUsdCompact(1.6e12, lang)}`,
    text: {
      en: 'Trilateral goods trade in North America, in 20 years.',
      es: 'Comercio trilateral de bienes en América del Norte, en 20 años.',
      fr: 'Commerce trilatéral de biens en Amérique du Nord, en 20 ans.',
    },
    source: NAP_UPDATE,
  },
  {
    id: 'border-daily',
    figure: (lang) => formatUsdCompact(2.39e9, lang),
    text: {
      en: 'Traded across the Mexico–U.S. border every day.',
      es: 'Se comercian cada día a través de la frontera entre México y Estados Unidos.',
      fr: 'Échangés chaque jour à la frontière entre le Mexique et les États-Unis.',
    },
    source: { en: 'USTR, via ' + NAP_UPDATE.en, es: 'USTR, vía ' + NAP_UPDATE.es, fr: 'USTR, par ' + NAP_UPDATE.fr },
  },
  {
    id: 'ports',
    figure: (lang) => `Laredo ${formatUsdCompact(296.2e9, lang, 1)} · Detroit ${formatUsdCompact(94.2e9, lang, 1)}`,
    text: {
      en: 'Freight through the ports of Laredo and Detroit in 2025.',
      es: 'Carga que pasó por los puertos de Laredo y Detroit en 2025.',
      fr: 'Fret passé par les points d’entrée de Laredo et de Detroit en 2025.',
    },
    source: {
      en: 'U.S. Bureau of Transportation Statistics (BTS), via ' + NAP_UPDATE.en,
      es: 'Oficina de Estadísticas de Transporte de EE. UU. (BTS), vía ' + NAP_UPDATE.es,
      fr: 'Bureau of Transportation Statistics des États-Unis (BTS), par ' + NAP_UPDATE.fr,
    },
  },
  {
    id: 'manufacturing-jobs',
    figure: (lang) => [113000, 48375, 40600].map((n) => formatNumber(n, lang)).join(' · '),
    text: {
      en: 'Manufacturing jobs lost from December 2024 to December 2025 in the United States, Mexico and Canada (in that order).',
      es: 'Empleos manufactureros perdidos de diciembre de 2024 a diciembre de 2025 en Estados Unidos, México y Canadá (en ese orden).',
      fr: 'Emplois manufacturiers perdus de décembre 2024 à décembre 2025 aux États-Unis, au Mexique et au Canada (dans cet ordre).',
    },
    source: NAP_UPDATE,
  },
  {
    id: 'world-gdp',
    figure: (lang) => `≈ ${formatPercent(0.3, lang, { decimals: 0 })}`,
    text: {
      en: "North America's share of world GDP.",
      es: 'Participación de América del Norte en el PIB mundial.',
      fr: "Part de l'Amérique du Nord dans le PIB mondial.",
    },
    source: {
      en: 'IMF, World Economic Outlook (October 2025)',
      es: 'FMI, Perspectivas de la economía mundial (octubre de 2025)',
      fr: 'FMI, Perspectives de l’économie mondiale (octobre 2025)',
    },
  },
  {
    id: 'rapid-response',
    figure: (lang) => formatNumber(42000, lang),
    text: {
      en: 'Workers covered by the USMCA Rapid Response Labor Mechanism, in {cases} cases concluded.',
      es: 'Trabajadores cubiertos por el Mecanismo Laboral de Respuesta Rápida del T-MEC, en {cases} casos concluidos.',
      fr: 'Travailleurs visés par le Mécanisme d’intervention rapide en matière de travail de l’ACEUM, dans {cases} dossiers conclus.',
    },
    values: (lang) => ({ cases: formatNumber(32, lang) }),
    source: NAP_UPDATE,
  },
  {
    id: 'vehicles',
    figure: (lang) => formatCompact(11.9e6, lang, 1),
    text: {
      en: 'Vehicles produced in North America up to the third quarter of 2025 ({change} compared with the third quarter of 2019).',
      es: 'Vehículos producidos en América del Norte hasta el tercer trimestre de 2025 ({change} frente al tercer trimestre de 2019).',
      fr: 'Véhicules produits en Amérique du Nord jusqu’au troisième trimestre de 2025 ({change} par rapport au troisième trimestre de 2019).',
    },
    values: (lang) => ({ change: formatPercent(-0.08, lang, { decimals: 0 }) }),
    source: NAP_UPDATE,
  },
  {
    id: 'agriculture',
    figure: (lang) => formatPercent(0.327, lang, { decimals: 1 }),
    text: {
      en: "Mexico's share of U.S. agricultural imports in 2025; Mexico also took {exports} of U.S. agricultural exports.",
      es: 'Participación de México en las importaciones agrícolas de EE. UU. en 2025; México también recibió el {exports} de las exportaciones agrícolas de EE. UU.',
      fr: 'Part du Mexique dans les importations agricoles des États-Unis en 2025; le Mexique a aussi reçu {exports} des exportations agricoles américaines.',
    },
    values: (lang) => ({ exports: formatPercent(0.169, lang, { decimals: 1 }) }),
    source: NAP_UPDATE,
  },
  {
    id: 'usmca-review',
    figure: (lang) => formatDate('2026-07-01', lang),
    text: {
      en: 'First USMCA joint review, as scheduled (Article 34.7): extend the agreement for 16 years, or hold annual reviews until 2036.',
      es: 'Primera revisión conjunta del T-MEC, según lo previsto (artículo 34.7): extender el tratado 16 años o revisarlo cada año hasta 2036.',
      fr: 'Premier examen conjoint de l’ACEUM, tel que prévu (article 34.7) : prolonger l’accord de 16 ans, ou tenir des examens annuels jusqu’en 2036.',
    },
    source: {
      en: 'USMCA, Article 34.7; ' + NAP_UPDATE.en,
      es: 'T-MEC, artículo 34.7; ' + NAP_UPDATE.es,
      fr: 'ACEUM, article 34.7; ' + NAP_UPDATE.fr,
    },
  },
]

export function factText(fact: FastFact, lang: Locale): string {
  return formatIcu(fact.text[lang], lang, fact.values?.(lang))
}
