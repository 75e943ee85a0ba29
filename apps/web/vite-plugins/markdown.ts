/**
 * Markdown pages rendered to HTML at build time (no Markdown parser in the bundle):
 * `import html from './page.en.md?html'` is a string of trusted HTML, rendered by marked with
 *
 * - heading ids from a trailing `{#id}` (`## Notation {#notation}`); every `##` needs one, and gets
 *   `tabindex="-1"` so an in-page link moves focus to it;
 * - one `<section aria-labelledby="id">` per `##` heading;
 * - a table of contents of the `##` headings where the page has `<!-- toc -->` (inside its own `<nav>`);
 * - fenced blocks written ```` ```formula Label of the block ````: a labelled, focusable, scrollable
 *   region holding `<pre><code>`;
 * - tables with `scope="col"` header cells and a row-header (`<th scope="row">`) first column, class
 *   `data-table`;
 * - `<span data-status-chip="on_track">on track</span>` emptied: the page draws the dashboard's status
 *   chip there (the words are for readers of the Markdown);
 * - HTML comments (notes to the editors) left out.
 *
 * Raw HTML in the Markdown is kept as written: the files are part of the repository, not user input.
 */
import { readFile } from 'node:fs/promises'
import { Marked, type Token, type Tokens } from 'marked'
import type { Plugin } from 'vite'

const QUERY = '?html'
const HEADING_ID = /\s*\{#([a-z][a-z0-9-]*)\}\s*$/
const TOC_MARKER = '<!-- toc -->'
const COMMENT = /<!--[\s\S]*?-->\n?/g
const STATUS_CHIP = /(<span\b[^>]*\bdata-status-chip="[a-z_]+"[^>]*>)[^<]*(<\/span>)/g

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}

interface Heading {
  depth: number
  id: string | null
  html: string
}

function isHeading(token: Token): token is Tokens.Heading {
  return token.type === 'heading'
}

/** Takes the `{#id}` off the end of a heading's last inline token; returns the id (or null). */
function takeHeadingId(token: Tokens.Heading): string | null {
  const match = HEADING_ID.exec(token.text)
  if (!match) return null
  const last = token.tokens.at(-1)
  if (last?.type !== 'text' || !('text' in last) || typeof last.text !== 'string' || !HEADING_ID.test(last.text)) {
    throw new Error(`markdown: the id of heading "${token.text}" must follow plain text`)
  }
  last.text = last.text.replace(HEADING_ID, '')
  last.raw = last.raw.replace(HEADING_ID, '')
  token.text = token.text.replace(HEADING_ID, '')
  return match[1] ?? null
}

/** Renders one Markdown document (see the module comment for what is added to plain Markdown). */
export function renderMarkdown(source: string, file = 'markdown'): string {
  const ids = new WeakMap<Tokens.Heading, string>()
  const headings: Heading[] = []
  const fail = (message: string): never => {
    throw new Error(`${file}: ${message}`)
  }

  const marked = new Marked({
    gfm: true,
    async: false,
    walkTokens(token) {
      if (!isHeading(token)) return
      const id = takeHeadingId(token)
      if (id !== null) ids.set(token, id)
    },
    renderer: {
      heading(token) {
        const html = this.parser.parseInline(token.tokens)
        const id = ids.get(token) ?? null
        if (token.depth === 2 && id === null) fail(`the heading "${token.text}" needs an id: "## ${token.text} {#some-id}"`)
        if (id !== null && headings.some((heading) => heading.id === id)) fail(`the heading id "${id}" is used twice`)
        headings.push({ depth: token.depth, id, html })
        const idAttribute = id === null ? '' : ` id="${id}" tabindex="-1"`
        return `<h${token.depth}${idAttribute}>${html}</h${token.depth}>\n`
      },
      code({ text, lang }) {
        const [kind, ...words] = (lang ?? '').trim().split(/\s+/)
        if (kind !== 'formula' || words.length === 0) {
          fail(`a fenced block must start with \`\`\`formula <label> (got "${lang ?? ''}")`)
        }
        const label = escapeHtml(words.join(' '))
        return `<div class="formula" role="region" aria-label="${label}" tabindex="0"><pre><code>${escapeHtml(text)}</code></pre></div>\n`
      },
      table(token) {
        const cell = (tag: 'th' | 'td', content: Tokens.TableCell, scope: 'col' | 'row' | null): string => {
          const align = content.align === null ? '' : ` style="text-align: ${content.align}"`
          const scopeAttribute = scope === null ? '' : ` scope="${scope}"`
          return `<${tag}${scopeAttribute}${align}>${this.parser.parseInline(content.tokens)}</${tag}>`
        }
        const head = token.header.map((content) => cell('th', content, 'col')).join('')
        const rows = token.rows
          .map((row) => `<tr>${row.map((content, index) => (index === 0 ? cell('th', content, 'row') : cell('td', content, null))).join('')}</tr>`)
          .join('\n')
        return `<table class="data-table">\n<thead>\n<tr>${head}</tr>\n</thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n`
      },
    },
  })

  const body = marked.parse(source, { async: false })
  const sections = headings.filter((heading) => heading.depth === 2)
  const [intro = '', ...parts] = body.split(/(?=<h2 id=")/)
  if (parts.length !== sections.length) fail('write level-2 headings in Markdown (##), not as raw HTML')
  const wrapped = parts.map((part, index) => `<section aria-labelledby="${sections[index]?.id ?? ''}">\n${part}</section>\n`)
  const toc = `<ol>\n${sections.map((heading) => `<li><a href="#${heading.id ?? ''}">${heading.html}</a></li>`).join('\n')}\n</ol>`
  return (intro + wrapped.join(''))
    .replace(TOC_MARKER, toc)
    .replace(COMMENT, '')
    .replace(STATUS_CHIP, '$1$2')
}

/** Vite (and Vitest) plugin: `*.md?html` imports are the rendered HTML as a default-exported string. */
export function markdownHtml(): Plugin {
  return {
    name: 'nap:markdown-html',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(`.md${QUERY}`)) return null
      const file = id.slice(0, -QUERY.length)
      this.addWatchFile(file)
      const html = renderMarkdown(await readFile(file, 'utf8'), file)
      return { code: `export default ${JSON.stringify(html)}\n`, map: null }
    },
  }
}
