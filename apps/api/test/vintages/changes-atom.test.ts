import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Change } from '@nap/schemas'
import { buildTestApp, type TestApp } from '../helper.ts'
import { changeTitle, escapeXml } from '../../src/routes/api/changes-atom.ts'
import { addUser, applyChange } from './fixtures.ts'
import { child, childrenNamed, parseXml, type XmlElement } from './xml.ts'

let t: TestApp
const NASTY_REASON = 'INEGI <b>revision</b> & "fix" \'2\'\u0001 — ñ'

beforeAll(async () => {
  t = await buildTestApp()
  const ana = { id: addUser(t.db, 'Ana <López> & Co', 'ana.lopez@example.org'), email: 'ana.lopez@example.org' }
  applyChange(t.db, {
    slug: 'unemployment-rate', country: 'MEX', period: '2023', value: 3.4, action: 'update', at: '2031-05-01T09:00:00.000Z',
    reason: NASTY_REASON, user: ana, flips: [{ slug: 'unemployment-rate', country: 'MEX', from: 'achieved', to: 'on_track' }],
  })
  applyChange(t.db, {
    slug: 'gdp-per-capita-ppp', country: 'USA', period: '2020', value: 67000, action: 'update', at: '2031-05-02T09:00:00.000Z',
    reason: 'BEA benchmark revision', user: ana,
  })
})
afterAll(() => t.app.close())

async function feed(query = ''): Promise<{ status: number; type: string | undefined; root: XmlElement; body: string }> {
  const res = await t.app.inject({ method: 'GET', url: `/api/changes.atom${query}`, headers: { host: 'monitor.example.org' } })
  const type = res.headers['content-type']
  return { status: res.statusCode, type: typeof type === 'string' ? type : undefined, root: parseXml(res.body), body: res.body }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

describe('GET /api/changes.atom', () => {
  test('is a well-formed Atom 1.0 feed with the required feed elements', async () => {
    const { status, type, root } = await feed()
    expect(status).toBe(200)
    expect(type).toBe('application/atom+xml; charset=utf-8')
    expect(root.name).toBe('feed')
    expect(root.attributes['xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(child(root, 'id').text).toBe('tag:thenorthamericanproject.com,2026:goal-monitor:changes')
    expect(child(root, 'title').text).toBe('North American Project — Goal Monitor: what changed')
    expect(child(root, 'updated').text).toBe('2031-05-02T09:00:00.000Z')
    expect(child(child(root, 'author'), 'name').text).not.toBe('')
    const links = childrenNamed(root, 'link').map((l) => [l.attributes['rel'], l.attributes['href']])
    expect(links).toEqual([
      ['self', 'http://monitor.example.org/api/changes.atom'],
      ['alternate', 'http://monitor.example.org/changes'],
    ])
  })

  test('has one entry per change with id, updated, title, author, summary and a link to the indicator page', async () => {
    const { root } = await feed()
    const entries = childrenNamed(root, 'entry')
    expect(entries).toHaveLength(2)
    const [gdp, unemployment] = entries
    if (!gdp || !unemployment) throw new Error('two entries expected')
    for (const e of entries) {
      expect(child(e, 'id').text).toMatch(/^tag:thenorthamericanproject\.com,2026:goal-monitor:revision:\d+$/)
      expect(child(e, 'updated').text).toMatch(RFC3339)
    }
    expect(new Set(entries.map((e) => child(e, 'id').text)).size).toBe(2)
    expect(child(unemployment, 'title').text).toBe('Unemployment rate, Mexico, 2023: 2.765 → 3.4')
    expect(child(unemployment, 'updated').text).toBe('2031-05-01T09:00:00.000Z')
    expect(child(unemployment, 'link').attributes).toEqual({
      rel: 'alternate',
      type: 'text/html',
      href: 'http://monitor.example.org/indicators/unemployment-rate?countries=MEX',
    })
    expect(child(child(unemployment, 'author'), 'name').text).toBe('Ana <López> & Co')
    expect(child(unemployment, 'summary').text).toBe(
      'update by Ana <López> & Co. Reason: INEGI <b>revision</b> & "fix" \'2\' — ñ Status: unemployment-rate Mexico: achieved → on track.',
    )
    expect(child(gdp, 'link').attributes['href']).toBe('http://monitor.example.org/indicators/gdp-per-capita-ppp?countries=USA')
    expect(child(gdp, 'summary').text).toContain('No status changed.')
  })

  test('escapes markup in the data instead of passing it through', async () => {
    const { body } = await feed()
    expect(body).not.toContain('<b>')
    expect(body).toContain('INEGI &lt;b&gt;revision&lt;/b&gt; &amp; &quot;fix&quot; &apos;2&apos;')
    expect(body).not.toContain('\u0001')
  })

  test('takes the same filters as /api/changes; a filtered feed has its own id; rel="next" pages', async () => {
    const filtered = await feed('?indicator=unemployment-rate')
    expect(childrenNamed(filtered.root, 'entry')).toHaveLength(1)
    expect(child(filtered.root, 'id').text).toBe('tag:thenorthamericanproject.com,2026:goal-monitor:changes?indicator=unemployment-rate')
    const paged = await feed('?limit=1')
    const next = childrenNamed(paged.root, 'link').find((l) => l.attributes['rel'] === 'next')?.attributes['href'] ?? ''
    expect(next).toMatch(/^http:\/\/monitor\.example\.org\/api\/changes\.atom\?limit=1&cursor=[\w-]+$/)
    const older = await feed(new URL(next).search)
    expect(childrenNamed(older.root, 'entry').map((e) => child(e, 'title').text)).toEqual([
      'Unemployment rate, Mexico, 2023: 2.765 → 3.4',
    ])
  })

  test('an empty feed is still valid (updated present, no entries)', async () => {
    const { status, root } = await feed('?until=2000-01-01')
    expect(status).toBe(200)
    expect(childrenNamed(root, 'entry')).toEqual([])
    expect(child(root, 'updated').text).toMatch(RFC3339)
  })

  test('a bad filter is a JSON 400 naming it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/changes.atom?country=XX' })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'validation_error', issues: [{ field: 'country' }] })
  })
})

describe('Atom text', () => {
  test.each([
    ['a & b', 'a &amp; b'],
    ['<tag attr="x">', '&lt;tag attr=&quot;x&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['emoji 📈 and ñ', 'emoji 📈 and ñ'],
  ])('escapeXml(%j)', (input, expected) => {
    expect(escapeXml(input)).toBe(expected)
  })

  const base: Change = {
    id: 1, at: '2031-01-01T00:00:00.000Z', action: 'update', indicator: { slug: 'x', name: { en: 'GDP', es: 'PIB', fr: 'PIB' } },
    country: 'USA', period: '2024', oldValue: 1, newValue: 2, deleted: false,
    flags: { estimate: false, provisional: false, breakInSeries: false }, reason: 'r', author: 'a', statusFlip: null, statusFlips: [],
  }
  test.each<[string, Partial<Change>, string]>([
    ['a correction', {}, 'GDP, United States, 2024: 1 → 2'],
    ['a new point', { action: 'create', oldValue: null }, 'GDP, United States, 2024: new → 2'],
    ['a deletion', { action: 'delete', newValue: null, deleted: true }, 'GDP, United States, 2024: 1 → deleted'],
  ])('the title of %s', (_name, patch, title) => {
    expect(changeTitle({ ...base, ...patch }, () => 'United States')).toBe(title)
  })
})
