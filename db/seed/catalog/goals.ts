/** The four goals of The North American Project, in their published order. */
import type { CatalogGoal } from './types.ts'

export const GOALS: CatalogGoal[] = [
  {
    id: 1,
    slug: 'shared-prosperity',
    name: {
      en: 'Shared prosperity and job creation',
      es: 'Prosperidad compartida y creación de empleos',
      fr: "Prospérité partagée et création d'emplois",
    },
    shortName: { en: 'Shared prosperity', es: 'Prosperidad compartida', fr: 'Prospérité partagée' },
    description: {
      en: 'Higher living standards and more and better jobs in all three countries, with the gains widely shared.',
      es: 'Mejores niveles de vida y más y mejores empleos en los tres países, con beneficios ampliamente compartidos.',
      fr: 'Un niveau de vie plus élevé et des emplois plus nombreux et de meilleure qualité dans les trois pays, avec des gains largement partagés.',
    },
  },
  {
    id: 2,
    slug: 'economic-growth',
    name: { en: 'Economic growth', es: 'Crecimiento económico', fr: 'Croissance économique' },
    shortName: { en: 'Economic growth', es: 'Crecimiento', fr: 'Croissance' },
    description: {
      en: "Faster, productivity-led growth so that North America keeps one third of the world's output.",
      es: 'Un crecimiento más rápido, impulsado por la productividad, para que América del Norte mantenga un tercio de la producción mundial.',
      fr: "Une croissance plus rapide, tirée par la productivité, pour que l'Amérique du Nord conserve le tiers de la production mondiale.",
    },
  },
  {
    id: 3,
    slug: 'trade',
    name: {
      en: 'Intraregional and global trade',
      es: 'Comercio intrarregional y global',
      fr: 'Commerce intrarégional et mondial',
    },
    shortName: { en: 'Trade', es: 'Comercio', fr: 'Commerce' },
    description: {
      en: 'More trade within North America and a larger regional share of world exports.',
      es: 'Más comercio dentro de América del Norte y una mayor participación regional en las exportaciones mundiales.',
      fr: "Plus d'échanges au sein de l'Amérique du Nord et une part régionale accrue des exportations mondiales.",
    },
  },
  {
    id: 4,
    slug: 'investment',
    name: {
      en: 'Sectoral, strategic and infrastructure investment',
      es: 'Inversión sectorial, estratégica y en infraestructura',
      fr: 'Investissement sectoriel, stratégique et en infrastructures',
    },
    shortName: { en: 'Investment', es: 'Inversión', fr: 'Investissement' },
    description: {
      en: 'Investment in capital, research, technology, clean energy and the infrastructure that links the region.',
      es: 'Inversión en capital, investigación, tecnología, energía limpia y la infraestructura que une a la región.',
      fr: "Investissement dans le capital, la recherche, la technologie, l'énergie propre et les infrastructures qui relient la région.",
    },
  },
]
