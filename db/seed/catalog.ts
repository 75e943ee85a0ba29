/**
 * The indicator catalog (../shared/CATALOG.md) as data: goals, countries, sources, indicators with
 * their targets, and chart events. Names, definitions, units and rationales in EN/ES/FR.
 * The seed turns this into rows; targets given as "factor × value of a year" are computed then.
 */
import type { CountryCode, Localized, Method, NamRule, TargetOrigin } from '@nap/domain'

export interface CatalogCountry {
  code: CountryCode | 'WLD'
  kind: 'country' | 'region' | 'world'
  name: Localized
}

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

export interface CatalogGoal {
  id: number
  slug: string
  name: Localized
  shortName: Localized
  description: Localized
}

export const GOALS: CatalogGoal[] = [
  {
    id: 1,
    slug: 'shared-prosperity',
    name: {
      en: 'Shared prosperity and job creation',
      es: 'Prosperidad compartida y creación de empleos',
      fr: "Prospérité partagée et création d'emplois",
    },
    shortName: { en: 'Shared prosperity', es: 'Prosperidad compartida', fr: 'Prospérité partagée' },
    description: {
      en: 'Higher living standards and more and better jobs in all three countries, with the gains widely shared.',
      es: 'Mejores niveles de vida y más y mejores empleos en los tres países, con beneficios ampliamente compartidos.',
      fr: 'Un niveau de vie plus élevé et des emplois plus nombreux et de meilleure qualité dans les trois pays, avec des gains largement partagés.',
    },
  },
  {
    id: 2,
    slug: 'economic-growth',
    name: { en: 'Economic growth', es: 'Crecimiento económico', fr: 'Croissance économique' },
    shortName: { en: 'Economic growth', es: 'Crecimiento', fr: 'Croissance' },
    description: {
      en: "Faster, productivity-led growth so that North America keeps one third of the world's output.",
      es: 'Un crecimiento más rápido, impulsado por la productividad, para que América del Norte mantenga un tercio de la producción mundial.',
      fr: "Une croissance plus rapide, tirée par la productivité, pour que l'Amérique du Nord conserve le tiers de la production mondiale.",
    },
  },
  {
    id: 3,
    slug: 'trade',
    name: {
      en: 'Intraregional and global trade',
      es: 'Comercio intrarregional y global',
      fr: 'Commerce intrarégional et mondial',
    },
    shortName: { en: 'Trade', es: 'Comercio', fr: 'Commerce' },
    description: {
      en: 'More trade within North America and a larger regional share of world exports.',
      es: 'Más comercio dentro de América del Norte y una mayor participación regional en las exportaciones mundiales.',
      fr: "Plus d'échanges au sein de l'Amérique du Nord et une part régionale accrue des exportations mondiales.",
    },
  },
  {
    id: 4,
    slug: 'investment',
    name: {
      en: 'Sectoral, strategic and infrastructure investment',
      es: 'Inversión sectorial, estratégica y en infraestructura',
      fr: 'Investissement sectoriel, stratégique et en infrastructures',
    },
    shortName: { en: 'Investment', es: 'Inversión', fr: 'Investissement' },
    description: {
      en: 'Investment in capital, research, technology, clean energy and the infrastructure that links the region.',
      es: 'Inversión en capital, investigación, tecnología, energía limpia y la infraestructura que une a la región.',
      fr: "Investissement dans le capital, la recherche, la technologie, l'énergie propre et les infrastructures qui relient la région.",
    },
  },
]

export interface CatalogSource {
  id: string
  name: Localized
  publisher: string
  url: string
  licence: string
  attribution: Localized
}

export const SOURCES: CatalogSource[] = [
  {
    id: 'wdi',
    name: {
      en: 'World Development Indicators',
      es: 'Indicadores del Desarrollo Mundial',
      fr: 'Indicateurs du développement dans le monde',
    },
    publisher: 'World Bank',
    url: 'https://databank.worldbank.org/source/world-development-indicators',
    licence: 'CC BY 4.0',
    attribution: {
      en: 'Source: World Bank, World Development Indicators (CC BY 4.0). Some series via the Datahub and Gapminder/open-numbers packages of WDI.',
      es: 'Fuente: Banco Mundial, Indicadores del Desarrollo Mundial (CC BY 4.0). Algunas series a través de los paquetes de los WDI de Datahub y Gapminder/open-numbers.',
      fr: 'Source : Banque mondiale, Indicateurs du développement dans le monde (CC BY 4.0). Certaines séries via les paquets WDI de Datahub et Gapminder/open-numbers.',
    },
  },
  {
    id: 'census-csis',
    name: {
      en: 'U.S. goods trade with NAFTA partners',
      es: 'Comercio de bienes de EE. UU. con sus socios del TLCAN',
      fr: 'Commerce de biens des États-Unis avec ses partenaires de l’ALENA',
    },
    publisher: 'U.S. Census Bureau, as tabulated by CSIS (2018)',
    url: 'https://www.csis.org/analysis/cost-leaving-canada-behind',
    licence: 'U.S. Government work (public domain)',
    attribution: {
      en: 'Source: U.S. Census Bureau via CSIS "The Trade Guys" (2018).',
      es: 'Fuente: Oficina del Censo de EE. UU., vía CSIS "The Trade Guys" (2018).',
      fr: 'Source : Bureau du recensement des États-Unis, via CSIS « The Trade Guys » (2018).',
    },
  },
  {
    id: 'nap',
    name: {
      en: 'The North American Project: goals and April 2026 update',
      es: 'The North American Project: metas y actualización de abril de 2026',
      fr: 'The North American Project : objectifs et mise à jour d’avril 2026',
    },
    publisher: 'The North American Project / México, ¿cómo vamos?',
    url: 'https://thenorthamericanproject.com',
    licence: 'Figures quoted with attribution',
    attribution: {
      en: 'Source: The North American Project (TheNorthAmericanProject.com), April 2026 update.',
      es: 'Fuente: The North American Project (TheNorthAmericanProject.com), actualización de abril de 2026.',
      fr: 'Source : The North American Project (TheNorthAmericanProject.com), mise à jour d’avril 2026.',
    },
  },
  {
    id: 'derived',
    name: {
      en: 'Computed by the Goal Monitor from World Bank WDI',
      es: 'Calculado por el Monitor de Metas a partir de los WDI del Banco Mundial',
      fr: 'Calculé par le Moniteur des objectifs à partir des WDI de la Banque mondiale',
    },
    publisher: 'North American Project — Goal Monitor',
    url: 'https://databank.worldbank.org/source/world-development-indicators',
    licence: 'CC BY 4.0 (inputs: World Bank WDI)',
    attribution: {
      en: 'Computed from World Bank, World Development Indicators (CC BY 4.0).',
      es: 'Calculado a partir de los Indicadores del Desarrollo Mundial del Banco Mundial (CC BY 4.0).',
      fr: 'Calculé à partir des Indicateurs du développement dans le monde de la Banque mondiale (CC BY 4.0).',
    },
  },
]

/** A target row before seeding. `factor` means "factor × the value of `baselineYear`". */
export interface CatalogTarget {
  countries: CountryCode[]
  value?: number
  factor?: number
  baselineYear?: number
  milestones?: { year: number; value: number }[]
  bands?: [number, number, number]
  origin: TargetOrigin
  rationale: Localized
}

/** Where an indicator's observations come from. */
export type CatalogData =
  | { kind: 'file'; code: string } // rows of db/seed/data/observations.csv
  | {
      kind: 'given'
      points: { country: CountryCode; year: number; value: number; note: string }[]
    }
  | { kind: 'share-of-world'; input: string } // NAM = Σ members ÷ WLD × 100, of input slug
  | { kind: 'growth-gap' } // NAM real-gdp-growth − WLD real-gdp-growth

