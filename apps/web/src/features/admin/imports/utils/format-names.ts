/** The layouts as the page names them: the ones @nap/imports reads, any other as "other". */
export const FORMAT_KEYS = ['tidy', 'wdi', 'wdi-zip', 'oecd', 'sdmx', 'xlsx', 'other'] as const
export type FormatKey = (typeof FORMAT_KEYS)[number]

export function formatKey(format: string): FormatKey {
  return FORMAT_KEYS.find((key) => key === format && key !== 'other') ?? 'other'
}
