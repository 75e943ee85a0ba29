/**
 * What matching needs to know of the catalog, passed in as data (the API reads it from the database):
 * each indicator's slug, the code its source uses, frequency, the areas values may be imported for,
 * whether it or some of its areas are computed, and its bounds. Lookup by slug (case-insensitive) or
 * by source code, where the World Bank's SDMX spelling NY_GDP_MKTP_CD is NY.GDP.MKTP.CD.
 */
import type { Frequency } from '@nap/domain'

export interface CatalogIndicatorRef {
  slug: string
  /** The code of the series at its source (NY.GDP.PCAP.PP.KD), or null (project figures, derived indicators). */
  sourceCode: string | null
  frequency: Frequency
  /**
   * The areas values may be imported for: the indicator's countries (CAN, MEX, USA, NAM), plus WLD for a
   * series that holds world values (the inputs of the world shares and of the growth gap).
   */
  countries: readonly string[]
  /** True for an indicator computed from others (its values are never imported). */
  derived: boolean
  /** Areas whose values are computed from the others (NAM of an aggregate by rule). */
  computed?: readonly string[]
  min: number | null
  max: number | null
}

/** The comparison key of a source code: NY_GDP_MKTP_CD and ny.gdp.mktp.cd are NY.GDP.MKTP.CD. */
export function codeKey(code: string): string {
  return code.trim().toUpperCase().replace(/_/g, '.')
}

export interface IndicatorIndex {
  /** The indicator a file's text names, by slug or source code. */
  find(raw: string): CatalogIndicatorRef | undefined
}

export function createIndicatorIndex(catalog: readonly CatalogIndicatorRef[]): IndicatorIndex {
  const bySlug = new Map<string, CatalogIndicatorRef>()
  const byCode = new Map<string, CatalogIndicatorRef>()
  for (const indicator of catalog) {
    bySlug.set(indicator.slug.toLowerCase(), indicator)
    if (indicator.sourceCode !== null && indicator.sourceCode.trim() !== '') byCode.set(codeKey(indicator.sourceCode), indicator)
  }
  return {
    find(raw) {
      const text = raw.trim()
      if (text === '') return undefined
      return bySlug.get(text.toLowerCase()) ?? byCode.get(codeKey(text))
    },
  }
}