export interface CatalogIndicator {
  slug: string
  goal: number
  kind: 'tracked' | 'context' | 'input'
  name: Localized
  definition: Localized
  unit: Localized
  valueFormat: 'number' | 'percent' | 'currency' | 'pp'
  unitScale?: number
  decimals: number
  direction: 1 | -1
  method: Method
  windowYears?: number
  source: string
  sourceUrl: string
  namRule: NamRule
  namWeight?: string
  countries: (CountryCode | 'WLD')[]
  formula?: string
  data: CatalogData
  targets: CatalogTarget[]
}

const wdi = (code: string) => `https://data.worldbank.org/indicator/${code}`
const NAP_URL = 'https://thenorthamericanproject.com'
const MEMBERS: CountryCode[] = ['CAN', 'MEX', 'USA']
const ALL: CountryCode[] = ['CAN', 'MEX', 'USA', 'NAM']

export const INDICATORS: CatalogIndicator[] = [
  // ── Goal 1: shared prosperity and job creation ──────────────────────────────────────────
  {
    slug: 'gdp-per-capita-ppp',
    goal: 1,
    kind: 'tracked',
    name: { en: 'GDP per capita, PPP', es: 'PIB per cápita, PPA', fr: 'PIB par habitant, PPA' },
    definition: {
      en: 'Gross domestic product divided by population, converted to constant 2021 international dollars at purchasing power parity. North America: total GDP over total population.',
      es: 'Producto interno bruto dividido entre la población, en dólares internacionales constantes de 2021 a paridad de poder adquisitivo. América del Norte: PIB total entre población total.',
      fr: "Produit intérieur brut divisé par la population, en dollars internationaux constants de 2021 à parité de pouvoir d'achat. Amérique du Nord : PIB total sur population totale.",
    },
    unit: {
      en: 'constant 2021 international $',
      es: 'dólares internacionales constantes de 2021',
      fr: 'dollars internationaux constants de 2021',
    },
    valueFormat: 'currency',
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('NY.GDP.PCAP.PP.KD'),
    namRule: 'weighted_mean',
    namWeight: 'population',
    countries: ALL,
    data: { kind: 'file', code: 'NY.GDP.PCAP.PP.KD' },
    targets: [
      {
        countries: ALL,
        factor: 1.25,
        baselineYear: 2023,
        origin: 'NAP',
        rationale: {
          en: "The project's goal: GDP per capita 25 % above its 2023 level by 2050.",
          es: 'Meta del proyecto: PIB per cápita 25 % por encima de su nivel de 2023 en 2050.',
          fr: 'Objectif du projet : un PIB par habitant supérieur de 25 % à son niveau de 2023 en 2050.',
        },
      },
    ],
  },
  {
    slug: 'trade-linked-jobs',
    goal: 1,
    kind: 'tracked',
    name: {
      en: 'Employment in trade-linked sectors',
      es: 'Empleo en sectores vinculados al comercio',
      fr: 'Emploi dans les secteurs liés au commerce',
    },
    definition: {
      en: 'People employed in manufacturing, wholesale trade, transport and storage, and finance and insurance across North America (project figure).',
      es: 'Personas ocupadas en manufactura, comercio al por mayor, transporte y almacenamiento, y servicios financieros y de seguros en América del Norte (cifra del proyecto).',
      fr: "Personnes employées dans la fabrication, le commerce de gros, le transport et l'entreposage, et la finance et l'assurance en Amérique du Nord (chiffre du projet).",
    },
    unit: { en: 'million persons', es: 'millones de personas', fr: 'millions de personnes' },
    valueFormat: 'number',
    unitScale: 1e6,
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'nap',
    sourceUrl: NAP_URL,
    namRule: 'given',
    countries: ['NAM'],
    data: {
      kind: 'given',
      points: [{ country: 'NAM', year: 2023, value: 55, note: 'The North American Project, Goals (2023 figure)' }],
    },
    targets: [
      {
        countries: ['NAM'],
        value: 110,
        baselineYear: 2023,
        milestones: [{ year: 2040, value: 83 }],
        origin: 'NAP',
        rationale: {
          en: "The project's goal: double trade-linked employment to 110 million by 2050 (83 million by 2040).",
          es: 'Meta del proyecto: duplicar el empleo vinculado al comercio a 110 millones en 2050 (83 millones en 2040).',
          fr: "Objectif du projet : doubler l'emploi lié au commerce pour atteindre 110 millions en 2050 (83 millions en 2040).",
        },
      },
    ],
  },
  {
    slug: 'export-supported-jobs',
    goal: 1,
    kind: 'tracked',
    name: {
      en: 'Jobs supported by goods exports',
      es: 'Empleos sostenidos por las exportaciones de bienes',
      fr: 'Emplois soutenus par les exportations de biens',
    },
    definition: {
      en: "Jobs in North America supported by the region's goods exports (project figure).",
      es: 'Empleos en América del Norte sostenidos por las exportaciones de bienes de la región (cifra del proyecto).',
      fr: "Emplois en Amérique du Nord soutenus par les exportations de biens de la région (chiffre du projet).",
    },
    unit: { en: 'million jobs', es: 'millones de empleos', fr: "millions d'emplois" },
    valueFormat: 'number',
    unitScale: 1e6,
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'nap',
    sourceUrl: NAP_URL,
    namRule: 'given',
    countries: ['NAM'],
    data: {
      kind: 'given',
      points: [{ country: 'NAM', year: 2023, value: 9.5, note: 'The North American Project, Goals (2023 figure)' }],
    },
    targets: [
      {
        countries: ['NAM'],
        value: 20,
        baselineYear: 2023,
        milestones: [{ year: 2040, value: 15 }],
        origin: 'NAP',
        rationale: {
          en: "The project's goal: 20 million export-supported jobs by 2050 (15 million by 2040).",
          es: 'Meta del proyecto: 20 millones de empleos sostenidos por exportaciones en 2050 (15 millones en 2040).',
          fr: "Objectif du projet : 20 millions d'emplois soutenus par les exportations en 2050 (15 millions en 2040).",
        },
      },
    ],
  },
  {
    slug: 'unemployment-rate',
    goal: 1,
    kind: 'tracked',
    name: { en: 'Unemployment rate', es: 'Tasa de desempleo', fr: 'Taux de chômage' },
    definition: {
      en: 'Share of the labour force without work but available for and seeking employment (ILO modelled estimate). North America: weighted by labour force.',
      es: 'Proporción de la fuerza laboral sin trabajo pero disponible y en busca de empleo (estimación modelada de la OIT). América del Norte: ponderada por la fuerza laboral.',
      fr: "Part de la population active sans emploi mais disponible et en recherche d'emploi (estimation modélisée de l'OIT). Amérique du Nord : pondérée par la population active.",
    },
    unit: { en: '% of labour force', es: '% de la fuerza laboral', fr: '% de la population active' },
    valueFormat: 'percent',
    decimals: 1,
    direction: -1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('SL.UEM.TOTL.ZS'),
    namRule: 'weighted_mean',
    namWeight: 'labour-force',
    countries: ALL,
    data: { kind: 'file', code: 'SL.UEM.TOTL.ZS' },
    targets: [
      { countries: ['CAN'], value: 5.0, baselineYear: 2023, origin: 'proposed', rationale: unemploymentRationale() },
      { countries: ['MEX'], value: 3.0, baselineYear: 2023, origin: 'proposed', rationale: unemploymentRationale() },
      { countries: ['USA', 'NAM'], value: 4.0, baselineYear: 2023, origin: 'proposed', rationale: unemploymentRationale() },
    ],
  },
  {
    slug: 'female-labour-participation',
    goal: 1,
    kind: 'tracked',
    name: {
      en: 'Female labour force participation',
      es: 'Participación laboral femenina',
      fr: 'Participation des femmes au marché du travail',
    },
    definition: {
      en: 'Share of women aged 15 and over who are economically active (ILO modelled estimate).',
      es: 'Proporción de mujeres de 15 años o más económicamente activas (estimación modelada de la OIT).',
      fr: "Part des femmes de 15 ans et plus qui sont économiquement actives (estimation modélisée de l'OIT).",
    },
    unit: { en: '% of women 15+', es: '% de mujeres de 15+ años', fr: '% des femmes de 15 ans et +' },
    valueFormat: 'percent',
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('SL.TLF.CACT.FE.ZS'),
    namRule: 'none',
    countries: MEMBERS,
    data: { kind: 'file', code: 'SL.TLF.CACT.FE.ZS' },
    targets: [
      { countries: ['CAN'], value: 65, baselineYear: 2023, origin: 'proposed', rationale: flfpRationale() },
      { countries: ['MEX'], value: 60, baselineYear: 2023, origin: 'proposed', rationale: flfpRationale() },
      { countries: ['USA'], value: 62, baselineYear: 2023, origin: 'proposed', rationale: flfpRationale() },
    ],
  },
  {
    slug: 'gini-index',
    goal: 1,
    kind: 'tracked',
    name: {
      en: 'Income inequality (Gini index)',
      es: 'Desigualdad del ingreso (índice de Gini)',
      fr: 'Inégalité des revenus (indice de Gini)',
    },
    definition: {
      en: 'How far the distribution of income (or consumption) departs from perfect equality: 0 is perfect equality, 100 perfect inequality. Survey years only.',
      es: 'Cuánto se aleja la distribución del ingreso (o consumo) de la igualdad perfecta: 0 es igualdad perfecta, 100 desigualdad total. Solo años de encuesta.',
      fr: "Écart de la distribution du revenu (ou de la consommation) par rapport à l'égalité parfaite : 0 égalité parfaite, 100 inégalité totale. Années d'enquête seulement.",
    },
    unit: { en: 'index (0–100)', es: 'índice (0–100)', fr: 'indice (0–100)' },
    valueFormat: 'number',
    decimals: 1,
    direction: -1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('SI.POV.GINI'),
    namRule: 'none',
    countries: MEMBERS,
    data: { kind: 'file', code: 'SI.POV.GINI' },
    targets: [
      { countries: ['CAN'], value: 30, baselineYear: 2022, origin: 'proposed', rationale: giniRationale() },
      { countries: ['MEX'], value: 35, baselineYear: 2022, origin: 'proposed', rationale: giniRationale() },
      { countries: ['USA'], value: 38, baselineYear: 2022, origin: 'proposed', rationale: giniRationale() },
    ],
  },
  {
    slug: 'poverty-3-dollars',
    goal: 1,
    kind: 'tracked',
    name: {
      en: 'Extreme poverty ($3.00 a day, 2021 PPP)',
      es: 'Pobreza extrema (3,00 dólares al día, PPA 2021)',
      fr: 'Extrême pauvreté (3,00 $ par jour, PPA 2021)',
    },
    definition: {
      en: 'Share of the population living on less than $3.00 a day at 2021 purchasing power parity. Survey years only.',
      es: 'Proporción de la población que vive con menos de 3,00 dólares al día a paridad de poder adquisitivo de 2021. Solo años de encuesta.',
      fr: "Part de la population vivant avec moins de 3,00 $ par jour à parité de pouvoir d'achat de 2021. Années d'enquête seulement.",
    },
    unit: { en: '% of population', es: '% de la población', fr: '% de la population' },
    valueFormat: 'percent',
    decimals: 1,
    direction: -1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('SI.POV.DDAY'),
    namRule: 'none',
    countries: MEMBERS,
    data: { kind: 'file', code: 'SI.POV.DDAY' },
    targets: [
      {
        countries: MEMBERS,
        value: 0.5,
        baselineYear: 2022,
        origin: 'proposed',
        rationale: {
          en: 'Proposed: extreme poverty practically eliminated (below 0.5 %) in all three countries.',
          es: 'Propuesta: pobreza extrema prácticamente eliminada (menos de 0,5 %) en los tres países.',
          fr: 'Proposé : extrême pauvreté pratiquement éliminée (moins de 0,5 %) dans les trois pays.',
        },
      },
    ],
  },
  // ── Goal 2: economic growth ─────────────────────────────────────────────────────────────
  {
    slug: 'na-share-world-gdp',
    goal: 2,
    kind: 'tracked',
    name: {
      en: "North America's share of world GDP",
      es: 'Participación de América del Norte en el PIB mundial',
      fr: "Part de l'Amérique du Nord dans le PIB mondial",
    },
    definition: {
      en: 'GDP of Canada, Mexico and the United States (current US$) as a share of world GDP.',
      es: 'PIB de Canadá, México y Estados Unidos (dólares corrientes) como proporción del PIB mundial.',
      fr: 'PIB du Canada, du Mexique et des États-Unis (dollars courants) en part du PIB mondial.',
    },
    unit: { en: '% of world GDP', es: '% del PIB mundial', fr: '% du PIB mondial' },
    valueFormat: 'percent',
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'derived',
    sourceUrl: wdi('NY.GDP.MKTP.CD'),
    namRule: 'derived',
    countries: ['NAM'],
    formula: 'Σ NY.GDP.MKTP.CD (CAN, MEX, USA) ÷ NY.GDP.MKTP.CD (WLD) × 100',
    data: { kind: 'share-of-world', input: 'gdp-current-usd' },
    targets: [
      {
        countries: ['NAM'],
        value: 100 / 3,
        baselineYear: 2025,
        origin: 'NAP',
        rationale: {
          en: "The project's goal: North America produces one third of world GDP, held every year to 2050.",
          es: 'Meta del proyecto: América del Norte genera un tercio del PIB mundial, cada año hasta 2050.',
          fr: "Objectif du projet : l'Amérique du Nord produit le tiers du PIB mondial, chaque année jusqu'en 2050.",
        },
      },
    ],
  },
  {
    slug: 'growth-gap-vs-world',
    goal: 2,
    kind: 'tracked',
    name: {
      en: "North America's real GDP growth minus world growth",
      es: 'Crecimiento real del PIB de América del Norte menos el crecimiento mundial',
      fr: "Croissance réelle du PIB de l'Amérique du Nord moins la croissance mondiale",
    },
    definition: {
      en: "North America's real GDP growth (the members' growth weighted by previous-year GDP in current US$) minus world real GDP growth.",
      es: 'Crecimiento real del PIB de América del Norte (crecimiento de los miembros ponderado por el PIB del año anterior en dólares corrientes) menos el crecimiento real del PIB mundial.',
      fr: "Croissance réelle du PIB de l'Amérique du Nord (croissance des membres pondérée par le PIB de l'année précédente en dollars courants) moins la croissance réelle du PIB mondial.",
    },
    unit: { en: 'percentage points', es: 'puntos porcentuales', fr: 'points de pourcentage' },
    valueFormat: 'pp',
    decimals: 2,
    direction: 1,
    method: 'threshold',
    source: 'derived',
    sourceUrl: wdi('NY.GDP.MKTP.KD.ZG'),
    namRule: 'derived',
    countries: ['NAM'],
    formula: 'real-gdp-growth (NAM) − NY.GDP.MKTP.KD.ZG (WLD)',
    data: { kind: 'growth-gap' },
    targets: [
      {
        countries: ['NAM'],
        bands: [1.0, 0.5, 0.0],
        origin: 'NAP',
        rationale: {
          en: "The project's goal: grow at least one percentage point faster than the world every year.",
          es: 'Meta del proyecto: crecer al menos un punto porcentual más que el mundo cada año.',
          fr: "Objectif du projet : croître d'au moins un point de pourcentage de plus que le monde chaque année.",
        },
      },
    ],
  },
  {
    slug: 'real-gdp-growth',
    goal: 2,
    kind: 'tracked',
    name: { en: 'Real GDP growth', es: 'Crecimiento real del PIB', fr: 'Croissance réelle du PIB' },
    definition: {
      en: 'Annual growth of GDP at constant prices. North America: members weighted by previous-year GDP in current US$.',
      es: 'Crecimiento anual del PIB a precios constantes. América del Norte: miembros ponderados por el PIB del año anterior en dólares corrientes.',
      fr: "Croissance annuelle du PIB à prix constants. Amérique du Nord : membres pondérés par le PIB de l'année précédente en dollars courants.",
    },
    unit: { en: '% a year', es: '% anual', fr: '% par an' },
    valueFormat: 'percent',
    decimals: 1,
    direction: 1,
    method: 'threshold',
    source: 'wdi',
    sourceUrl: wdi('NY.GDP.MKTP.KD.ZG'),
    namRule: 'growth_weighted',
    namWeight: 'gdp-current-usd',
    countries: ALL,
    data: { kind: 'file', code: 'NY.GDP.MKTP.KD.ZG' },
    targets: [
      {
        countries: ['MEX'],
        bands: [4.5, 3.4, 0],
        origin: 'MCV',
        rationale: {
          en: 'México, ¿cómo vamos? semáforo: 4.5 % a year is the growth Mexico needs; 3.4 % or more is progress.',
          es: 'Semáforo de México, ¿cómo vamos?: 4,5 % anual es el crecimiento que México necesita; 3,4 % o más es avance.',
          fr: 'Feu de signalisation de México, ¿cómo vamos? : 4,5 % par an est la croissance dont le Mexique a besoin ; 3,4 % ou plus est un progrès.',
        },
      },
      {
        countries: ['CAN', 'USA', 'NAM'],
        bands: [3.0, 2.0, 0],
        origin: 'proposed',
        rationale: {
          en: 'Proposed: world growth plus one point (about 3 % a year), in line with the project’s growth goal.',
          es: 'Propuesta: crecimiento mundial más un punto (alrededor de 3 % anual), en línea con la meta de crecimiento del proyecto.',
          fr: 'Proposé : croissance mondiale plus un point (environ 3 % par an), conformément à l’objectif de croissance du projet.',
        },
      },
    ],
  },
  {
    slug: 'gdp-per-person-employed',
    goal: 2,
    kind: 'tracked',
    name: {
      en: 'Labour productivity (GDP per person employed)',
      es: 'Productividad laboral (PIB por persona ocupada)',
      fr: 'Productivité du travail (PIB par personne employée)',
    },
    definition: {
      en: 'GDP divided by total employment, in constant 2021 PPP dollars.',
      es: 'PIB dividido entre el empleo total, en dólares PPA constantes de 2021.',
      fr: "PIB divisé par l'emploi total, en dollars PPA constants de 2021.",
    },
    unit: { en: 'constant 2021 PPP $', es: 'dólares PPA constantes de 2021', fr: 'dollars PPA constants de 2021' },
    valueFormat: 'currency',
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('SL.GDP.PCAP.EM.KD'),
    namRule: 'none',
    countries: MEMBERS,
    data: { kind: 'file', code: 'SL.GDP.PCAP.EM.KD' },
    targets: [
      { countries: ['CAN', 'USA'], factor: 1.4, baselineYear: 2023, origin: 'proposed', rationale: productivityRationale() },
      { countries: ['MEX'], factor: 1.6, baselineYear: 2023, origin: 'proposed', rationale: productivityRationale() },
    ],
  },
  {
    slug: 'manufacturing-value-added',
    goal: 2,
    kind: 'tracked',
    name: {
      en: 'Manufacturing value added',
      es: 'Valor agregado manufacturero',
      fr: 'Valeur ajoutée manufacturière',
    },
    definition: {
      en: 'Net output of manufacturing (ISIC divisions 10–33) as a share of GDP.',
      es: 'Producción neta de la manufactura (divisiones 10–33 de la CIIU) como proporción del PIB.',
      fr: 'Production nette de la fabrication (divisions 10–33 de la CITI) en part du PIB.',
    },
    unit: { en: '% of GDP', es: '% del PIB', fr: '% du PIB' },
    valueFormat: 'percent',
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('NV.IND.MANF.ZS'),
    namRule: 'none',
    countries: MEMBERS,
    data: { kind: 'file', code: 'NV.IND.MANF.ZS' },
    targets: [
      { countries: ['CAN'], value: 11, baselineYear: 2021, origin: 'proposed', rationale: manufacturingRationale() },
      { countries: ['MEX'], value: 22, baselineYear: 2021, origin: 'proposed', rationale: manufacturingRationale() },
      { countries: ['USA'], value: 12, baselineYear: 2021, origin: 'proposed', rationale: manufacturingRationale() },
    ],
  },
  {
    slug: 'gdp-current-usd',
    goal: 2,
    kind: 'context',
    name: { en: 'GDP', es: 'PIB', fr: 'PIB' },
    definition: {
      en: 'Gross domestic product in current US dollars. Context series: it feeds the derived indicators (share of world GDP, weights).',
      es: 'Producto interno bruto en dólares estadounidenses corrientes. Serie de contexto: alimenta los indicadores derivados (participación en el PIB mundial, ponderaciones).',
      fr: 'Produit intérieur brut en dollars américains courants. Série de contexte : elle alimente les indicateurs dérivés (part du PIB mondial, pondérations).',
    },
    unit: { en: 'current US$', es: 'dólares corrientes', fr: 'dollars courants' },
    valueFormat: 'currency',
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('NY.GDP.MKTP.CD'),
    namRule: 'sum',
    countries: ALL,
    data: { kind: 'file', code: 'NY.GDP.MKTP.CD' },
    targets: [],
  },
  // ── Goal 3: intraregional and global trade ──────────────────────────────────────────────
  {
    slug: 'intra-na-goods-trade',
    goal: 3,
    kind: 'tracked',
    name: {
      en: 'Intra-North American goods trade',
      es: 'Comercio de bienes dentro de América del Norte',
      fr: 'Commerce de biens intra-nord-américain',
    },
    definition: {
      en: 'Trilateral trade in goods among Canada, Mexico and the United States (project figures).',
      es: 'Comercio trilateral de bienes entre Canadá, México y Estados Unidos (cifras del proyecto).',
      fr: 'Commerce trilatéral de biens entre le Canada, le Mexique et les États-Unis (chiffres du projet).',
    },
    unit: { en: 'trillion US$', es: 'billones de dólares', fr: 'billions de dollars US' },
    valueFormat: 'currency',
    unitScale: 1e12,
    decimals: 2,
    direction: 1,
    method: 'pace',
    source: 'nap',
    sourceUrl: NAP_URL,
    namRule: 'given',
    countries: ['NAM'],
    data: {
      kind: 'given',
      points: [
        { country: 'NAM', year: 2003, value: 0.632, note: 'The North American Project, Goals (2003 figure)' },
        { country: 'NAM', year: 2022, value: 1.5, note: 'The North American Project, Goals (2022 figure)' },
        { country: 'NAM', year: 2025, value: 1.6, note: 'The North American Project, April 2026 update ("more than USD 1.6 trillion")' },
      ],
    },
    targets: [
      {
        countries: ['NAM'],
        value: 14,
        baselineYear: 2022,
        milestones: [{ year: 2040, value: 6.3 }],
        origin: 'NAP',
        rationale: {
          en: "The project's goal: USD 14 trillion of intraregional goods trade by 2050 (6.3 trillion by 2040).",
          es: 'Meta del proyecto: 14 billones de dólares de comercio intrarregional de bienes en 2050 (6,3 billones en 2040).',
          fr: "Objectif du projet : 14 billions de dollars de commerce intrarégional de biens en 2050 (6,3 billions en 2040).",
        },
      },
    ],
  },
  {
    slug: 'us-goods-trade-with-partner',
    goal: 3,
    kind: 'context',
    name: {
      en: 'U.S. goods trade with Canada and with Mexico',
      es: 'Comercio de bienes de EE. UU. con Canadá y con México',
      fr: 'Commerce de biens des États-Unis avec le Canada et avec le Mexique',
    },
    definition: {
      en: 'U.S. goods exports plus imports with each partner (the country shown is the partner). North America: both partners together. 2002–2017.',
      es: 'Exportaciones más importaciones de bienes de EE. UU. con cada socio (el país mostrado es el socio). América del Norte: ambos socios. 2002–2017.',
      fr: 'Exportations plus importations de biens des États-Unis avec chaque partenaire (le pays affiché est le partenaire). Amérique du Nord : les deux partenaires. 2002–2017.',
    },
    unit: { en: 'billion US$', es: 'miles de millones de dólares', fr: 'milliards de dollars US' },
    valueFormat: 'currency',
    unitScale: 1e9,
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'census-csis',
    sourceUrl: 'https://www.csis.org/analysis/cost-leaving-canada-behind',
    namRule: 'sum',
    countries: ['CAN', 'MEX', 'NAM'],
    data: { kind: 'file', code: 'USA.GOODS_TRADE_WITH_PARTNER' },
    targets: [],
  },
  {
    slug: 'intra-na-food-trade',
    goal: 3,
    kind: 'tracked',
    name: {
      en: 'Intra-North American food trade',
      es: 'Comercio de alimentos dentro de América del Norte',
      fr: 'Commerce alimentaire intra-nord-américain',
    },
    definition: {
      en: 'Trade in food products among the three countries (project figure).',
      es: 'Comercio de productos alimentarios entre los tres países (cifra del proyecto).',
      fr: 'Commerce de produits alimentaires entre les trois pays (chiffre du projet).',
    },
    unit: { en: 'billion US$', es: 'miles de millones de dólares', fr: 'milliards de dollars US' },
    valueFormat: 'currency',
    unitScale: 1e9,
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'nap',
    sourceUrl: NAP_URL,
    namRule: 'given',
    countries: ['NAM'],
    data: {
      kind: 'given',
      points: [{ country: 'NAM', year: 2022, value: 140, note: 'The North American Project, Goals (2022 figure)' }],
    },
    targets: [
      {
        countries: ['NAM'],
        value: 210,
        baselineYear: 2022,
        milestones: [{ year: 2040, value: 170 }],
        origin: 'NAP',
        rationale: {
          en: "The project's goal: USD 210 billion of intraregional food trade by 2050 (170 billion by 2040).",
          es: 'Meta del proyecto: 210 mil millones de dólares de comercio intrarregional de alimentos en 2050 (170 mil millones en 2040).',
          fr: 'Objectif du projet : 210 milliards de dollars de commerce alimentaire intrarégional en 2050 (170 milliards en 2040).',
        },
      },
    ],
  },
  {
    slug: 'intra-na-agro-trade',
    goal: 3,
    kind: 'tracked',
    name: {
      en: 'Intra-North American agro-industrial trade',
      es: 'Comercio agroindustrial dentro de América del Norte',
      fr: 'Commerce agro-industriel intra-nord-américain',
    },
    definition: {
      en: 'Trade in agro-industrial products among the three countries (project figure).',
      es: 'Comercio de productos agroindustriales entre los tres países (cifra del proyecto).',
      fr: 'Commerce de produits agro-industriels entre les trois pays (chiffre du projet).',
    },
    unit: { en: 'billion US$', es: 'miles de millones de dólares', fr: 'milliards de dollars US' },
    valueFormat: 'currency',
    unitScale: 1e9,
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'nap',
    sourceUrl: NAP_URL,
    namRule: 'given',
    countries: ['NAM'],
    data: {
      kind: 'given',
      points: [{ country: 'NAM', year: 2022, value: 87, note: 'The North American Project, Goals (2022 figure)' }],
    },
    targets: [
      {
        countries: ['NAM'],
        value: 450,
        baselineYear: 2022,
        milestones: [{ year: 2040, value: 250 }],
        origin: 'NAP',
        rationale: {
          en: "The project's goal: USD 450 billion of intraregional agro-industrial trade by 2050 (250 billion by 2040).",
          es: 'Meta del proyecto: 450 mil millones de dólares de comercio agroindustrial intrarregional en 2050 (250 mil millones en 2040).',
          fr: 'Objectif du projet : 450 milliards de dollars de commerce agro-industriel intrarégional en 2050 (250 milliards en 2040).',
        },
      },
    ],
  },
  {
    slug: 'trade-openness',
    goal: 3,
    kind: 'tracked',
    name: { en: 'Trade (exports + imports)', es: 'Comercio (exportaciones + importaciones)', fr: 'Commerce (exportations + importations)' },
    definition: {
      en: 'Exports plus imports of goods and services as a share of GDP. North America: weighted by GDP in current US$.',
      es: 'Exportaciones más importaciones de bienes y servicios como proporción del PIB. América del Norte: ponderado por el PIB en dólares corrientes.',
      fr: 'Exportations plus importations de biens et services en part du PIB. Amérique du Nord : pondéré par le PIB en dollars courants.',
    },
    unit: { en: '% of GDP', es: '% del PIB', fr: '% du PIB' },
    valueFormat: 'percent',
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('NE.TRD.GNFS.ZS'),
    namRule: 'weighted_mean',
    namWeight: 'gdp-current-usd',
    countries: ALL,
    data: { kind: 'file', code: 'NE.TRD.GNFS.ZS' },
    targets: [
      { countries: ['CAN'], value: 70, baselineYear: 2023, origin: 'proposed', rationale: opennessRationale() },
      { countries: ['MEX'], value: 90, baselineYear: 2023, origin: 'proposed', rationale: opennessRationale() },
      { countries: ['USA'], value: 30, baselineYear: 2023, origin: 'proposed', rationale: opennessRationale() },
    ],
  },
  {
    slug: 'na-share-world-merch-exports',
    goal: 3,
    kind: 'tracked',
    name: {
      en: "North America's share of world merchandise exports",
      es: 'Participación de América del Norte en las exportaciones mundiales de mercancías',
      fr: "Part de l'Amérique du Nord dans les exportations mondiales de marchandises",
    },
    definition: {
      en: 'Merchandise exports of Canada, Mexico and the United States (current US$) as a share of world merchandise exports.',
      es: 'Exportaciones de mercancías de Canadá, México y Estados Unidos (dólares corrientes) como proporción de las exportaciones mundiales de mercancías.',
      fr: 'Exportations de marchandises du Canada, du Mexique et des États-Unis (dollars courants) en part des exportations mondiales de marchandises.',
    },
    unit: { en: '% of world exports', es: '% de las exportaciones mundiales', fr: '% des exportations mondiales' },
    valueFormat: 'percent',
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'derived',
    sourceUrl: wdi('TX.VAL.MRCH.CD.WT'),
    namRule: 'derived',
    countries: ['NAM'],
    formula: 'Σ TX.VAL.MRCH.CD.WT (CAN, MEX, USA) ÷ TX.VAL.MRCH.CD.WT (WLD) × 100',
    data: { kind: 'share-of-world', input: 'merchandise-exports' },
    targets: [
      {
        countries: ['NAM'],
        value: 15,
        baselineYear: 2025,
        origin: 'proposed',
        rationale: {
          en: 'Proposed: back to the 2003 level (about 15 % of world merchandise exports).',
          es: 'Propuesta: volver al nivel de 2003 (alrededor de 15 % de las exportaciones mundiales de mercancías).',
          fr: 'Proposé : revenir au niveau de 2003 (environ 15 % des exportations mondiales de marchandises).',
        },
      },
    ],
  },
  {
    slug: 'high-tech-exports',
    goal: 3,
    kind: 'tracked',
    name: {
      en: 'High-technology exports',
      es: 'Exportaciones de alta tecnología',
      fr: 'Exportations de haute technologie',
    },
    definition: {
      en: 'Exports of products with high R&D intensity (aerospace, computers, pharmaceuticals, scientific instruments, electrical machinery).',
      es: 'Exportaciones de productos con alta intensidad de I+D (aeroespacial, computadoras, farmacéuticos, instrumentos científicos, maquinaria eléctrica).',
      fr: 'Exportations de produits à forte intensité de R-D (aérospatiale, ordinateurs, produits pharmaceutiques, instruments scientifiques, machines électriques).',
    },
    unit: { en: 'current US$', es: 'dólares corrientes', fr: 'dollars courants' },
    valueFormat: 'currency',
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('TX.VAL.TECH.CD'),
    namRule: 'sum',
    countries: ALL,
    data: { kind: 'file', code: 'TX.VAL.TECH.CD' },
    targets: [
      {
        countries: ALL,
        factor: 2,
        baselineYear: 2023,
        origin: 'proposed',
        rationale: {
          en: 'Proposed: double high-technology exports from their 2023 level by 2050 (about 2.6 % a year).',
          es: 'Propuesta: duplicar las exportaciones de alta tecnología respecto de 2023 para 2050 (alrededor de 2,6 % anual).',
          fr: "Proposé : doubler les exportations de haute technologie par rapport à 2023 d'ici 2050 (environ 2,6 % par an).",
        },
      },
    ],
  },
  // ── Goal 4: sectoral, strategic and infrastructure investment ───────────────────────────
  {
    slug: 'fixed-investment',
    goal: 4,
    kind: 'tracked',
    name: {
      en: 'Gross fixed capital formation',
      es: 'Formación bruta de capital fijo',
      fr: 'Formation brute de capital fixe',
    },
    definition: {
      en: 'Investment in fixed assets (buildings, machinery, equipment, infrastructure) as a share of GDP. North America: weighted by GDP.',
      es: 'Inversión en activos fijos (construcción, maquinaria, equipo, infraestructura) como proporción del PIB. América del Norte: ponderada por el PIB.',
      fr: 'Investissement en actifs fixes (bâtiments, machines, équipements, infrastructures) en part du PIB. Amérique du Nord : pondéré par le PIB.',
    },
    unit: { en: '% of GDP', es: '% del PIB', fr: '% du PIB' },
    valueFormat: 'percent',
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('NE.GDI.FTOT.ZS'),
    namRule: 'weighted_mean',
    namWeight: 'gdp-current-usd',
    countries: ALL,
    data: { kind: 'file', code: 'NE.GDI.FTOT.ZS' },
    targets: [
      {
        countries: ['MEX'],
        value: 24,
        baselineYear: 2020,
        origin: 'MCV',
        rationale: {
          en: 'México, ¿cómo vamos?: investment of 24 % of GDP is needed for Mexico to grow 4.5 % a year.',
          es: 'México, ¿cómo vamos?: se requiere una inversión de 24 % del PIB para que México crezca 4,5 % anual.',
          fr: 'México, ¿cómo vamos? : un investissement de 24 % du PIB est nécessaire pour que le Mexique croisse de 4,5 % par an.',
        },
      },
      { countries: ['CAN'], value: 24, baselineYear: 2020, origin: 'proposed', rationale: investmentRationale() },
      { countries: ['USA'], value: 23, baselineYear: 2020, origin: 'proposed', rationale: investmentRationale() },
    ],
  },
  {
    slug: 'fdi-inflows',
    goal: 4,
    kind: 'tracked',
    name: {
      en: 'Foreign direct investment, net inflows',
      es: 'Inversión extranjera directa, entradas netas',
      fr: 'Investissement direct étranger, entrées nettes',
    },
    definition: {
      en: 'Net inflows of investment to acquire a lasting management interest (10 % or more of voting stock), as a share of GDP. North America: weighted by GDP.',
      es: 'Entradas netas de inversión para adquirir una participación duradera en la gestión (10 % o más de las acciones con voto), como proporción del PIB. América del Norte: ponderada por el PIB.',
      fr: "Entrées nettes d'investissement visant une participation durable à la gestion (10 % ou plus des droits de vote), en part du PIB. Amérique du Nord : pondéré par le PIB.",
    },
    unit: { en: '% of GDP', es: '% del PIB', fr: '% du PIB' },
    valueFormat: 'percent',
    decimals: 2,
    direction: 1,
    method: 'threshold',
    source: 'wdi',
    sourceUrl: wdi('BX.KLT.DINV.WD.GD.ZS'),
    namRule: 'weighted_mean',
    namWeight: 'gdp-current-usd',
    countries: ALL,
    data: { kind: 'file', code: 'BX.KLT.DINV.WD.GD.ZS' },
    targets: [
      { countries: ['MEX', 'CAN'], bands: [3.0, 2.0, 1.0], origin: 'proposed', rationale: fdiRationale() },
      { countries: ['USA', 'NAM'], bands: [2.0, 1.5, 1.0], origin: 'proposed', rationale: fdiRationale() },
    ],
  },
  {
    slug: 'rd-expenditure',
    goal: 4,
    kind: 'tracked',
    name: {
      en: 'Research and development expenditure',
      es: 'Gasto en investigación y desarrollo',
      fr: 'Dépenses de recherche et développement',
    },
    definition: {
      en: 'Gross domestic expenditure on research and development (business, government, higher education, non-profit) as a share of GDP.',
      es: 'Gasto interno bruto en investigación y desarrollo (empresas, gobierno, educación superior, sin fines de lucro) como proporción del PIB.',
      fr: 'Dépense intérieure brute de recherche et développement (entreprises, État, enseignement supérieur, organismes sans but lucratif) en part du PIB.',
    },
    unit: { en: '% of GDP', es: '% del PIB', fr: '% du PIB' },
    valueFormat: 'percent',
    decimals: 2,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('GB.XPD.RSDV.GD.ZS'),
    namRule: 'weighted_mean',
    namWeight: 'gdp-current-usd',
    countries: ALL,
    data: { kind: 'file', code: 'GB.XPD.RSDV.GD.ZS' },
    targets: [
      { countries: ['CAN'], value: 2.5, baselineYear: 2020, origin: 'proposed', rationale: rdRationale() },
      { countries: ['MEX'], value: 1.0, baselineYear: 2020, origin: 'proposed', rationale: rdRationale() },
      { countries: ['USA'], value: 3.5, baselineYear: 2020, origin: 'proposed', rationale: rdRationale() },
    ],
  },
  {
    slug: 'medium-high-tech-manufacturing',
    goal: 4,
    kind: 'tracked',
    name: {
      en: 'Medium and high-tech share of manufacturing value added',
      es: 'Participación de la manufactura de tecnología media y alta en el valor agregado manufacturero',
      fr: 'Part de la fabrication de moyenne et haute technologie dans la valeur ajoutée manufacturière',
    },
    definition: {
      en: 'Value added of medium- and high-technology industries as a share of total manufacturing value added (UNIDO).',
      es: 'Valor agregado de las industrias de tecnología media y alta como proporción del valor agregado manufacturero total (ONUDI).',
      fr: 'Valeur ajoutée des industries de moyenne et haute technologie en part de la valeur ajoutée manufacturière totale (ONUDI).',
    },
    unit: { en: '% of manufacturing value added', es: '% del valor agregado manufacturero', fr: '% de la valeur ajoutée manufacturière' },
    valueFormat: 'percent',
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('NV.MNF.TECH.ZS.UN'),
    namRule: 'none',
    countries: MEMBERS,
    data: { kind: 'file', code: 'NV.MNF.TECH.ZS.UN' },
    targets: [
      {
        countries: MEMBERS,
        value: 50,
        baselineYear: 2020,
        origin: 'proposed',
        rationale: {
          en: 'Proposed: half of manufacturing value added in medium and high-tech industries, the level of leading industrial economies.',
          es: 'Propuesta: la mitad del valor agregado manufacturero en industrias de tecnología media y alta, el nivel de las economías industriales líderes.',
          fr: 'Proposé : la moitié de la valeur ajoutée manufacturière dans les industries de moyenne et haute technologie, le niveau des grandes économies industrielles.',
        },
      },
    ],
  },
  {
    slug: 'renewable-electricity',
    goal: 4,
    kind: 'tracked',
    name: {
      en: 'Renewable electricity output',
      es: 'Generación de electricidad renovable',
      fr: "Production d'électricité renouvelable",
    },
    definition: {
      en: 'Electricity generated from renewable sources (hydro, wind, solar, geothermal, biomass) as a share of total electricity output.',
      es: 'Electricidad generada con fuentes renovables (hidráulica, eólica, solar, geotérmica, biomasa) como proporción de la generación total.',
      fr: "Électricité produite à partir de sources renouvelables (hydraulique, éolien, solaire, géothermie, biomasse) en part de la production totale d'électricité.",
    },
    unit: { en: '% of electricity output', es: '% de la generación eléctrica', fr: "% de la production d'électricité" },
    valueFormat: 'percent',
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('EG.ELC.RNEW.ZS'),
    namRule: 'none',
    countries: MEMBERS,
    data: { kind: 'file', code: 'EG.ELC.RNEW.ZS' },
    targets: [
      { countries: ['CAN'], value: 80, baselineYear: 2020, origin: 'proposed', rationale: renewableRationale() },
      { countries: ['MEX', 'USA'], value: 50, baselineYear: 2020, origin: 'proposed', rationale: renewableRationale() },
    ],
  },
  {
    slug: 'container-port-traffic',
    goal: 4,
    kind: 'tracked',
    name: {
      en: 'Container port traffic',
      es: 'Tráfico portuario de contenedores',
      fr: 'Trafic portuaire de conteneurs',
    },
    definition: {
      en: 'Flow of containers from land to sea transport and back, in twenty-foot equivalent units (TEU), including transshipment.',
      es: 'Flujo de contenedores del transporte terrestre al marítimo y viceversa, en unidades equivalentes a veinte pies (TEU), incluido el transbordo.',
      fr: 'Flux de conteneurs entre le transport terrestre et maritime, en équivalents vingt pieds (EVP), transbordement compris.',
    },
    unit: { en: 'TEU', es: 'TEU', fr: 'EVP' },
    valueFormat: 'number',
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('IS.SHP.GOOD.TU'),
    namRule: 'sum',
    countries: ALL,
    data: { kind: 'file', code: 'IS.SHP.GOOD.TU' },
    targets: [
      {
        countries: ALL,
        factor: 2,
        baselineYear: 2023,
        origin: 'proposed',
        rationale: {
          en: 'Proposed: double port container capacity in use from 2023 to 2050, to carry twice the trade.',
          es: 'Propuesta: duplicar el tráfico de contenedores de 2023 a 2050, para mover el doble de comercio.',
          fr: 'Proposé : doubler le trafic de conteneurs de 2023 à 2050, pour transporter deux fois plus de commerce.',
        },
      },
    ],
  },
  {
    slug: 'fixed-broadband',
    goal: 4,
    kind: 'tracked',
    name: {
      en: 'Fixed broadband subscriptions',
      es: 'Suscripciones de banda ancha fija',
      fr: 'Abonnements au haut débit fixe',
    },
    definition: {
      en: 'Fixed subscriptions to high-speed internet access (256 kbit/s or more) per 100 people. North America: weighted by population.',
      es: 'Suscripciones fijas de acceso a internet de alta velocidad (256 kbit/s o más) por cada 100 personas. América del Norte: ponderado por la población.',
      fr: 'Abonnements fixes à un accès Internet à haut débit (256 kbit/s ou plus) pour 100 personnes. Amérique du Nord : pondéré par la population.',
    },
    unit: { en: 'per 100 people', es: 'por cada 100 personas', fr: 'pour 100 personnes' },
    valueFormat: 'number',
    decimals: 1,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('IT.NET.BBND.P2'),
    namRule: 'weighted_mean',
    namWeight: 'population',
    countries: ALL,
    data: { kind: 'file', code: 'IT.NET.BBND.P2' },
    targets: [
      {
        countries: ALL,
        value: 50,
        baselineYear: 2023,
        origin: 'proposed',
        rationale: {
          en: 'Proposed: 50 fixed broadband subscriptions per 100 people, about one per household.',
          es: 'Propuesta: 50 suscripciones de banda ancha fija por cada 100 personas, alrededor de una por hogar.',
          fr: 'Proposé : 50 abonnements au haut débit fixe pour 100 personnes, environ un par ménage.',
        },
      },
    ],
  },
  {
    slug: 'us-atp-trade-balance',
    goal: 4,
    kind: 'tracked',
    name: {
      en: 'U.S. trade balance in Advanced Technology Products',
      es: 'Balanza comercial de EE. UU. en productos de tecnología avanzada',
      fr: 'Balance commerciale des États-Unis en produits de technologie avancée',
    },
    definition: {
      en: 'U.S. exports minus imports of Advanced Technology Products (ten Census technology groups). Negative values are a deficit.',
      es: 'Exportaciones menos importaciones de EE. UU. de productos de tecnología avanzada (diez grupos tecnológicos del Census). Los valores negativos son déficit.',
      fr: 'Exportations moins importations des États-Unis de produits de technologie avancée (dix groupes technologiques du Census). Les valeurs négatives sont un déficit.',
    },
    unit: { en: 'billion US$', es: 'miles de millones de dólares', fr: 'milliards de dollars US' },
    valueFormat: 'currency',
    unitScale: 1e9,
    decimals: 1,
    direction: 1,
    method: 'linear',
    source: 'nap',
    sourceUrl: NAP_URL,
    namRule: 'none',
    countries: ['USA'],
    data: {
      kind: 'given',
      points: [
        {
          country: 'USA',
          year: 2024,
          value: -297.2,
          note: 'Computed from the April 2026 update: the 2025 deficit (USD 414.6 B) was 39.5 % larger than in 2024 (414.6 ÷ 1.395)',
        },
        {
          country: 'USA',
          year: 2025,
          value: -414.6,
          note: 'The North American Project, April 2026 update (U.S. Census Bureau, Exhibit 16a)',
        },
      ],
    },
    targets: [
      {
        countries: ['USA'],
        value: -207,
        baselineYear: 2025,
        origin: 'proposed',
        rationale: {
          en: 'Proposed: halve the 2025 deficit by 2050 by building technology supply chains in North America.',
          es: 'Propuesta: reducir a la mitad el déficit de 2025 para 2050 mediante cadenas de suministro tecnológicas en América del Norte.',
          fr: "Proposé : réduire de moitié le déficit de 2025 d'ici 2050 grâce à des chaînes d'approvisionnement technologiques nord-américaines.",
        },
      },
    ],
  },
  // ── Inputs: not listed, used for North America weights and world shares ────────────────
  {
    slug: 'population',
    goal: 1,
    kind: 'input',
    name: { en: 'Population', es: 'Población', fr: 'Population' },
    definition: {
      en: 'Total population (all residents). Used as the weight for per-person regional values.',
      es: 'Población total (todos los residentes). Se usa como ponderación de los valores regionales por persona.',
      fr: 'Population totale (tous les résidents). Sert de pondération pour les valeurs régionales par personne.',
    },
    unit: { en: 'persons', es: 'personas', fr: 'personnes' },
    valueFormat: 'number',
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('SP.POP.TOTL'),
    namRule: 'sum',
    countries: ALL,
    data: { kind: 'file', code: 'SP.POP.TOTL' },
    targets: [],
  },
  {
    slug: 'labour-force',
    goal: 1,
    kind: 'input',
    name: { en: 'Labour force', es: 'Fuerza laboral', fr: 'Population active' },
    definition: {
      en: 'People aged 15 and over who supply labour (employed and unemployed). Used as the weight for the regional unemployment rate.',
      es: 'Personas de 15 años o más que ofrecen su trabajo (ocupadas y desocupadas). Se usa como ponderación de la tasa de desempleo regional.',
      fr: 'Personnes de 15 ans et plus qui offrent leur travail (en emploi et au chômage). Sert de pondération pour le taux de chômage régional.',
    },
    unit: { en: 'persons', es: 'personas', fr: 'personnes' },
    valueFormat: 'number',
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('SL.TLF.TOTL.IN'),
    namRule: 'sum',
    countries: ALL,
    data: { kind: 'file', code: 'SL.TLF.TOTL.IN' },
    targets: [],
  },
  {
    slug: 'merchandise-exports',
    goal: 3,
    kind: 'input',
    name: { en: 'Merchandise exports', es: 'Exportaciones de mercancías', fr: 'Exportations de marchandises' },
    definition: {
      en: 'Goods exported (free on board), current US$. Used for the regional share of world exports.',
      es: 'Bienes exportados (franco a bordo), dólares corrientes. Se usa para la participación regional en las exportaciones mundiales.',
      fr: 'Biens exportés (franco à bord), dollars courants. Sert au calcul de la part régionale des exportations mondiales.',
    },
    unit: { en: 'current US$', es: 'dólares corrientes', fr: 'dollars courants' },
    valueFormat: 'currency',
    decimals: 0,
    direction: 1,
    method: 'pace',
    source: 'wdi',
    sourceUrl: wdi('TX.VAL.MRCH.CD.WT'),
    namRule: 'sum',
    countries: ALL,
    data: { kind: 'file', code: 'TX.VAL.MRCH.CD.WT' },
    targets: [],
  },
]

