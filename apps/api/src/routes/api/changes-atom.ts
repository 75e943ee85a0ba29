/**
 * The change feed as an Atom 1.0 document (RFC 4287), so that a feed reader can subscribe to "what
 * changed". Pure: the route hands over the changes, the absolute URLs and the names to show.
 */
import type { Change, StatusFlip } from '@nap/schemas'

/** The tag: URI authority of every id in the feed (RFC 4151); stable across hosts and deployments. */
export const TAG_AUTHORITY = 'thenorthamericanproject.com,2026:goal-monitor'

export interface AtomFeedInput {
  changes: readonly Change[]
  /** Absolute URL of this document (the request's own URL). */
  selfUrl: string
  /** Absolute URL of the next (older) page, if there is one. */
  nextUrl: string | null
  /** Scheme and host of the site, e.g. `https://monitor.example.org`, for the pages the entries link to. */
  origin: string
  /** The filters of this feed in a canonical form (part of the feed id: a filtered feed is another feed). */
  filterKey: string
  /** The feed's `updated` when it has no entry. */
  emptyUpdated: string
  countryName: (code: string) => string
  statusName: (status: string) => string
}

/** Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

const valueText = (v: number | null, none: string) => (v === null ? none : String(v))

/** "Unemployment rate, Mexico, 2026: 2.7 → 2.9" (new point: "new → 2.9"; deletion: "2.9 → deleted"). */
export function changeTitle(c: Change, countryName: (code: string) => string): string {
  const before = valueText(c.oldValue, 'new')
  const after = c.deleted ? 'deleted' : valueText(c.newValue, 'none')
  return `${c.indicator.name.en}, ${countryName(c.country)}, ${c.period}: ${before} → ${after}`
}

function flipText(f: StatusFlip, input: Pick<AtomFeedInput, 'countryName' | 'statusName'>): string {
  return `${f.indicator} ${input.countryName(f.country)}: ${input.statusName(f.from)} → ${input.statusName(f.to)}`
}

/** The entry's text: action, reason, author and the statuses the change moved. */
export function changeSummary(c: Change, input: Pick<AtomFeedInput, 'countryName' | 'statusName'>): string {
  const flips = c.statusFlips.length === 0 ? 'No status changed.' : `Status: ${c.statusFlips.map((f) => flipText(f, input)).join('; ')}.`
  return `${c.action} by ${c.author}. Reason: ${c.reason} ${flips}`
}

export function indicatorPageUrl(origin: string, c: Pick<Change, 'indicator' | 'country'>): string {
  return `${origin}/indicators/${encodeURIComponent(c.indicator.slug)}?countries=${encodeURIComponent(c.country)}`
}

export function changesAtom(input: AtomFeedInput): string {
  const e = escapeXml
  const updated = input.changes[0]?.at ?? input.emptyUpdated
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${e(`tag:${TAG_AUTHORITY}:changes${input.filterKey === '' ? '' : `?${input.filterKey}`}`)}</id>`,
    '  <title>North American Project — Goal Monitor: what changed</title>',
    '  <subtitle>Every value people entered, corrected, deleted or restored, with the reason and the statuses it moved</subtitle>',
    `  <updated>${e(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(input.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(`${input.origin}/changes`)}"/>`,
    ...(input.nextUrl === null ? [] : [`  <link rel="next" type="application/atom+xml" href="${e(input.nextUrl)}"/>`]),
    '  <author><name>The North American Project — Goal Monitor</name></author>',
    '  <generator>Goal Monitor API</generator>',
    '  <rights>Data: World Bank WDI (CC BY 4.0), U.S. Census Bureau via CSIS, The North American Project</rights>',
  ]
  for (const c of input.changes) {
    lines.push(
      '  <entry>',
      `    <id>${e(`tag:${TAG_AUTHORITY}:revision:${String(c.id)}`)}</id>`,
      `    <title>${e(changeTitle(c, input.countryName))}</title>`,
      `    <updated>${e(c.at)}</updated>`,
      `    <published>${e(c.at)}</published>`,
      `    <author><name>${e(c.author)}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${e(indicatorPageUrl(input.origin, c))}"/>`,
      `    <category term="${e(c.action)}"/>`,
      `    <summary type="text">${e(changeSummary(c, input))}</summary>`,
      '  </entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}
