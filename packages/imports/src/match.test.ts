import { describe, expect, test } from 'vitest'
import { CATALOG, MATCH_2026 } from '../test/catalog.ts'
import { thrown } from '../test/thrown.ts'
import { ImportOptionError } from './errors.ts'
import { matchObservations, type Verdict } from './match.ts'
import type { CountryCodeSystem, RawObservation } from './types.ts'

function obs(indicatorRaw: string, countryRaw: string, periodRaw: string, valueRaw: string, more: Partial<RawObservation> = {}): RawObservation {
  return { line: 2, indicatorRaw, countryRaw, periodRaw, valueRaw, ...more }
}

function one(o: RawObservation, system: CountryCodeSystem = 'project', indicator?: string): Verdict {
  const { verdicts } = matchObservations({ observations: [o], countryCodes: system }, { ...MATCH_2026, ...(indicator === undefined ? {} : { indicator }) })
  const [verdict] = verdicts
  if (verdict === undefined) throw new Error('no verdict')
  return verdict
}

/** The verdict without the raw observation, for tables. */
function brief(v: Verdict): Record<string, unknown> {
  const { raw: _raw, ...rest } = v
  return rest
}

describe('matchObservations: matched', () => {
  test.each([
    ['our slug', obs('gdp-per-capita-ppp', 'MEX', '2023', '21917.24858366'), { slug: 'gdp-per-capita-ppp', country: 'MEX', period: '2023', value: 21917.24858366 }],
    ['the WDI code', obs('NY.GDP.PCAP.PP.KD', 'CAN', '2023', '57517.4431587432'), { slug: 'gdp-per-capita-ppp', country: 'CAN', period: '2023', value: 57517.4431587432 }],
    ['the WDI code of FDI, lower case', obs('bx.klt.dinv.wd.gd.zs', 'USA', '2024', '1.03321085618604'), { slug: 'fdi-inflows', country: 'USA', period: '2024', value: 1.03321085618604 }],
    ["the World Bank's SDMX spelling", obs('BX_KLT_DINV_WD_GD_ZS', 'MEX', '2024', '2.44924957519445'), { slug: 'fdi-inflows', country: 'MEX', period: '2024', value: 2.44924957519445 }],
    ['a negative growth rate (no bounds)', obs('real-gdp-growth', 'Mexique', '2020', '-8.35'), { slug: 'real-gdp-growth', country: 'MEX', period: '2020', value: -8.35 }],
    ['world values of a world input', obs('NY.GDP.MKTP.CD', 'World', '2024', '111669432109121'), { slug: 'gdp-current-usd', country: 'WLD', period: '2024', value: 111669432109121 }],
    ['a given North America figure', obs('intra-na-goods-trade', 'NAM', '2023', '1800'), { slug: 'intra-na-goods-trade', country: 'NAM', period: '2023', value: 1800 }],
    ['the bounds themselves', obs('unemployment-rate', 'CAN', '2020', '100'), { slug: 'unemployment-rate', country: 'CAN', period: '2020', value: 100 }],
  ])('takes %s', (_what, o, point) => {
    expect(brief(one(o))).toEqual({ verdict: 'matched', ...point })
  })

  test('sets the three flags when the file has a flag column, and lists the codes it does not apply', () => {
    expect(brief(one(obs('fdi-inflows', 'USA', '2024', '1.03', { flags: ['provisional', 'breakInSeries', 'F'] })))).toEqual({
      verdict: 'matched',
      slug: 'fdi-inflows',
      country: 'USA',
      period: '2024',
      value: 1.03,
      flags: { estimate: false, provisional: true, breakInSeries: true },
      ignoredFlags: ['F'],
    })
    expect(one(obs('fdi-inflows', 'USA', '2024', '1.03', { flags: [] }))).toMatchObject({ flags: { estimate: false, provisional: false, breakInSeries: false } })
    expect(one(obs('fdi-inflows', 'USA', '2024', '1.03'))).not.toHaveProperty('flags')
  })

  test('keeps the source a tidy row gives', () => {
    expect(one(obs('fdi-inflows', 'USA', '2024', '1.03', { source: 'World Bank WDI, 2026-02-24' }))).toMatchObject({ source: 'World Bank WDI, 2026-02-24' })
  })
})