export interface CatalogEvent {
  slug: string
  date: string
  label: Localized
  description: Localized
}

export const EVENTS: CatalogEvent[] = [
  {
    slug: 'nafta',
    date: '1994-01-01',
    label: { en: 'NAFTA', es: 'TLCAN', fr: 'ALENA' },
    description: {
      en: 'The North American Free Trade Agreement enters into force.',
      es: 'Entra en vigor el Tratado de Libre Comercio de América del Norte.',
      fr: "L'Accord de libre-échange nord-américain entre en vigueur.",
    },
  },
  {
    slug: 'covid-19',
    date: '2020-03-11',
    label: { en: 'COVID-19', es: 'COVID-19', fr: 'COVID-19' },
    description: {
      en: 'The World Health Organization declares COVID-19 a pandemic.',
      es: 'La Organización Mundial de la Salud declara la pandemia de COVID-19.',
      fr: "L'Organisation mondiale de la santé déclare la pandémie de COVID-19.",
    },
  },
  {
    slug: 'usmca',
    date: '2020-07-01',
    label: { en: 'USMCA', es: 'T-MEC', fr: 'ACEUM' },
    description: {
      en: 'The United States–Mexico–Canada Agreement enters into force, replacing NAFTA.',
      es: 'Entra en vigor el Tratado entre México, Estados Unidos y Canadá, que sustituye al TLCAN.',
      fr: "L'Accord Canada–États-Unis–Mexique entre en vigueur et remplace l'ALENA.",
    },
  },
  {
    slug: 'usmca-joint-review',
    date: '2026-07-01',
    label: { en: 'USMCA review', es: 'Revisión del T-MEC', fr: "Examen de l'ACEUM" },
    description: {
      en: 'First joint review of the USMCA (Article 34.7): extend for 16 years, or annual reviews until 2036.',
      es: 'Primera revisión conjunta del T-MEC (artículo 34.7): extenderlo 16 años o revisiones anuales hasta 2036.',
      fr: "Premier examen conjoint de l'ACEUM (article 34.7) : prolongation de 16 ans, ou examens annuels jusqu'en 2036.",
    },
  },
]

