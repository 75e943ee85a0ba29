/**
 * The JSON text of a series, written straight from the points: byte for byte
 * `JSON.stringify(toSeries(…))` (tested, with generated series too), without building the wire
 * objects first. The series route's answer: building 140 point objects and stringifying them took
 * twice the time of writing the text (apps/api/bench/README.md).
 */
import type { CountrySeries, NotedPoint, SeriesDetail } from './series.ts'
import { commonNote, noteIds } from './series.ts'

/** `JSON.stringify` of a number (finite numbers as `String` writes them, the others `null`). */
const jsonNumber = (n: number): string => (Number.isFinite(n) ? String(n) : 'null')

// Periods and country codes repeat in every answer: their JSON strings are kept (a bounded table).
const texts = new Map<string, string>()
const TEXTS_MAX = 10_000
function jsonText(s: string): string {
  let json = texts.get(s)
  if (json === undefined) {
    if (texts.size >= TEXTS_MAX) texts.clear()
    texts.set(s, (json = JSON.stringify(s)))
  }
  return json
}

export function seriesJson(
  indicator: string,
  asOf: string | null,
  countries: readonly { country: CountrySeries['country']; points: readonly NotedPoint[] }[],
  detail: SeriesDetail = 'compact',
): string {
  const noteJson: string[] = []
  let sources = ''
  const idOf = noteIds((id, note) => {
    const json = JSON.stringify(note)
    noteJson.push(json)
    sources += `${id === 0 ? '' : ','}{"id":${id},"note":${json}}`
  })
  const full = detail === 'full'
  let series = ''
  for (const { country, points } of countries) {
    const common = commonNote(points)
    let out = ''
    for (const p of points) {
      // Ids in order of first use, as toSeries numbers them.
      const id = idOf(p.sourceNote)
      out +=
        (out === '' ? '{"period":' : ',{"period":') +
        jsonText(p.period) +
        ',"year":' +
        jsonNumber(p.year) +
        ',"value":' +
        jsonNumber(p.value) +
        ',"estimate":' +
        String(p.estimate) +
        ',"provisional":' +
        String(p.provisional) +
        ',"breakInSeries":' +
        String(p.breakInSeries) +
        ',"derived":' +
        String(p.derived)
      if (p.sourceNote !== common) out += `,"sourceId":${id === null ? 'null' : String(id)}`
      if (full) out += `,"sourceNote":${id === null ? 'null' : (noteJson[id] ?? 'null')}`
      out += '}'
    }
    const commonId = idOf(common)
    series += `${series === '' ? '' : ','}{"country":${jsonText(country)},"sourceId":${commonId === null ? 'null' : String(commonId)},"points":[${out}]}`
  }
  return `{"indicator":${JSON.stringify(indicator)},"asOf":${asOf === null ? 'null' : JSON.stringify(asOf)},"sources":[${sources}],"series":[${series}]}`
}
