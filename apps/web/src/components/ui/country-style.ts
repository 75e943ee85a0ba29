/** Country colours (Okabe–Ito, colour-blind safe) and distinct markers, from UI.md. */
import type { CountryCode } from '@nap/domain'

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond'

export const COUNTRY_STYLE: Record<CountryCode, { colour: string; marker: MarkerShape }> = {
  CAN: { colour: '#D55E00', marker: 'circle' },
  MEX: { colour: '#009E73', marker: 'square' },
  USA: { colour: '#0072B2', marker: 'triangle' },
  NAM: { colour: '#000000', marker: 'diamond' },
}

/** The order countries are listed in everywhere. */
export const DISPLAY_COUNTRIES: readonly CountryCode[] = ['CAN', 'MEX', 'USA', 'NAM']

export function isDisplayCountry(code: string): code is CountryCode {
  return (DISPLAY_COUNTRIES as readonly string[]).includes(code)
}