describe('matchObservations: rejected', () => {
  test.each([
    ['a bad number', obs('gdp-per-capita-ppp', 'MEX', '2023', 'n/a'), 'bad-number', '"n/a" marks a missing value, not a number'],
    ['an ambiguous comma', obs('gdp-per-capita-ppp', 'MEX', '2023', '21917,25'), 'bad-number', '"21917,25" has a comma: a thousands separator or a decimal comma is ambiguous (write 1234.5)'],
    ['a bad period', obs('gdp-per-capita-ppp', 'MEX', '2023-13', '1'), 'bad-period', '"2023-13" is not a period: month 13 does not exist'],
    ['a quarter of an annual indicator', obs('gdp-per-capita-ppp', 'MEX', '2023Q1', '1'), 'wrong-frequency', '2023-Q1 is a quarterly period but gdp-per-capita-ppp is annual (use YYYY)'],
    ['a future year', obs('gdp-per-capita-ppp', 'MEX', '2031', '1'), 'impossible-year', 'year 2031 is after the current year (2026)'],
    ['a year before 1900', obs('gdp-per-capita-ppp', 'MEX', '1850', '1'), 'impossible-year', 'year 1850 is before 1900'],
    ['a negative level', obs('gdp-per-capita-ppp', 'MEX', '2023', '-5'), 'out-of-bounds', '-5 is below the lowest possible value of gdp-per-capita-ppp, 0'],
    ['a share above 100', obs('unemployment-rate', 'MEX', '2023', '100.5'), 'out-of-bounds', '100.5 is above the highest possible value of unemployment-rate, 100'],
    ['a scaled value', obs('gdp-current-usd', 'MEX', '2023', '1794410.34', { unitMultiplier: '6' }), 'unit-multiplier', 'the value is given in units of 10^6 (unit multiplier 6): give it in plain units'],
    ['a derived indicator', obs('na-share-world-gdp', 'NAM', '2023', '27.1'), 'derived', 'na-share-world-gdp is derived from other series: its values are computed, not imported (import its inputs)'],
    ['a computed North America value', obs('gdp-per-capita-ppp', 'North America', '2023', '68000'), 'derived', "the North America value of gdp-per-capita-ppp is computed from the members' values: it is not imported (import the members' values)"],
    ['a country the indicator is not reported for', obs('us-atp-trade-balance', 'CAN', '2023', '-200'), 'not-reported', 'us-atp-trade-balance is not reported for CAN (only USA)'],
    ['North America for a members-only indicator', obs('gini-index', 'NAM', '2022', '40'), 'not-reported', 'gini-index is not reported for NAM (only CAN, MEX, USA)'],
  ])('refuses %s', (_what, o, code, reason) => {
    expect(one(o)).toMatchObject({ verdict: 'rejected', code, reason })
  })

  test('names the point of a value it refuses', () => {
    expect(brief(one(obs('gdp-per-capita-ppp', 'Mexique', '2023', '..')))).toEqual({
      verdict: 'rejected',
      code: 'bad-number',
      reason: '".." marks a missing value, not a number',
      slug: 'gdp-per-capita-ppp',
      country: 'MEX',
      period: '2023',
    })
  })

  test('refuses every copy of a point the file gives twice, however it is spelt', () => {
    const observations = [
      obs('gdp-per-capita-ppp', 'MEX', '2023', '21917.24858366', { line: 3 }),
      obs('NY.GDP.PCAP.PP.KD', 'Mexique', '2023', '21917.25', { line: 9 }),
      obs('gdp-per-capita-ppp', 'CAN', '2023', '57517.4431587432', { line: 10 }),
    ]
    const { verdicts, summary } = matchObservations({ observations, countryCodes: 'project' }, MATCH_2026)
    expect(summary).toEqual({ matched: 1, rejected: 2, skipped: 0 })
    const reason = 'gdp-per-capita-ppp MEX 2023 is given 2 times in the file (line 3, line 9): none is taken'
    expect(verdicts.map(brief)).toEqual([
      { verdict: 'rejected', code: 'duplicate', reason, slug: 'gdp-per-capita-ppp', country: 'MEX', period: '2023' },
      { verdict: 'rejected', code: 'duplicate', reason, slug: 'gdp-per-capita-ppp', country: 'MEX', period: '2023' },
      { verdict: 'matched', slug: 'gdp-per-capita-ppp', country: 'CAN', period: '2023', value: 57517.4431587432 },
    ])
  })

  test('counts a copy with a bad value as a duplicate of the good one', () => {
    const observations = [obs('fdi-inflows', 'USA', '2024', '..', { line: 4, column: '2024' }), obs('fdi-inflows', 'USA', '2024', '1.03', { line: 7, column: '2024' })]
    const { verdicts } = matchObservations({ observations, countryCodes: 'project' }, MATCH_2026)
    expect(verdicts.map((v) => (v.verdict === 'matched' ? v.verdict : v.code))).toEqual(['bad-number', 'duplicate'])
    expect(verdicts[1]).toMatchObject({ reason: 'fdi-inflows USA 2024 is given 2 times in the file (line 4, column 2024, line 7, column 2024): none is taken' })
  })
})

