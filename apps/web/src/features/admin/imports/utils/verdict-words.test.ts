import { describe, expect, test } from 'vitest'
import type { Locale } from '@nap/domain'
import { testTranslator } from '@/testing/catalogs.ts'
import { gdpPerCapita } from '@/testing/fixtures.ts'
import { catalogs } from '@/testing/catalogs.ts'
import { changedMexico2024, rejectedNegative, skippedGermany, unchangedCanada1990 } from '../testing/import-fixtures.ts'
import type { VerdictRow } from '../api/schemas.ts'
import { createLabels } from './labels.ts'
import { changedParts, REASON_CODES, verdictReason } from './verdict-words.ts'

const names: Record<Locale, Record<string, string>> = {
  en: { CAN: 'Canada', MEX: 'Mexico', USA: 'United States' },
  es: { CAN: 'Canadá', MEX: 'México', USA: 'Estados Unidos' },
  fr: { CAN: 'Canada', MEX: 'Mexique', USA: 'États-Unis' },
}

function reason(row: VerdictRow, lang: Locale): string {
  const labels = createLabels([gdpPerCapita], names[lang], (text) => text[lang], lang)
  return verdictReason(row, testTranslator(lang), { lang, ...labels })
}

const flags = { estimate: false, provisional: false, breakInSeries: false }
const withCode = (code: string, extra: Partial<VerdictRow> = {}): VerdictRow => ({ ...rejectedNegative, code, ...extra })

describe('verdictReason', () => {
  test.each<[string, VerdictRow, Locale, string]>([
    ['unchanged', unchangedCanada1990, 'en', 'Already so: nothing to do.'],
    ['unchanged', unchangedCanada1990, 'es', 'Ya es así: nada que hacer.'],
    ['changed value', changedMexico2024, 'en', 'Changes the value.'],
    ['changed value', changedMexico2024, 'fr', 'Change la valeur.'],
    ['new', { ...changedMexico2024, verdict: 'new', old: null }, 'en', 'No value yet: it is added.'],
    ['new over a deleted point', { ...changedMexico2024, verdict: 'new', old: { value: null, version: 3, deleted: true, flags, sourceNote: null } }, 'es', 'El valor se había borrado: esto lo restablece.'],
    ['untracked country', skippedGermany, 'en', 'Not a tracked country: DEU.'],
    ['untracked country', skippedGermany, 'fr', 'Pays non suivi : DEU.'],
    ['out of bounds', rejectedNegative, 'en', 'Outside the possible values of GDP per capita, PPP.'],
    ['out of bounds', rejectedNegative, 'es', 'Fuera de los valores posibles de PIB per cápita, PPA.'],
    ['not reported', withCode('not-reported', { country: 'CAN', indicator: 'gdp-per-capita-ppp' }), 'fr', 'PIB par habitant, PPA n’est pas publié pour Canada.'],
    ['unknown indicator', withCode('unknown-indicator', { indicator: 'BM.KLT.DINV.WD.GD.ZS' }), 'en', 'Not in the catalog: BM.KLT.DINV.WD.GD.ZS.'],
    ['bad number', withCode('bad-number', { value: '1,234' }), 'en', 'Not a number as written.'],
    ['impossible year', withCode('impossible-year', { period: '2031' }), 'es', 'Año imposible: 2031.'],
    ['duplicate', withCode('duplicate'), 'en', 'Given more than once in the file: no copy is taken.'],
    ['an unknown code: the API’s words', withCode('new-rule', { reason: 'a reason the page does not know yet' }), 'fr', 'a reason the page does not know yet'],
  ])('%s (%s) → words in the reader’s language', (_what, row, lang, text) => {
    expect(reason(row, lang)).toBe(text)
  })

  test('says every code of the matcher in every language without falling back to the API’s English', () => {
    for (const lang of ['en', 'es', 'fr'] as const) {
      for (const code of REASON_CODES) {
        const text = reason(withCode(code, { reason: 'API words' }), lang)
        expect(text, `${lang} ${code}`).not.toBe('API words')
        expect(text, `${lang} ${code}`).not.toMatch(/[{}]/)
      }
    }
    expect(Object.keys(catalogs.en).filter((k) => k.startsWith('admin.imports.reason.'))).toHaveLength(REASON_CODES.length + 5)
  })
})

describe('changedParts', () => {
  test.each<[string, Pick<VerdictRow, 'old' | 'new'>, string[]]>([
    ['only the value', changedMexico2024, ['value']],
    ['the flags the file states', { old: changedMexico2024.old, new: { value: 22039.6287019016, flags: { ...flags, provisional: true }, sourceNote: null } }, ['flags']],
    ['value and source note', { old: changedMexico2024.old, new: { value: 1, flags: null, sourceNote: 'WDI 2026-02-24' } }, ['value', 'note']],
    ['flags the file does not state are kept', { old: changedMexico2024.old, new: { value: 22039.6287019016, flags: null, sourceNote: null } }, []],
  ])('%s', (_what, row, parts) => {
    expect(changedParts(row)).toEqual(parts)
  })

  test('lists several parts with the language’s conjunction', () => {
    const row: VerdictRow = { ...changedMexico2024, new: { value: 1, flags: { ...flags, estimate: true }, sourceNote: 'INEGI' } }
    expect(reason(row, 'en')).toBe('Changes the value, the flags, and the source note.')
    expect(reason(row, 'es')).toBe('Cambia el valor, las marcas y la nota de fuente.')
    expect(reason(row, 'fr')).toBe('Change la valeur, les indicateurs et la note de source.')
  })
})
