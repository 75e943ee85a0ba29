/**
 * Pure arithmetic for regional (NAM) values and derived indicators (METHODOLOGY.md "North America").
 * A regional value exists only for years where every member has a value (and a weight, if any).
 */
export type YearMap = Map<number, number>
/** Values by country code, then by year. */
export type CountrySeries = Map<string, YearMap>

function commonYears(series: YearMap[]): number[] {
  const [first, ...rest] = series
  if (!first) return []
  return [...first.keys()].filter((year) => rest.every((s) => s.has(year))).sort((a, b) => a - b)
}

function pick(series: CountrySeries, members: readonly string[]): YearMap[] | null {
  const maps = members.map((code) => series.get(code))
  return maps.every((m): m is YearMap => m !== undefined) ? maps : null
}

/** Σ of the members' values, year by year. */
export function sumOfMembers(values: CountrySeries, members: readonly string[]): YearMap {
  const maps = pick(values, members)
  const out: YearMap = new Map()
  if (!maps) return out
  for (const year of commonYears(maps)) out.set(year, maps.reduce((acc, m) => acc + (m.get(year) ?? 0), 0))
  return out
}

/** Σ value·weight ÷ Σ weight, with the weight of the same year. */
export function weightedMeanOfMembers(
  values: CountrySeries,
  weights: CountrySeries,
  members: readonly string[],
): YearMap {
  return weighted(values, weights, members, 0)
}

/**
 * Regional growth rate: the members' growth rates weighted by the previous year's weight
 * (GDP in current US$), as METHODOLOGY.md prescribes.
 */
export function growthWeightedOfMembers(
  values: CountrySeries,
  weights: CountrySeries,
  members: readonly string[],
): YearMap {
  return weighted(values, weights, members, 1)
}

function weighted(values: CountrySeries, weights: CountrySeries, members: readonly string[], lag: number): YearMap {
  const vs = pick(values, members)
  const ws = pick(weights, members)
  const out: YearMap = new Map()
  if (!vs || !ws) return out
  for (const year of commonYears(vs)) {
    const weightsOfYear = ws.map((m) => m.get(year - lag)).filter((x): x is number => x !== undefined)
    if (weightsOfYear.length < ws.length) continue
    const total = weightsOfYear.reduce((a, b) => a + b, 0)
    if (total === 0) continue
    const sum = vs.reduce((acc, m, i) => acc + (m.get(year) ?? 0) * (weightsOfYear[i] ?? 0), 0)
    out.set(year, sum / total)
  }
  return out
}

/** Σ members ÷ world × 100 (a percentage share of the world total). */
export function shareOfWorld(values: CountrySeries, members: readonly string[], world = 'WLD'): YearMap {
  const total = sumOfMembers(values, members)
  const wld = values.get(world)
  const out: YearMap = new Map()
  if (!wld) return out
  for (const [year, v] of total) {
    const w = wld.get(year)
    if (w !== undefined && w !== 0) out.set(year, (v / w) * 100)
  }
  return out
}

/** a − b for the years both have. */
export function difference(a: YearMap, b: YearMap): YearMap {
  const out: YearMap = new Map()
  for (const [year, v] of a) {
    const w = b.get(year)
    if (w !== undefined) out.set(year, v - w)
  }
  return out
}