describe('matchObservations: skipped', () => {
  test.each([
    ['an indicator the catalog does not hold', obs('BM.KLT.DINV.WD.GD.ZS', 'MEX', '2023', '0.5'), 'project', 'unknown-indicator', 'indicator code BM.KLT.DINV.WD.GD.ZS is not in the catalog'],
    ['an unknown slug', obs('gdp-per-capita', 'MEX', '2023', '0.5'), 'project', 'unknown-indicator', 'indicator "gdp-per-capita" is not in the catalog'],
    ['its name when the file gives one', obs('BM.KLT.DINV.WD.GD.ZS', 'DEU', '2024', '1.71', { indicatorLabel: 'Foreign direct investment, net outflows (% of GDP)' }), 'iso3166', 'unknown-indicator', 'indicator code BM.KLT.DINV.WD.GD.ZS (Foreign direct investment, net outflows (% of GDP)) is not in the catalog'],
    ['no indicator at all', obs('', 'MEX', '2023', '0.5'), 'project', 'no-indicator', 'the file does not say which indicator this value is: choose one'],
    ['a country not tracked', obs('fdi-inflows', 'DEU', '2024', '1.01586176558023', { countryLabel: 'Germany' }), 'iso3166', 'untracked-country', 'country DEU (Germany) is not tracked'],
    ['Namibia', obs('fdi-inflows', 'NAM', '2024', '14.7630958665235', { countryLabel: 'Namibia' }), 'iso3166', 'untracked-country', 'country NAM (Namibia) is not tracked: in ISO 3166 codes NAM is Namibia, not North America'],
    ['world values of a series that keeps none', obs('NY.GDP.PCAP.PP.KD', 'WLD', '2024', '21405.1181042664'), 'iso3166', 'world-not-kept', 'World (WLD) values are kept only for the series that hold world values; gdp-per-capita-ppp is not one'],
    ['a deletion', obs('real-gdp-growth', 'MEX', '2018', '1.97', { deletion: true }), 'iso3166', 'deletion', 'the row asks to delete the value (SDMX ACTION D): an import does not delete values'],
  ] as const)('skips %s', (_what, o, system, code, reason) => {
    expect(brief(one(o, system))).toEqual({ verdict: 'skipped', code, reason })
  })

  test.each([
    ['valueOf', 'indicator code valueOf is not in the catalog'],
    ['constructor', 'indicator "constructor" is not in the catalog'],
    ['__proto__', 'indicator code __proto__ is not in the catalog'],
    ['toString', 'indicator code toString is not in the catalog'],
    ['hasOwnProperty', 'indicator code hasOwnProperty is not in the catalog'],
  ])('takes %s, a name every JavaScript object has, for neither an indicator nor a country', (name, reason) => {
    expect(brief(one(obs(name, 'MEX', '2023', '0.5')))).toEqual({ verdict: 'skipped', code: 'unknown-indicator', reason })
    expect(brief(one(obs('fdi-inflows', name, '2023', '0.5'), 'iso3166'))).toEqual({ verdict: 'skipped', code: 'untracked-country', reason: `country "${name}" is not tracked` })
  })

  test('skips what is not tracked before judging its value', () => {
    expect(one(obs('fdi-inflows', 'DEU', '2024', 'n/a'), 'iso3166')).toMatchObject({ verdict: 'skipped', code: 'untracked-country' })
  })
})

