/**
 * A cell's text → a number, or the reason it is not one. Accepted: an optional sign, digits with an
 * optional decimal point, an optional exponent (the World Bank writes 2.00217899331626E-06), and
 * nothing else. The number is what JavaScript parses (a double keeps 15 significant digits exactly,
 * and up to 17 round-trip); more than 17 significant digits cannot be kept and is refused.
 * Refused with a reason: missing-value markers ("..", "n/a"), a comma (1,234 is a thousands separator
 * in English and a decimal comma in French and Spanish: ambiguous), spaces, units, NaN and infinities.
 */

export type ValueResult = { ok: true; value: number } | { ok: false; reason: string }

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const MISSING = new Set(['..', '...', 'n/a', 'na', 'nan', 'null', 'none', '-', '–', '—', ':', 'x', '#n/a', '#value!', '#div/0!', '#ref!'])
export const MAX_SIGNIFICANT_DIGITS = 17

export function parseValue(raw: string): ValueResult {
  const text = raw.trim()
  if (text === '') return { ok: false, reason: 'the value is empty' }
  if (NUMBER.test(text)) {
    const digits = significantDigits(text)
    if (digits > MAX_SIGNIFICANT_DIGITS) {
      return { ok: false, reason: `"${text}" has ${digits} significant digits: at most ${MAX_SIGNIFICANT_DIGITS} can be kept` }
    }
    const value = Number(text)
    if (!Number.isFinite(value)) return { ok: false, reason: `"${text}" is too large to be kept as a number` }
    return { ok: true, value: Object.is(value, -0) ? 0 : value }
  }
  const lower = text.toLowerCase()
  if (MISSING.has(lower)) return { ok: false, reason: `"${text}" marks a missing value, not a number` }
  if (lower === 'infinity' || lower === '+infinity' || lower === '-infinity' || lower === 'inf') {
    return { ok: false, reason: `"${text}" is not a finite number` }
  }
  if (/^[+-]?[\d.]*,[\d.,]*$/.test(text) && /\d/.test(text)) {
    return { ok: false, reason: `"${text}" has a comma: a thousands separator or a decimal comma is ambiguous (write 1234.5)` }
  }
  if (/^[+-]?[\d.]+(\s[\d.]+)+$/.test(text)) {
    return { ok: false, reason: `"${text}" has spaces between digits (write the number without separators)` }
  }
  return { ok: false, reason: `"${text}" is not a number` }
}

/** Digits of the mantissa from its first to its last non-zero digit (27720709000000 has 8). */
function significantDigits(text: string): number {
  const mantissa = text.replace(/^[+-]/, '').replace(/[eE].*$/, '').replace('.', '')
  return mantissa.replace(/^0+/, '').replace(/0+$/, '').length
}
