/**
 * The worked examples of the methodology page are the engine's answers on the seeded data. Every
 * number of them is marked in apps/web/src/features/methodology/content/methodology.{en,es,fr}.md
 * (`<span data-check="A.paceRatio">0.5367</span>`, see the note at the top of methodology.en.md) and
 * must read as the engine's value, in the page's locale, at the precision shown.
 * Examples as in METHODOLOGY.md: A gdp-per-capita-ppp MEX, B unemployment-rate CAN (B5: the same with
 * a 5-year window), C intra-na-goods-trade NAM, D growth-gap-vs-world NAM.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LOCALES, type Locale } from '@nap/domain'
import { assess } from '@nap/progress'
import type { AssessmentDto, Progress, Series } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from './helper.ts'
import { checksIn, flatten, mismatch, sectionOf, uncheckedNumbers, type Leaf } from './methodology/page-checks.ts'

const EXAMPLES = {
  A: { slug: 'gdp-per-capita-ppp', country: 'MEX' },
  B: { slug: 'unemployment-rate', country: 'CAN' },
  C: { slug: 'intra-na-goods-trade', country: 'NAM' },
  D: { slug: 'growth-gap-vs-world', country: 'NAM' },
} as const
type ExampleName = keyof typeof EXAMPLES
const EXAMPLE_NAMES: readonly ExampleName[] = ['A', 'B', 'C', 'D']

/** The numbers METHODOLOGY.md quotes for its examples: each page must show (and so check) all of them. */
const QUOTED = [
  ...['windowStart.value', 'baseline.value', 'latest.value', 'targetValue', 'actualPace', 'requiredPace', 'paceRatio', 'status', 'score', 'projectedValue', 'yearReached', 'pathValueAtLatest', 'gapToPath'].map((k) => `A.${k}`),
  ...['windowStart.value', 'latest.value', 'targetValue', 'actualPace', 'requiredPace', 'paceRatio', 'status', 'score', 'projectedValue', 'pathValueAtLatest', 'gapToPath'].map((k) => `B.${k}`),
  'B5.windowYears', 'B5.windowStart.value', 'B5.status',
  ...['series.2003.value', 'windowStart.value', 'latest.value', 'targetValue', 'actualPace', 'requiredPace', 'paceRatio', 'status', 'score', 'projectedValue', 'pathValueAtLatest', 'gapToPath'].map((k) => `C.${k}`),
  ...['bands.0', 'bands.1', 'bands.2', 'thresholdValues.0.value', 'thresholdValues.1.value', 'thresholdValues.2.value', 'thresholdValues.3.value', 'thresholdValues.4.value', 'thresholdMean', 'status', 'score'].map((k) => `D.${k}`),
]

const GAP_FORMULA = 'd · (v_t − path(t)) / |path(t)|'

const readPage = (lang: Locale): string =>
  readFileSync(new URL(`../../web/src/features/methodology/content/methodology.${lang}.md`, import.meta.url), 'utf8')
const pages: Record<Locale, string> = { en: readPage('en'), es: readPage('es'), fr: readPage('fr') }

let t: TestApp
let assessments: Record<ExampleName, AssessmentDto>
let values: Map<string, Leaf>
let gapDescription: string | undefined
/** Example B rebuilt from the series and target B5 is assessed from, with the API's window. */
let rebuiltB: ReturnType<typeof assess>

/** The engine's values of one example: its assessment, its series by year, and T / v_b. */
function exampleValues(name: string, a: AssessmentDto, series: Series): Map<string, Leaf> {
  const points = series.series.find((s) => s.country === a.country)?.points ?? []
  const byYear = Object.fromEntries(points.map((p) => [p.year, { year: p.year, value: p.value }]))
  const derived = {
    ...a,
    series: byYear,
    targetOverBaseline: a.targetValue !== null && a.baseline !== null ? a.targetValue / a.baseline.value : null,
  }
  return flatten(derived, name)
}