describe('matchObservations: a chosen indicator', () => {
  const oecd = (countryRaw: string, valueRaw: string, line: number) => obs('GERD', countryRaw, '2022', valueRaw, { line, indicatorLabel: 'Gross domestic spending on R&D' })

  test('applies to a file with one series whose code is not in the catalog', () => {
    const { verdicts } = matchObservations({ observations: [oecd('CAN', '1.7', 2), oecd('MEX', '0.26', 3)], countryCodes: 'iso3166' }, { ...MATCH_2026, indicator: 'rd-expenditure' })
    expect(verdicts.map(brief)).toEqual([
      { verdict: 'matched', slug: 'rd-expenditure', country: 'CAN', period: '2022', value: 1.7 },
      { verdict: 'matched', slug: 'rd-expenditure', country: 'MEX', period: '2022', value: 0.26 },
    ])
  })

  test('applies to a file that names no indicator', () => {
    expect(one(obs('', 'USA', '2023', '3.45'), 'project', 'rd-expenditure')).toMatchObject({ verdict: 'matched', slug: 'rd-expenditure', country: 'USA', value: 3.45 })
  })

  test('does not apply to a file with several series', () => {
    const observations = [oecd('CAN', '1.7', 2), obs('HUR', 'CAN', '2022', '5.3', { line: 3 })]
    const { verdicts } = matchObservations({ observations, countryCodes: 'iso3166' }, { ...MATCH_2026, indicator: 'rd-expenditure' })
    expect(verdicts.map((v) => (v.verdict === 'skipped' ? v.reason : v.verdict))).toEqual([
      'indicator code GERD (Gross domestic spending on R&D) is not in the catalog (a chosen indicator applies only to a file with one series; this one has 2)',
      'indicator code HUR is not in the catalog (a chosen indicator applies only to a file with one series; this one has 2)',
    ])
  })

  test("refuses a file whose own known code names another indicator than the one chosen", () => {
    expect(one(obs('NY.GDP.PCAP.PP.KD', 'MEX', '2023', '21917.24858366'), 'iso3166', 'gdp-current-usd')).toMatchObject({
      verdict: 'rejected',
      code: 'indicator-mismatch',
      reason: "the file's indicator NY.GDP.PCAP.PP.KD is gdp-per-capita-ppp, not the chosen gdp-current-usd",
    })
  })

  test('must be in the catalog', () => {
    const error = thrown(() => matchObservations({ observations: [], countryCodes: 'project' }, { ...MATCH_2026, indicator: 'gdp' }))
    expect(error).toBeInstanceOf(ImportOptionError)
    expect(error).toMatchObject({ option: 'indicator', message: 'indicator "gdp" is not in the catalog' })
  })
})

describe('matchObservations: quarterly and monthly indicators', () => {
  const catalog = [
    ...CATALOG,
    { slug: 'exports-quarterly', sourceCode: 'XQ', frequency: 'quarterly', countries: ['MEX'], derived: false, min: 0, max: null },
    { slug: 'exports-monthly', sourceCode: 'XM', frequency: 'monthly', countries: ['MEX'], derived: false, min: 0, max: null },
  ] as const

  test.each([
    ['XQ', '2025Q3', '2025-Q3'],
    ['XQ', '2025-q4', '2025-Q4'],
    ['XM', '2025M7', '2025-07'],
    ['XM', '2025-11', '2025-11'],
  ])('normalises %s period %s to %s', (code, periodRaw, period) => {
    const { verdicts } = matchObservations({ observations: [obs(code, 'MEX', periodRaw, '10')], countryCodes: 'iso3166' }, { ...MATCH_2026, catalog })
    expect(verdicts[0]).toMatchObject({ verdict: 'matched', period })
  })
})
