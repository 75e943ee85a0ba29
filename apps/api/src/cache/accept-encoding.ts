/**
 * Which content coding to answer with, from the request's Accept-Encoding (RFC 9110 §12.5.3):
 * brotli, then gzip, then none; a coding with q=0 is refused, `*` stands for any coding not named,
 * and `identity` is acceptable unless refused (by `identity;q=0`, or `*;q=0` without naming it).
 */
export const ENCODINGS = ['br', 'gzip'] as const
export type Encoding = (typeof ENCODINGS)[number] | 'identity'

function weights(header: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim())
    if (name === '') continue
    let q = 1
    for (const p of params) {
      const m = /^q=([0-9](?:\.[0-9]{0,3})?)$/i.exec(p)
      if (m?.[1] !== undefined) q = Math.min(1, Number(m[1]))
    }
    out.set(name.toLowerCase(), q)
  }
  return out
}

/** The coding to use; `null` when not even identity is acceptable (the caller sends identity anyway). */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (header === undefined || header.trim() === '') return 'identity'
  const w = weights(header)
  const star = w.get('*')
  let best: Encoding | null = null
  let bestQ = 0
  for (const e of ENCODINGS) {
    const q = w.get(e) ?? star ?? 0
    if (q > bestQ) {
      best = e
      bestQ = q
    }
  }
  if (best !== null) return best
  const identity = w.get('identity') ?? (star === 0 ? 0 : 1)
  return identity > 0 ? 'identity' : null
}
