/**
 * Countries as files write them → the project's area codes. A code is read first (ISO 3166 alpha-3,
 * case-insensitive); otherwise a name, in English, Spanish or French with the usual variants
 * ("United States of America", "Estados Unidos", "États-Unis d'Amérique", "Mexique", "Canadá"),
 * compared without accents, case, punctuation or spaces.
 *
 * Two traps are closed on purpose: in a statistical office's file (ISO 3166 codes) NAM is Namibia,
 * and its "North America" is the publisher's aggregate (the World Bank's NAC is Bermuda, Canada and the
 * United States), not this project's CAN + MEX + USA; so there NAM is reached neither by code nor by
 * name. Only the project's own tidy layout writes NAM for North America.
 */
import type { CountryCodeSystem } from './types.ts'

/** An area the caller tracks, with its names (e.g. the EN/ES/FR names of the countries table). */
export interface AreaNames {
  code: string
  names: readonly string[]
}

/** The spellings publishers use besides the names a caller passes (keyed by area code). */
export const COUNTRY_NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  CAN: ['Canada', 'Canadá', 'CA'],
  MEX: ['Mexico', 'México', 'Mexique', 'United Mexican States', 'Estados Unidos Mexicanos', 'États-Unis du Mexique', 'MX'],
  USA: [
    'United States',
    'United States of America',
    'U.S.',
    'U.S.A.',
    'US',
    'Estados Unidos',
    'Estados Unidos de América',
    'EE. UU.',
    'EEUU',
    'États-Unis',
    "États-Unis d'Amérique",
  ],
  NAM: ['North America', 'América del Norte', 'Norteamérica', 'Amérique du Nord'],
  WLD: ['World', 'Mundo', 'Monde', '1W'],
}

/** The comparison key of a name: no accents, case, punctuation or spaces ("États-Unis" → "etatsunis"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

export type CountryMatch = { ok: true; code: string } | { ok: false; reason: string }

export type CountryMatcher = (raw: string, label: string | undefined, system: CountryCodeSystem) => CountryMatch

const NORTH_AMERICA = 'NAM'

export function createCountryMatcher(areas: readonly AreaNames[]): CountryMatcher {
  const codes = new Set(areas.map((a) => a.code.toUpperCase()))
  const byName = new Map<string, string>()
  const ambiguous = new Set<string>()
  for (const area of areas) {
    const code = area.code.toUpperCase()
    const names = [code, ...area.names, ...(COUNTRY_NAME_VARIANTS[code] ?? [])]
    for (const name of names) {
      const key = nameKey(name)
      if (key === '') continue
      const known = byName.get(key)
      if (known !== undefined && known !== code) ambiguous.add(key)
      else byName.set(key, code)
    }
  }
  for (const key of ambiguous) byName.delete(key)

  return (raw, label, system) => {
    const text = raw.trim()
    if (text === '') return { ok: false, reason: 'the country is empty' }
    const named = label !== undefined && label !== '' && label !== text ? ` (${label})` : ''
    const upper = text.toUpperCase()
    if (/^[A-Z]{3}$/.test(upper)) {
      if (system === 'iso3166' && upper === NORTH_AMERICA) {
        return { ok: false, reason: `country NAM${named === '' ? ' (Namibia)' : named} is not tracked: in ISO 3166 codes NAM is Namibia, not North America` }
      }
      if (codes.has(upper)) return { ok: true, code: upper }
    }
    const code = byName.get(nameKey(text))
    if (code !== undefined) {
      if (system === 'iso3166' && code === NORTH_AMERICA) {
        return { ok: false, reason: `country "${text}" is not tracked: a publisher's North America aggregate is not this project's (CAN, MEX, USA)` }
      }
      return { ok: true, code }
    }
    if (/^[A-Z]{3}$/.test(upper)) return { ok: false, reason: `country ${upper}${named} is not tracked` }
    return { ok: false, reason: `country "${text}"${named} is not tracked` }
  }
}
