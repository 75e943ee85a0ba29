/**
 * Answers of the imports API as it gives them for a World Bank WDI download of GDP per capita, PPP
 * built from the seed's values with Mexico's 2024 value revised (the browser test's file), plus the
 * rejected and skipped rows @nap/imports writes for an untracked country and a value out of bounds.
 */
import type { ImportDetail, Import, VerdictPage, VerdictRow } from '../api/schemas.ts'

const flags = { estimate: false, provisional: false, breakInSeries: false }

export const wdiImport: ImportDetail = {
  id: 7,
  fileName: 'API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv',
  format: 'wdi',
  sha256: '6e6e20307f94a1c3d2b58e0f3a7c9d1e2f4b6a8c0d2e4f6a8b0c2d4e6f8a0b2c',
  encoding: 'utf-8',
  sizeBytes: 3_993,
  rows: 4,
  summary: { new: 0, changed: 1, unchanged: 139, rejected: 0, skipped: 0 },
  warnings: { outliers: 1 },
  state: 'previewed',
  options: {},
  meta: { dataSource: 'World Development Indicators', lastUpdated: '2026-02-24' },
  createdAt: '2026-12-01T15:00:10.000Z',
  createdBy: 'Inés Importer',
  committedAt: null,
  committedBy: null,
  commitReason: null,
  revertedAt: null,
  revertedBy: null,
  revertReason: null,
  preview: {
    asOf: '2026-12-01',
    assessments: [
      { indicator: 'gdp-per-capita-ppp', country: 'MEX', before: { status: 'off_track', score: -1 }, after: { status: 'on_track', score: 1 } },
      { indicator: 'gdp-per-capita-ppp', country: 'NAM', before: { status: 'off_track', score: -1 }, after: { status: 'off_track', score: -1 } },
    ],
    goals: [
      { goalId: 1, country: 'MEX', before: { status: 'off_track', score: -0.6 }, after: { status: 'off_track', score: -0.2 } },
      { goalId: 1, country: 'NAM', before: { status: 'off_track', score: -0.8 }, after: { status: 'off_track', score: -0.8 } },
    ],
    countries: [
      { country: 'MEX', before: { status: 'moderate', score: 0.3 }, after: { status: 'moderate', score: 0.4 } },
      { country: 'NAM', before: { status: 'off_track', score: -0.4 }, after: { status: 'off_track', score: -0.4 } },
    ],
  },
}

export const unchangedCanada1990: VerdictRow = {
  row: 1,
  line: 6,
  column: '1990',
  indicator: 'gdp-per-capita-ppp',
  country: 'CAN',
  period: '1990',
  value: '40475.1123914259',
  verdict: 'unchanged',
  code: null,
  reason: 'gdp-per-capita-ppp CAN 1990 already has 40475.1123914259',
  old: { value: 40475.1123914259, version: 1, deleted: false, flags, sourceNote: null },
  new: { value: 40475.1123914259, flags: null, sourceNote: null },
  ignoredFlags: [],
  outlier: null,
}

export const changedMexico2024: VerdictRow = {
  row: 70,
  line: 7,
  column: '2024',
  indicator: 'gdp-per-capita-ppp',
  country: 'MEX',
  period: '2024',
  value: '25410.3',
  verdict: 'changed',
  code: null,
  reason: 'gdp-per-capita-ppp MEX 2024: value 22039.6287019016 → 25410.3',
  old: { value: 22039.6287019016, version: 1, deleted: false, flags, sourceNote: null },
  new: { value: 25410.3, flags: null, sourceNote: null },
  ignoredFlags: [],
  outlier: {
    reasons: ['change', 'level'],
    previous: { period: '2023', value: 21917.24858366 },
    change: 3493.05141634,
    medianChange: 392.27537375,
    limit: 1569.101495,
    historicalMin: 17028.1215,
    historicalMax: 21997.773017,
    allowedMin: 15459.020005,
    allowedMax: 23566.874512,
  },
}

export const skippedGermany: VerdictRow = {
  row: 141,
  line: 9,
  column: '2024',
  indicator: 'gdp-per-capita-ppp',
  country: 'DEU',
  period: '2024',
  value: '61421.52',
  verdict: 'skipped',
  code: 'untracked-country',
  reason: 'country DEU (Germany) is not tracked',
  old: null,
  new: null,
  ignoredFlags: [],
  outlier: null,
}

export const rejectedNegative: VerdictRow = {
  row: 142,
  line: 10,
  column: null,
  indicator: 'gdp-per-capita-ppp',
  country: 'USA',
  period: '2024',
  value: '-5',
  verdict: 'rejected',
  code: 'out-of-bounds',
  reason: '-5 is below the lowest possible value of gdp-per-capita-ppp, 0',
  old: null,
  new: null,
  ignoredFlags: [],
  outlier: null,
}

export function verdictPage(items: VerdictRow[], nextCursor: string | null = null, detail: ImportDetail = wdiImport): VerdictPage {
  return { ...detail, items, nextCursor }
}

/** The history after the import was applied (and an older one reverted). */
export const committedImport: Import = {
  ...wdiImport,
  state: 'committed',
  committedAt: '2026-12-01T15:02:00.000Z',
  committedBy: 'Inés Importer',
  commitReason: 'World Bank WDI update of 2026-02-24',
}

export const revertedImport: Import = {
  ...wdiImport,
  id: 5,
  fileName: 'tidy.csv',
  format: 'tidy',
  summary: { new: 2, changed: 0, unchanged: 10, rejected: 1, skipped: 3 },
  state: 'reverted',
  committedAt: '2026-11-30T10:00:00.000Z',
  committedBy: 'Ana Editor',
  commitReason: 'INEGI release',
  revertedAt: '2026-11-30T11:00:00.000Z',
  revertedBy: 'Ana Editor',
  revertReason: 'Wrong file',
}
