/**
 * Test data shaped like the API's answers, with real values from the seed (METHODOLOGY.md worked
 * examples A and C). Used by component tests only.
 */
import type { AssessmentDto, Country, Goal, IndicatorDetail, Progress, Series } from '@nap/schemas'

const loc = (en: string, es: string, fr: string) => ({ en, es, fr })

export const countries: Country[] = [
  { code: 'CAN', kind: 'country', name: loc('Canada', 'Canadá', 'Canada') },
  { code: 'MEX', kind: 'country', name: loc('Mexico', 'México', 'Mexique') },
  { code: 'USA', kind: 'country', name: loc('United States', 'Estados Unidos', 'États-Unis') },
  { code: 'NAM', kind: 'region', name: loc('North America', 'América del Norte', 'Amérique du Nord') },
  { code: 'WLD', kind: 'world', name: loc('World', 'Mundo', 'Monde') },
]

export const goals: Goal[] = [
  { id: 1, slug: 'shared-prosperity', name: loc('Shared prosperity and job creation', 'Prosperidad compartida y creación de empleos', "Prospérité partagée et création d'emplois"), shortName: loc('Shared prosperity', 'Prosperidad compartida', 'Prospérité partagée'), description: loc('d', 'd', 'd'), indicatorCount: 7 },
  { id: 2, slug: 'economic-growth', name: loc('Economic growth', 'Crecimiento económico', 'Croissance économique'), shortName: loc('Economic growth', 'Crecimiento', 'Croissance'), description: loc('d', 'd', 'd'), indicatorCount: 6 },
  { id: 3, slug: 'trade', name: loc('Intraregional and global trade', 'Comercio intrarregional y global', 'Commerce intrarégional et mondial'), shortName: loc('Trade', 'Comercio', 'Commerce'), description: loc('d', 'd', 'd'), indicatorCount: 7 },
  { id: 4, slug: 'investment', name: loc('Sectoral, strategic and infrastructure investment', 'Inversión sectorial, estratégica y en infraestructura', 'Investissement sectoriel, stratégique et en infrastructures'), shortName: loc('Investment', 'Inversión', 'Investissement'), description: loc('d', 'd', 'd'), indicatorCount: 8 },
]

export const gdpPerCapita: IndicatorDetail = {
  slug: 'gdp-per-capita-ppp',
  goalId: 1,
  kind: 'tracked',
  name: loc('GDP per capita, PPP', 'PIB per cápita, PPA', 'PIB par habitant, PPA'),
  definition: loc('Gross domestic product divided by population.', 'Producto interno bruto dividido entre la población.', 'Produit intérieur brut divisé par la population.'),
  unit: loc('constant 2021 international $', 'dólares internacionales constantes de 2021', 'dollars internationaux constants de 2021'),
  valueFormat: 'currency',
  unitScale: 1,
  decimals: 0,
  direction: 1,
  frequency: 'annual',
  method: 'pace',
  namRule: 'weighted_mean',
  countries: ['CAN', 'MEX', 'USA', 'NAM'],
  sourceId: 'wdi',
  windowYears: 10,
  annualAggregation: 'mean',
  sourceCode: 'NY.GDP.PCAP.PP.KD',
  sourceUrl: 'https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD',
  source: {
    id: 'wdi',
    name: loc('World Development Indicators', 'Indicadores del Desarrollo Mundial', 'Indicateurs du développement dans le monde'),
    publisher: 'World Bank',
    url: 'https://databank.worldbank.org/source/world-development-indicators',
    licence: 'CC BY 4.0',
    attribution: loc('Source: World Bank, World Development Indicators (CC BY 4.0).', 'Fuente: Banco Mundial, Indicadores del Desarrollo Mundial (CC BY 4.0).', 'Source : Banque mondiale, Indicateurs du développement dans le monde (CC BY 4.0).'),
  },
  namWeight: 'population',
  formula: null,
  targets: [
    {
      country: 'MEX',
      value: 27396.5607296,
      year: 2050,
      baselineYear: 2023,
      milestones: [],
      bands: null,
      origin: 'NAP',
      rule: '1.25 × 2023 value',
      rationale: loc("The project's goal: GDP per capita 25 % above its 2023 level by 2050.", 'Meta del proyecto.', 'Objectif du projet.'),
      version: 1,
      updatedAt: '2026-04-01T00:00:00Z',
    },
  ],
  coverage: [{ country: 'MEX', firstYear: 1990, lastYear: 2024, count: 35 }],
}

