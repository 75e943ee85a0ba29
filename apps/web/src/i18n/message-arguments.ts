/**
 * The arguments of an ICU message, read from the FormatJS parser's syntax tree: what a translator must
 * keep when translating (messages.test.ts compares them across languages).
 */
import { createIntl, type MessageFormatElement } from 'react-intl'

export type ArgumentKind = 'plain' | 'plural' | 'select'

export interface MessageArgument {
  name: string
  kind: ArgumentKind
}

const parser = createIntl({ locale: 'en-US', messages: {} })

/** The syntax tree of `message`; throws a SyntaxError naming the problem when it does not parse. */
export function parseMessage(message: string): MessageFormatElement[] {
  return parser.formatters.getMessageFormat(message, parser.locale).getAst()
}

// The parser's code for plain text (TYPE.literal in @formatjs/icu-messageformat-parser, which react-intl
// re-exports only as types).
const LITERAL: MessageFormatElement['type'] = 0

function collect(elements: readonly MessageFormatElement[], found: Map<string, ArgumentKind>): void {
  for (const element of elements) {
    if ('options' in element) {
      found.set(element.value, 'pluralType' in element ? 'plural' : 'select')
      for (const option of Object.values(element.options)) collect(option.value, found)
    } else if ('children' in element) {
      collect(element.children, found)
    } else if ('value' in element && element.type !== LITERAL) {
      if (!found.has(element.value)) found.set(element.value, 'plain')
    }
  }
}

/** Every argument of `message` once, sorted by name; `#` inside a plural is not an argument of its own. */
export function messageArguments(message: string): MessageArgument[] {
  const found = new Map<string, ArgumentKind>()
  collect(parseMessage(message), found)
  return [...found].map(([name, kind]) => ({ name, kind })).sort((a, b) => a.name.localeCompare(b.name))
}
