/** The events drawn on the charts. */
import type { CatalogEvent } from './types.ts'

export const EVENTS: CatalogEvent[] = [
  {
    slug: 'nafta',
    date: '1994-01-01',
    label: { en: 'NAFTA', es: 'TLCAN', fr: 'ALENA' },
    description: {
      en: 'The North American Free Trade Agreement enters into force.',
      es: 'Entra en vigor el Tratado de Libre Comercio de América del Norte.',
      fr: "L'Accord de libre-échange nord-américain entre en vigueur.",
    },
  },
  {
    slug: 'covid-19',
    date: '2020-03-11',
    label: { en: 'COVID-19', es: 'COVID-19', fr: 'COVID-19' },
    description: {
      en: 'The World Health Organization declares COVID-19 a pandemic.',
      es: 'La Organización Mundial de la Salud declara la pandemia de COVID-19.',
      fr: "L'Organisation mondiale de la santé déclare la pandémie de COVID-19.",
    },
  },
  {
    slug: 'usmca',
    date: '2020-07-01',
    label: { en: 'USMCA', es: 'T-MEC', fr: 'ACEUM' },
    description: {
      en: 'The United States–Mexico–Canada Agreement enters into force, replacing NAFTA.',
      es: 'Entra en vigor el Tratado entre México, Estados Unidos y Canadá, que sustituye al TLCAN.',
      fr: "L'Accord Canada–États-Unis–Mexique entre en vigueur et remplace l'ALENA.",
    },
  },
  {
    slug: 'usmca-joint-review',
    date: '2026-07-01',
    label: { en: 'USMCA review', es: 'Revisión del T-MEC', fr: "Examen de l'ACEUM" },
    description: {
      en: 'First joint review of the USMCA (Article 34.7): extend for 16 years, or annual reviews until 2036.',
      es: 'Primera revisión conjunta del T-MEC (artículo 34.7): extenderlo 16 años o revisiones anuales hasta 2036.',
      fr: "Premier examen conjoint de l'ACEUM (article 34.7) : prolongation de 16 ans, ou examens annuels jusqu'en 2036.",
    },
  },
]