const path = Array.from({ length: 28 }, (_, i) => ({
  year: 2023 + i,
  value: 21917.24858366 * Math.pow(27396.5607296 / 21917.24858366, i / 27),
}))

/** Worked example A: GDP per capita, PPP, Mexico → off track, R = 0.5367. */
export const mexicoGdpAssessment: AssessmentDto = {
  indicator: 'gdp-per-capita-ppp',
  goalId: 1,
  country: 'MEX',
  status: 'off_track',
  method: 'pace',
  methodUsed: 'pace',
  fallback: false,
  direction: 1,
  windowYears: 10,
  latest: { year: 2024, value: 22039.6287019016 },
  windowStart: { year: 2014, value: 21069.7661649129 },
  baseline: { year: 2023, value: 21917.24858366 },
  targetValue: 27396.5607296,
  targetYear: 2050,
  actualPace: 0.00451,
  requiredPace: 0.008403,
  paceRatio: 0.5367,
  score: -0.2636,
  projectedValue: 24775.37,
  yearReached: 2072.3,
  path,
  pathValueAtLatest: 22099.14,
  gapToPath: -0.0027,
  milestones: [],
  trend: { direction: 'improving', pace: 0.0121, fromYear: 2019, toYear: 2024 },
  thresholdMean: null,
  thresholdValues: [],
  bands: null,
}

/** Worked example D: growth gap vs the world, threshold method → regressing. */
export const growthGapAssessment: AssessmentDto = {
  ...mexicoGdpAssessment,
  indicator: 'growth-gap-vs-world',
  goalId: 2,
  country: 'NAM',
  status: 'regressing',
  method: 'threshold',
  methodUsed: 'threshold',
  latest: { year: 2025, value: -0.876 },
  windowStart: null,
  baseline: null,
  targetValue: null,
  actualPace: null,
  requiredPace: null,
  paceRatio: null,
  score: -3.75,
  projectedValue: null,
  yearReached: null,
  path: [],
  pathValueAtLatest: null,
  gapToPath: null,
  trend: null,
  thresholdMean: -0.4305,
  thresholdValues: [
    { year: 2021, value: -0.3517 },
    { year: 2022, value: -0.6959 },
    { year: 2023, value: 0.0108 },
    { year: 2024, value: -0.2398 },
    { year: 2025, value: -0.876 },
  ],
  bands: [1, 0.5, 0],
}

export const mexicoGdpSeries: Series = {
  indicator: 'gdp-per-capita-ppp',
  asOf: null,
  sources: [],
  series: [
    {
      country: 'MEX',
      sourceId: null,
      points: [
        [2014, 21069.7661649129],
        [2019, 20908.1],
        [2020, 19018.3],
        [2023, 21917.24858366],
        [2024, 22039.6287019016],
      ].map(([year, value]) => ({
        period: String(year),
        year: year as number,
        value: value as number,
        estimate: false,
        provisional: false,
        breakInSeries: false,
        derived: false,
      })),
    },
  ],
}

const STATUSES_BY_COUNTRY = {
  CAN: ['off_track', 'moderate', 'regressing', 'off_track'],
  MEX: ['moderate', 'off_track', 'on_track', 'insufficient_data'],
  USA: ['on_track', 'moderate', 'off_track', 'moderate'],
  NAM: ['off_track', 'regressing', 'off_track', 'moderate'],
} as const

export const progress: Progress = {
  asOf: '2026-04-30',
  assessments: [mexicoGdpAssessment],
  goals: (Object.keys(STATUSES_BY_COUNTRY) as (keyof typeof STATUSES_BY_COUNTRY)[]).flatMap((country) =>
    STATUSES_BY_COUNTRY[country].map((status, i) => ({
      goalId: i + 1,
      country,
      status,
      score: status === 'insufficient_data' ? null : -0.5 + i,
      assessed: status === 'insufficient_data' ? 0 : 5,
      total: 7,
    })),
  ),
  countries: [
    { country: 'CAN', score: -0.8, status: 'off_track', assessed: 20, total: 25 },
    { country: 'MEX', score: 0.3, status: 'moderate', assessed: 18, total: 25 },
    { country: 'USA', score: 1.9, status: 'moderate', assessed: 21, total: 25 },
    { country: 'NAM', score: -0.4, status: 'off_track', assessed: 19, total: 25 },
  ],
}
