/** The areas rows are kept for: the three members, the North America region and the world reference. */
import type { CatalogCountry } from './types.ts'

export const COUNTRIES: CatalogCountry[] = [
  { code: 'CAN', kind: 'country', name: { en: 'Canada', es: 'Canadá', fr: 'Canada' } },
  { code: 'MEX', kind: 'country', name: { en: 'Mexico', es: 'México', fr: 'Mexique' } },
  {
    code: 'USA',
    kind: 'country',
    name: { en: 'United States', es: 'Estados Unidos', fr: 'États-Unis' },
  },
  {
    code: 'NAM',
    kind: 'region',
    name: { en: 'North America', es: 'América del Norte', fr: 'Amérique du Nord' },
  },
  { code: 'WLD', kind: 'world', name: { en: 'World', es: 'Mundo', fr: 'Monde' } },
]
