/** The publishers the indicators cite (`source` of an indicator is one of these ids), with licence and attribution. */
import type { CatalogSource } from './types.ts'

export const SOURCES: CatalogSource[] = [
  {
    id: 'wdi',
    name: {
      en: 'World Development Indicators',
      es: 'Indicadores del Desarrollo Mundial',
      fr: 'Indicateurs du développement dans le monde',
    },
    publisher: 'World Bank',
    url: 'https://databank.worldbank.org/source/world-development-indicators',
    licence: 'CC BY 4.0',
    attribution: {
      en: 'Source: World Bank, World Development Indicators (CC BY 4.0). Some series via the Datahub and Gapminder/open-numbers packages of WDI.',
      es: 'Fuente: Banco Mundial, Indicadores del Desarrollo Mundial (CC BY 4.0). Algunas series a través de los paquetes de los WDI de Datahub y Gapminder/open-numbers.',
      fr: 'Source : Banque mondiale, Indicateurs du développement dans le monde (CC BY 4.0). Certaines séries via les paquets WDI de Datahub et Gapminder/open-numbers.',
    },
  },
  {
    id: 'census-csis',
    name: {
      en: 'U.S. goods trade with NAFTA partners',
      es: 'Comercio de bienes de EE. UU. con sus socios del TLCAN',
      fr: 'Commerce de biens des États-Unis avec ses partenaires de l’ALENA',
    },
    publisher: 'U.S. Census Bureau, as tabulated by CSIS (2018)',
    url: 'https://www.csis.org/analysis/cost-leaving-canada-behind',
    licence: 'U.S. Government work (public domain)',
    attribution: {
      en: 'Source: U.S. Census Bureau via CSIS "The Trade Guys" (2018).',
      es: 'Fuente: Oficina del Censo de EE. UU., vía CSIS "The Trade Guys" (2018).',
      fr: 'Source : Bureau du recensement des États-Unis, via CSIS « The Trade Guys » (2018).',
    },
  },
  {
    id: 'nap',
    name: {
      en: 'The North American Project: goals and April 2026 update',
      es: 'The North American Project: metas y actualización de abril de 2026',
      fr: 'The North American Project : objectifs et mise à jour d’avril 2026',
    },
    publisher: 'The North American Project / México, ¿cómo vamos?',
    url: 'https://thenorthamericanproject.com',
    licence: 'Figures quoted with attribution',
    attribution: {
      en: 'Source: The North American Project (TheNorthAmericanProject.com), April 2026 update.',
      es: 'Fuente: The North American Project (TheNorthAmericanProject.com), actualización de abril de 2026.',
      fr: 'Source : The North American Project (TheNorthAmericanProject.com), mise à jour d’avril 2026.',
    },
  },
  {
    id: 'derived',
    name: {
      en: 'Computed by the Goal Monitor from World Bank WDI',
      es: 'Calculado por el Monitor de Metas a partir de los WDI del Banco Mundial',
      fr: 'Calculé par le Moniteur des objectifs à partir des WDI de la Banque mondiale',
    },
    publisher: 'North American Project — Goal Monitor',
    url: 'https://databank.worldbank.org/source/world-development-indicators',
    licence: 'CC BY 4.0 (inputs: World Bank WDI)',
    attribution: {
      en: 'Computed from World Bank, World Development Indicators (CC BY 4.0).',
      es: 'Calculado a partir de los Indicadores del Desarrollo Mundial del Banco Mundial (CC BY 4.0).',
      fr: 'Calculé à partir des Indicateurs du développement dans le monde de la Banque mondiale (CC BY 4.0).',
    },
  },
]