beforeAll(async () => {
  t = await buildTestApp()
  // The current data, assessed today (the seed has no value after 2025, so the answer does not move).
  const progress = (await getJson<Progress>(t.app, '/api/progress')).body
  const found = (name: ExampleName): AssessmentDto => {
    const { slug, country } = EXAMPLES[name]
    const a = progress.assessments.find((x) => x.indicator === slug && x.country === country)
    if (!a) throw new Error(`no assessment for ${slug} ${country}`)
    return a
  }
  assessments = { A: found('A'), B: found('B'), C: found('C'), D: found('D') }
  values = new Map()
  const seriesOf: Partial<Record<ExampleName, Series>> = {}
  for (const name of EXAMPLE_NAMES) {
    const { slug, country } = EXAMPLES[name]
    const series = (await getJson<Series>(t.app, `/api/indicators/${slug}/series?countries=${country}`)).body
    seriesOf[name] = series
    for (const [key, value] of exampleValues(name, assessments[name], series)) values.set(key, value)
  }

  // B5: example B assessed by the engine with a 5-year window, from the same series and target.
  const b = assessments.B
  if (b.targetYear === null) throw new Error('example B has no target year')
  const input = {
    method: b.method,
    direction: b.direction,
    series: (seriesOf.B?.series[0]?.points ?? []).map((p) => ({ year: p.year, value: p.value })),
    asOf: progress.asOf.slice(0, 10),
    target: { value: b.targetValue, year: b.targetYear, baselineYear: b.baseline?.year ?? null, milestones: [], bands: null },
  }
  rebuiltB = assess({ ...input, windowYears: b.windowYears })
  for (const [key, value] of flatten(assess({ ...input, windowYears: 5 }), 'B5')) values.set(key, value)

  type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: JsonSchema }> }> }>> }
  type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] }
  const doc = (await getJson<Doc>(t.app, '/api/openapi.json')).body
  const gap = doc.paths['/api/progress']?.['get']?.responses['200']?.content['application/json']?.schema.properties?.['assessments']?.items?.properties?.['gapToPath']
  gapDescription = gap?.description ?? gap?.anyOf?.find((s) => s.description)?.description
})
afterAll(() => t.app.close())

describe.each(LOCALES)('the methodology page in %s', (lang) => {
  const page = pages[lang]
  const examples = sectionOf(page, 'examples')
  const checks = checksIn(examples)

  test('every checked value of the worked examples reads as the engine computes it', () => {
    expect(checks.length).toBeGreaterThan(90)
    expect(checks.map((c) => mismatch(c, values, lang)).filter((m) => m !== null)).toEqual([])
  })

  test('shows every number METHODOLOGY.md quotes for its examples', () => {
    const keys = new Set(checks.map((c) => c.key))
    expect(QUOTED.filter((key) => !keys.has(key))).toEqual([])
  })

  test('has no number in the worked examples that is not checked', () => {
    expect(examples).not.toBe('')
    expect(uncheckedNumbers(examples)).toEqual([])
  })

  test('a checked number with any one digit changed no longer agrees with the engine', () => {
    const numeric = checks.filter((c) => c.status === null && c.value === null)
    let mutants = 0
    for (const c of numeric) {
      ;[...c.text].forEach((char, index) => {
        if (!/\d/.test(char)) return
        const text = c.text.slice(0, index) + String((Number(char) + 1) % 10) + c.text.slice(index + 1)
        mutants += 1
        expect(mismatch({ ...c, text }, values, lang), `${c.key} "${text}"`).not.toBeNull()
      })
    }
    expect(mutants).toBeGreaterThan(250)
  })

  test(`publishes gap_to_path with the direction: ${GAP_FORMULA}`, () => {
    const formulas = withoutCode(page)
    expect(formulas.filter((line) => line.includes(GAP_FORMULA))).toHaveLength(2)
    expect(formulas.filter((line) => /path\(t\)\) \/ \|path\(t\)\|/.test(line) && !line.includes(GAP_FORMULA))).toEqual([])
  })
})

/** The lines of the fenced formula blocks of a page. */
function withoutCode(page: string): string[] {
  return [...page.matchAll(/^```formula[^\n]*\n([\s\S]*?)^```$/gm)].flatMap((m) => (m[1] ?? '').split('\n'))
}

test('B5 is assessed from the very inputs of B: with the 10-year window they give the API’s answer', () => {
  const { indicator: _indicator, goalId: _goalId, country: _country, ...b } = assessments.B
  expect(rebuiltB).toEqual(b)
  expect(values.get('B5.windowStart.year')).toBe(2020)
})

describe('gap_to_path', () => {
  test('the OpenAPI description states the formula the engine uses', () => {
    expect(gapDescription).toContain(GAP_FORMULA)
    for (const name of ['A', 'B', 'C'] as const) {
      const a = assessments[name]
      const path = a.pathValueAtLatest ?? Number.NaN
      expect(a.gapToPath).toBeCloseTo((a.direction * ((a.latest?.value ?? Number.NaN) - path)) / Math.abs(path), 12)
    }
  })

  test('is negative for Canada’s unemployment, above its falling path: behind for a lower-is-better indicator', () => {
    const b = assessments.B
    expect(b.direction).toBe(-1)
    expect(b.latest?.value).toBeGreaterThan(b.pathValueAtLatest ?? Infinity)
    expect(b.gapToPath).toBeCloseTo(-0.2831, 4)
  })
})