function unemploymentRationale(): Localized {
  return {
    en: "Proposed: around each country's best level since 2000.",
    es: 'Propuesta: alrededor del mejor nivel de cada país desde 2000.',
    fr: 'Proposé : autour du meilleur niveau de chaque pays depuis 2000.',
  }
}
function flfpRationale(): Localized {
  return {
    en: 'Proposed: Mexico closes most of the gap with its partners; Canada and the United States keep rising.',
    es: 'Propuesta: México cierra la mayor parte de la brecha con sus socios; Canadá y Estados Unidos siguen avanzando.',
    fr: "Proposé : le Mexique comble l'essentiel de l'écart avec ses partenaires ; le Canada et les États-Unis continuent de progresser.",
  }
}
function giniRationale(): Localized {
  return {
    en: 'Proposed: inequality down to the levels of the most equal OECD economies of similar size.',
    es: 'Propuesta: reducir la desigualdad a niveles de las economías de la OCDE más igualitarias de tamaño similar.',
    fr: "Proposé : ramener l'inégalité aux niveaux des économies de l'OCDE de taille comparable les plus égalitaires.",
  }
}
function productivityRationale(): Localized {
  return {
    en: 'Proposed: about 1.3 % a year of productivity growth, faster for Mexico so that it converges.',
    es: 'Propuesta: alrededor de 1,3 % anual de crecimiento de la productividad, más rápido para México para que converja.',
    fr: 'Proposé : environ 1,3 % par an de croissance de la productivité, plus rapide pour le Mexique afin qu’il converge.',
  }
}
function manufacturingRationale(): Localized {
  return {
    en: 'Proposed: reverse the decline of manufacturing through reshoring to North America.',
    es: 'Propuesta: revertir el declive de la manufactura mediante la relocalización hacia América del Norte.',
    fr: 'Proposé : inverser le déclin de la fabrication grâce à la relocalisation en Amérique du Nord.',
  }
}
function opennessRationale(): Localized {
  return {
    en: 'Proposed: deeper integration lifts trade relative to the size of each economy.',
    es: 'Propuesta: una integración más profunda eleva el comercio en relación con el tamaño de cada economía.',
    fr: "Proposé : une intégration plus poussée accroît le commerce par rapport à la taille de chaque économie.",
  }
}
function investmentRationale(): Localized {
  return {
    en: 'Proposed: investment high enough to renew infrastructure and support faster growth.',
    es: 'Propuesta: una inversión suficiente para renovar la infraestructura y sostener un crecimiento más rápido.',
    fr: 'Proposé : un investissement suffisant pour renouveler les infrastructures et soutenir une croissance plus rapide.',
  }
}
function fdiRationale(): Localized {
  return {
    en: 'Proposed: bands for a healthy, steady inflow of foreign direct investment relative to GDP.',
    es: 'Propuesta: bandas para una entrada sana y constante de inversión extranjera directa en relación con el PIB.',
    fr: 'Proposé : des seuils pour un flux sain et régulier d’investissement direct étranger par rapport au PIB.',
  }
}
function rdRationale(): Localized {
  return {
    en: 'Proposed: research intensity in line with leading innovation economies, scaled to each starting point.',
    es: 'Propuesta: intensidad de investigación acorde con las economías más innovadoras, según el punto de partida de cada país.',
    fr: "Proposé : une intensité de recherche comparable aux économies les plus innovantes, selon le point de départ de chaque pays.",
  }
}
function renewableRationale(): Localized {
  return {
    en: 'Proposed: most electricity from renewable sources by 2050, from each country’s starting mix.',
    es: 'Propuesta: la mayor parte de la electricidad de fuentes renovables para 2050, según la matriz de partida de cada país.',
    fr: "Proposé : l'essentiel de l'électricité de sources renouvelables d'ici 2050, selon le bouquet de départ de chaque pays.",
  }
}
