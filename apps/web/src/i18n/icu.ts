/**
 * ICU MessageFormat for the catalogs' subset, in about 1 KB instead of FormatJS's 15 KB (gzipped) on
 * every page: text, `{name}`, `{n, plural, …}` and `{n, selectordinal, …}` (with `=2` exact forms,
 * `offset:`, and `#` for the number), `{key, select, …}`, and ICU apostrophe quoting. It formats as
 * FormatJS (react-intl) does: icu.test.ts formats every message of every catalog with both and
 * requires the same text. Anything else (number/date styles, rich-text tags) is a syntax error here.
 */

export type IcuValues = Readonly<Record<string, string | number>>

export type IcuNode =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural'; name: string; ordinal: boolean; offset: number; options: Readonly<Record<string, readonly IcuNode[]>> }
  | { kind: 'select'; name: string; options: Readonly<Record<string, readonly IcuNode[]>> }

const SPACE = /\s/
const QUOTE_STARTERS = '{}<>'

/** Parses `message`; throws a SyntaxError naming the problem and its offset. */
export function parseIcu(message: string): IcuNode[] {
  let at = 0
  const fail = (problem: string): never => {
    throw new SyntaxError(`${problem} at offset ${at} of ${JSON.stringify(message)}`)
  }
  const skipSpace = () => {
    while (at < message.length && SPACE.test(message.charAt(at))) at += 1
  }
  const word = (): string => {
    const start = at
    while (at < message.length && !SPACE.test(message.charAt(at)) && !'{},#'.includes(message.charAt(at))) at += 1
    return message.slice(start, at)
  }
  const expect = (char: string) => {
    if (message.charAt(at) !== char) fail(`expected "${char}"`)
    at += 1
  }

  /** Nodes up to the end of the message or the `}` that closes an option (not consumed). */
  const nodes = (inPlural: boolean, nested: boolean): IcuNode[] => {
    const out: IcuNode[] = []
    let text = ''
    const flush = () => {
      if (text) out.push(text)
      text = ''
    }
    while (at < message.length) {
      const char = message.charAt(at)
      if (char === "'") {
        const next = message.charAt(at + 1)
        if (next === "'") {
          text += "'"
          at += 2
        } else if (QUOTE_STARTERS.includes(next) || (inPlural && next === '#')) {
          // Quoted literal up to the next lone apostrophe ('' inside stands for one).
          at += 1
          while (at < message.length) {
            if (message.charAt(at) === "'") {
              if (message.charAt(at + 1) === "'") {
                text += "'"
                at += 2
                continue
              }
              at += 1
              break
            }
            text += message.charAt(at)
            at += 1
          }
        } else {
          text += "'"
          at += 1
        }
      } else if (char === '{') {
        flush()
        out.push(argument(inPlural))
      } else if (char === '}') {
        if (nested) break
        fail('unmatched "}"')
      } else if (char === '#' && inPlural) {
        flush()
        out.push({ kind: 'pound' })
        at += 1
      } else if (char === '<' && /[a-zA-Z]/.test(message.charAt(at + 1))) {
        fail('rich-text tags are not supported')
      } else {
        text += char
        at += 1
      }
    }
    flush()
    return out
  }

  const options = (inPlural: boolean, allowExact: boolean): Record<string, IcuNode[]> => {
    const out: Record<string, IcuNode[]> = {}
    skipSpace()
    while (at < message.length && message.charAt(at) !== '}') {
      const selector = word()
      if (!selector) fail('expected an option selector')
      if (selector.startsWith('=') && (!allowExact || !/^=-?\d+(\.\d+)?$/.test(selector))) fail(`invalid selector "${selector}"`)
      if (Object.hasOwn(out, selector)) fail(`duplicate selector "${selector}"`)
      skipSpace()
      expect('{')
      out[selector] = nodes(inPlural, true)
      expect('}')
      skipSpace()
    }
    if (!Object.hasOwn(out, 'other')) fail('missing the "other" option')
    return out
  }

  const argument = (inPlural: boolean): IcuNode => {
    expect('{')
    skipSpace()
    const name = word()
    if (!name) fail('expected an argument name')
    skipSpace()
    if (message.charAt(at) === '}') {
      at += 1
      return { kind: 'arg', name }
    }
    expect(',')
    skipSpace()
    const type = word()
    skipSpace()
    expect(',')
    skipSpace()
    let node: IcuNode
    if (type === 'plural' || type === 'selectordinal') {
      let offset = 0
      const offsetMatch = /^offset:\s*(\d+)/.exec(message.slice(at))
      if (offsetMatch) {
        offset = Number(offsetMatch[1])
        at += offsetMatch[0].length
      }
      node = { kind: 'plural', name, ordinal: type === 'selectordinal', offset, options: options(true, true) }
    } else if (type === 'select') {
      node = { kind: 'select', name, options: options(inPlural, false) }
    } else {
      return fail(`unsupported argument type "${type}"`)
    }
    expect('}')
    return node
  }

  const parsed = nodes(false, false)
  return parsed
}

const numberFormats = new Map<string, Intl.NumberFormat>()
const pluralRules = new Map<string, Intl.PluralRules>()

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale)
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)))
  return format
}

function rules(locale: string, ordinal: boolean): Intl.PluralRules {
  const key = `${locale}|${ordinal ? 'o' : 'c'}`
  let found = pluralRules.get(key)
  if (!found) pluralRules.set(key, (found = new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' })))
  return found
}

function pick(options: Readonly<Record<string, readonly IcuNode[]>>, key: string): readonly IcuNode[] | undefined {
  return Object.hasOwn(options, key) ? options[key] : undefined
}

/** Writes parsed nodes with `values` in `locale` (a BCP 47 tag); throws when a value is missing. */
export function formatIcuNodes(nodes: readonly IcuNode[], locale: string, values: IcuValues = {}, pound?: number): string {
  let out = ''
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node
      continue
    }
    if (node.kind === 'pound') {
      if (pound !== undefined) out += numberFormat(locale).format(pound)
      continue
    }
    if (!Object.hasOwn(values, node.name)) throw new Error(`The value of "${node.name}" is missing`)
    const value = values[node.name] ?? ''
    if (node.kind === 'arg') {
      out += String(value)
    } else if (node.kind === 'select') {
      // As FormatJS: `#` means nothing inside a select, even one inside a plural.
      out += formatIcuNodes(pick(node.options, String(value)) ?? node.options['other'] ?? [], locale, values)
    } else {
      const number = Number(value) - node.offset
      const chosen = pick(node.options, `=${value}`) ?? pick(node.options, rules(locale, node.ordinal).select(number)) ?? node.options['other'] ?? []
      out += formatIcuNodes(chosen, locale, values, number)
    }
  }
  return out
}

const parsedMessages = new Map<string, IcuNode[]>()

/** Parses (once per message) and formats `message`; throws on a syntax error or a missing value. */
export function formatIcuMessage(message: string, locale: string, values?: IcuValues): string {
  let nodes = parsedMessages.get(message)
  if (!nodes) parsedMessages.set(message, (nodes = parseIcu(message)))
  return formatIcuNodes(nodes, locale, values)
}
