/**
 * Flag cells → flag names. The codes of SDMX's OBS_STATUS code list and of OECD.Stat's "Flag Codes"
 * E (estimated), P (provisional) and B (break in series) are the project's three flags; the tidy layout
 * may also spell them out. "A" (normal value) is no flag. Any other code (F forecast, D definition
 * differs, …) is kept as written, so a verdict can say it was not applied.
 */
import { FLAG_NAMES, type FlagName } from './types.ts'

const BY_CODE = new Map<string, FlagName>([
  ['e', 'estimate'],
  ['estimate', 'estimate'],
  ['estimated', 'estimate'],
  ['p', 'provisional'],
  ['provisional', 'provisional'],
  ['b', 'breakInSeries'],
  ['break', 'breakInSeries'],
  ['breakinseries', 'breakInSeries'],
])
const NORMAL = new Set(['a', 'normal'])

/** The flags of one cell, which may list several (separated by ; | , or spaces). */
export function parseFlags(cell: string): string[] {
  const out: string[] = []
  const whole = keyOf(cell)
  const tokens = BY_CODE.has(whole) || NORMAL.has(whole) ? [cell] : cell.split(/[;|,]|\s+/)
  for (const token of tokens) {
    const text = token.trim()
    const key = keyOf(text)
    if (text === '' || NORMAL.has(key)) continue
    const name = BY_CODE.get(key) ?? text
    if (!out.includes(name)) out.push(name)
  }
  return out
}

function keyOf(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, '')
}

export function isFlagName(value: string): value is FlagName {
  return FLAG_NAMES.some((f) => f === value)
}
