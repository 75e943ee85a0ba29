/**
 * The catalog as the API will describe it to the matcher, transcribed from db/seed/catalog/goal-*.ts
 * (a package may not import the database package): every indicator's slug, WDI code, countries,
 * bounds; derived = NAM rule "derived"; computed NAM for the aggregates by rule (sum, weighted mean,
 * GDP-weighted growth); WLD for the series that hold world values (the inputs of the world shares
 * and of the growth gap). Areas and names are those of db/seed/catalog/countries.ts.
 */
import type { AreaNames, CatalogIndicatorRef } from '../src/index.ts'

const ALL = ['CAN', 'MEX', 'USA', 'NAM']
const MEMBERS = ['CAN', 'MEX', 'USA']
const NAM = ['NAM']

function entry(slug: string, sourceCode: string | null, countries: string[], bounds: [number | null, number | null], rule: 'aggregate' | 'none' | 'given' | 'derived', world = false): CatalogIndicatorRef {
  return {
    slug,
    sourceCode,
    frequency: 'annual',
    countries: world ? [...countries, 'WLD'] : countries,
    derived: rule === 'derived',
    ...(rule === 'aggregate' ? { computed: ['NAM'] } : {}),
    min: bounds[0],
    max: bounds[1],
  }
}

const PCT: [number, number] = [0, 100]
const LEVEL: [number, null] = [0, null]
const FREE: [null, null] = [null, null]

export const CATALOG: CatalogIndicatorRef[] = [
  entry('gdp-per-capita-ppp', 'NY.GDP.PCAP.PP.KD', ALL, LEVEL, 'aggregate'),
  entry('trade-linked-jobs', null, NAM, LEVEL, 'given'),
  entry('export-supported-jobs', null, NAM, LEVEL, 'given'),
  entry('unemployment-rate', 'SL.UEM.TOTL.ZS', ALL, PCT, 'aggregate'),
  entry('female-labour-participation', 'SL.TLF.CACT.FE.ZS', MEMBERS, PCT, 'none'),
  entry('gini-index', 'SI.POV.GINI', MEMBERS, PCT, 'none'),
  entry('poverty-3-dollars', 'SI.POV.DDAY', MEMBERS, PCT, 'none'),
  entry('na-share-world-gdp', null, NAM, PCT, 'derived'),
  entry('growth-gap-vs-world', null, NAM, FREE, 'derived'),
  entry('real-gdp-growth', 'NY.GDP.MKTP.KD.ZG', ALL, FREE, 'aggregate', true),
  entry('gdp-per-person-employed', 'SL.GDP.PCAP.EM.KD', MEMBERS, LEVEL, 'none'),
  entry('manufacturing-value-added', 'NV.IND.MANF.ZS', MEMBERS, PCT, 'none'),
  entry('gdp-current-usd', 'NY.GDP.MKTP.CD', ALL, LEVEL, 'aggregate', true),
  entry('intra-na-goods-trade', null, NAM, LEVEL, 'given'),
  entry('us-goods-trade-with-partner', 'USA.GOODS_TRADE_WITH_PARTNER', ['CAN', 'MEX', 'NAM'], LEVEL, 'aggregate'),
  entry('intra-na-food-trade', null, NAM, LEVEL, 'given'),
  entry('intra-na-agro-trade', null, NAM, LEVEL, 'given'),
  entry('trade-openness', 'NE.TRD.GNFS.ZS', ALL, LEVEL, 'aggregate'),
  entry('na-share-world-merch-exports', null, NAM, PCT, 'derived'),
  entry('high-tech-exports', 'TX.VAL.TECH.CD', ALL, LEVEL, 'aggregate'),
  entry('fixed-investment', 'NE.GDI.FTOT.ZS', ALL, PCT, 'aggregate'),
  entry('fdi-inflows', 'BX.KLT.DINV.WD.GD.ZS', ALL, FREE, 'aggregate'),
  entry('rd-expenditure', 'GB.XPD.RSDV.GD.ZS', ALL, PCT, 'aggregate'),
  entry('medium-high-tech-manufacturing', 'NV.MNF.TECH.ZS.UN', MEMBERS, PCT, 'none'),
  entry('renewable-electricity', 'EG.ELC.RNEW.ZS', MEMBERS, PCT, 'none'),
  entry('container-port-traffic', 'IS.SHP.GOOD.TU', ALL, LEVEL, 'aggregate'),
  entry('fixed-broadband', 'IT.NET.BBND.P2', ALL, LEVEL, 'aggregate'),
  entry('us-atp-trade-balance', null, ['USA'], FREE, 'none'),
  entry('population', 'SP.POP.TOTL', ALL, LEVEL, 'aggregate'),
  entry('labour-force', 'SL.TLF.TOTL.IN', ALL, LEVEL, 'aggregate'),
  entry('merchandise-exports', 'TX.VAL.MRCH.CD.WT', ALL, LEVEL, 'aggregate', true),
]

export const AREAS: AreaNames[] = [
  { code: 'CAN', names: ['Canada', 'Canadá', 'Canada'] },
  { code: 'MEX', names: ['Mexico', 'México', 'Mexique'] },
  { code: 'USA', names: ['United States', 'Estados Unidos', 'États-Unis'] },
  { code: 'NAM', names: ['North America', 'América del Norte', 'Amérique du Nord'] },
  { code: 'WLD', names: ['World', 'Mundo', 'Monde'] },
]

/** The matcher's options for the real catalog, in 2026. */
export const MATCH_2026 = { catalog: CATALOG, areas: AREAS, currentYear: 2026 }
