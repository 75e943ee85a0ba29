const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    return leap ? 29 : 28
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * The year of an ISO 'YYYY-MM-DD' assessment date. Values observed after this year are ignored.
 * Throws on anything that is not a real calendar date in that format.
 */
export function asOfYear(asOf: string): number {
  const match = ISO_DATE.exec(asOf)
  if (match === null) throw new Error(`Invalid asOf date "${asOf}" (expected YYYY-MM-DD)`)
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`Invalid asOf date "${asOf}" (no such calendar day)`)
  }
  return year
}
