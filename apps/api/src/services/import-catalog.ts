/**
 * The catalog as the import matcher (packages/imports) needs it, read from the database: each
 * indicator's slug, source code, frequency, bounds, whether it is derived or has a computed North
 * America value, and the areas values may be imported for: its countries, plus WLD for a series that
 * holds world values (an input of a world share or of the growth gap, or one that has WLD values),
 * as the observation editor allows them. The areas come with their EN/ES/FR names.
 */
import { eq } from 'drizzle-orm'
import { countries, hasComputedNam, indicators, inputsOf, observations, type IndicatorRow } from '@nap/db'
import type { AreaNames, CatalogIndicatorRef } from '@nap/imports'
import type { Reader } from '../repositories/imports-repository.ts'

export interface ImportCatalog {
  refs: CatalogIndicatorRef[]
  areas: AreaNames[]
  indicators: IndicatorRow[]
}

/** The codes values of `ind` may be imported for (pure: `withWorld` = the indicators that hold WLD values). */
export function importableCodes(ind: IndicatorRow, all: readonly IndicatorRow[], withWorld: ReadonlySet<number>): string[] {
  const codes: string[] = [...ind.countries]
  const isWorldInput = all.some((d) => d.namRule === 'derived' && inputsOf(d).includes(ind.slug))
  if (!codes.includes('WLD') && (isWorldInput || withWorld.has(ind.id))) codes.push('WLD')
  return codes
}

export function catalogRef(ind: IndicatorRow, all: readonly IndicatorRow[], withWorld: ReadonlySet<number>): CatalogIndicatorRef {
  return {
    slug: ind.slug,
    sourceCode: ind.sourceCode,
    frequency: ind.frequency,
    countries: importableCodes(ind, all, withWorld),
    derived: ind.namRule === 'derived',
    ...(ind.namRule !== 'derived' && hasComputedNam(ind) ? { computed: ['NAM'] } : {}),
    min: ind.minValue,
    max: ind.maxValue,
  }
}

export function loadImportCatalog(reader: Reader): ImportCatalog {
  const all = reader.select().from(indicators).all()
  const withWorld = new Set(
    reader
      .selectDistinct({ id: observations.indicatorId })
      .from(observations)
      .where(eq(observations.countryCode, 'WLD'))
      .all()
      .map((r) => r.id),
  )
  const areas = reader
    .select()
    .from(countries)
    .all()
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((c) => ({ code: c.code, names: [c.nameEn, c.nameEs, c.nameFr] }))
  return { refs: all.map((ind) => catalogRef(ind, all, withWorld)), areas, indicators: all }
}
