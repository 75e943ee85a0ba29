/**
 * A small, strict XML 1.0 reader for the tests (no package needed): it checks that a document is
 * well-formed (one root, matching tags, quoted and unique attributes, known entities, no `<` or `&`
 * unescaped, only allowed characters) and returns its element tree. No DTDs, no processing beyond
 * the XML declaration, no namespaces resolution (names are kept as written).
 */

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** The element's own text (entities decoded), children's text excluded. */
  text: string
}

export class XmlError extends Error {}

const NAME = /^[A-Za-z_][\w.:-]*/
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const BAD_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new XmlError(`unescaped < at ${String(where)}`)
  return raw.replace(/&([^;&\s]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new XmlError(`unterminated entity "${match}" at ${String(where)}`)
    if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)))
    if (/^#x[0-9a-fA-F]+$/.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16))
    const value = ENTITIES[name]
    if (value === undefined) throw new XmlError(`unknown entity &${name}; at ${String(where)}`)
    return value
  })
}

export function parseXml(doc: string): XmlElement {
  if (BAD_CHAR.test(doc)) throw new XmlError('a character XML does not allow')
  let i = 0
  const declaration = /^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z][\w.-]*")?(\s+standalone="(yes|no)")?\s*\?>/.exec(doc)
  if (declaration) i = declaration[0].length
  const stack: XmlElement[] = []
  let root: XmlElement | null = null

  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(doc.slice(i))
      i += ws?.[0].length ?? 0
      if (doc.startsWith('<!--', i)) {
        const end = doc.indexOf('-->', i + 4)
        if (end < 0) throw new XmlError('unterminated comment')
        i = end + 3
      } else return
    }
  }

  skipMisc()
  while (i < doc.length) {
    const parent = stack.at(-1)
    if (doc.startsWith('<!--', i)) {
      const end = doc.indexOf('-->', i + 4)
      if (end < 0 || doc.slice(i + 4, end).includes('--')) throw new XmlError(`bad comment at ${String(i)}`)
      i = end + 3
    } else if (doc.startsWith('<![CDATA[', i)) {
      if (!parent) throw new XmlError('CDATA outside the root element')
      const end = doc.indexOf(']]>', i)
      if (end < 0) throw new XmlError('unterminated CDATA')
      parent.text += doc.slice(i + 9, end)
      i = end + 3
    } else if (doc.startsWith('</', i)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(doc.slice(i))
      if (!m) throw new XmlError(`bad end tag at ${String(i)}`)
      const open = stack.pop()
      if (!open || open.name !== m[1]) throw new XmlError(`</${m[1] ?? ''}> closes <${open?.name ?? 'nothing'}> at ${String(i)}`)
      i += m[0].length
      if (stack.length === 0) {
        skipMisc()
        if (i < doc.length) throw new XmlError(`content after the root element at ${String(i)}`)
      }
    } else if (doc.startsWith('<', i)) {
      if (root && stack.length === 0) throw new XmlError('a second root element')
      const name = NAME.exec(doc.slice(i + 1))?.[0]
      if (!name) throw new XmlError(`bad start tag at ${String(i)}`)
      i += 1 + name.length
      const el: XmlElement = { name, attributes: {}, children: [], text: '' }
      for (;;) {
        const m = /^(\s+)([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(doc.slice(i))
        if (!m) break
        const attr = m[2] ?? ''
        if (attr in el.attributes) throw new XmlError(`duplicate attribute ${attr} at ${String(i)}`)
        el.attributes[attr] = decode(m[4] ?? m[5] ?? '', i)
        i += m[0].length
      }
      const end = /^\s*(\/?)>/.exec(doc.slice(i))
      if (!end) throw new XmlError(`bad start tag <${name}> at ${String(i)}`)
      i += end[0].length
      if (parent) parent.children.push(el)
      else root = el
      if (end[1] !== '/') stack.push(el)
      else if (stack.length === 0) {
        skipMisc()
        if (i < doc.length) throw new XmlError(`content after the root element at ${String(i)}`)
      }
    } else {
      if (!parent) throw new XmlError(`text outside the root element at ${String(i)}`)
      const next = doc.indexOf('<', i)
      const raw = doc.slice(i, next < 0 ? doc.length : next)
      if (raw.includes(']]>')) throw new XmlError(`]]> in text at ${String(i)}`)
      parent.text += decode(raw, i)
      i += raw.length
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack.at(-1)?.name ?? ''}> is not closed`)
  if (!root) throw new XmlError('no root element')
  return root
}

/** The children of `el` named `name`. */
export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name)

/** The one child named `name` (throws when there is none or several). */
export function child(el: XmlElement, name: string): XmlElement {
  const found = childrenNamed(el, name)
  if (found.length !== 1 || !found[0]) throw new XmlError(`<${el.name}> has ${String(found.length)} <${name}>`)
  return found[0]
}
