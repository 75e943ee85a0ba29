import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ChangePage, RevisionPage, Series } from '@nap/schemas'
import { buildTestApp, getJson, type TestApp } from '../helper.ts'
import { authHeaders, signIn, type SignedIn } from '../auth-helper.ts'
import { parseXml, childrenNamed, child } from './xml.ts'

// The same story as series-as-of.test.ts, end to end: an editor corrects a value three times
// through the admin API (real clock), and the public record reads each state back.
let t: TestApp
let editor: SignedIn
let seeded: number
const POINT = '/api/admin/indicators/unemployment-rate/observations/MEX/2023'
const SERIES = '/api/indicators/unemployment-rate/series?countries=MEX'
const CORRECTIONS = [
  { value: 2.9, flags: { estimate: true }, reason: 'INEGI first estimate' },
  { value: 2.85, flags: { estimate: false, provisional: true }, reason: 'INEGI revision' },
  { value: 2.81, flags: { provisional: false }, reason: 'INEGI final figure' },
]

const valueAt = async (asOf: string) =>
  (await getJson<Series>(t.app, `${SERIES}&asOf=${asOf}`)).body.series[0]?.points.find((p) => p.year === 2023)
const msBefore = (instant: string) => new Date(Date.parse(instant) - 1).toISOString()

beforeAll(async () => {
  t = await buildTestApp()
  editor = await signIn(t.app, 'editor')
  seeded = (await getJson<Series>(t.app, SERIES)).body.series[0]?.points.find((p) => p.year === 2023)?.value ?? Number.NaN
  for (const [i, c] of CORRECTIONS.entries()) {
    const res = await t.app.inject({
      method: 'PUT',
      url: POINT,
      headers: authHeaders(editor),
      payload: { ...c, version: i + 1, confirm: true },
    })
    if (res.statusCode !== 200) throw new Error(`correction ${String(i + 1)} answered ${String(res.statusCode)}: ${res.body}`)
  }
})
afterAll(() => t.app.close())

describe('three corrections through the admin API, read back from the public record', () => {
  test('the revisions list them newest first with the editor’s display name', async () => {
    const { body } = await getJson<RevisionPage>(t.app, '/api/indicators/unemployment-rate/revisions?country=MEX&period=2023')
    expect(body.items.map((r) => [r.action, r.oldValue, r.newValue, r.reason, r.author])).toEqual([
      ['update', 2.85, 2.81, 'INEGI final figure', editor.user.name],
      ['update', 2.9, 2.85, 'INEGI revision', editor.user.name],
      ['update', seeded, 2.9, 'INEGI first estimate', editor.user.name],
      ['seed', null, seeded, 'initial load from the published source', 'seed'],
    ])
  })

  test('asOf at each correction gives its value and flags; a millisecond earlier gives the one before', async () => {
    const { body } = await getJson<RevisionPage>(t.app, '/api/indicators/unemployment-rate/revisions?country=MEX&period=2023')
    const times = body.items.slice(0, 3).map((r) => r.at).reverse()
    const expected = [seeded, ...CORRECTIONS.map((c) => c.value)]
    for (const [i, at] of times.entries()) {
      expect((await valueAt(msBefore(at)))?.value).toBe(expected[i])
      expect((await valueAt(at))?.value).toBe(expected[i + 1])
    }
    expect(await valueAt(times[0] ?? '')).toMatchObject({ estimate: true, provisional: false })
    expect(await valueAt(times[1] ?? '')).toMatchObject({ estimate: false, provisional: true })
    expect(await valueAt(times[2] ?? '')).toMatchObject({ estimate: false, provisional: false })
  })

  test('the change feed and its Atom feed list the three, not the recomputed North America values', async () => {
    const { body } = await getJson<ChangePage>(t.app, '/api/changes')
    expect(body.items.map((c) => [c.indicator.slug, c.country, c.newValue, c.author])).toEqual([
      ['unemployment-rate', 'MEX', 2.81, editor.user.name],
      ['unemployment-rate', 'MEX', 2.85, editor.user.name],
      ['unemployment-rate', 'MEX', 2.9, editor.user.name],
    ])
    const atom = await t.app.inject({ method: 'GET', url: '/api/changes.atom' })
    const entries = childrenNamed(parseXml(atom.body), 'entry')
    expect(entries.map((e) => child(e, 'title').text)).toEqual([
      'Unemployment rate, Mexico, 2023: 2.85 → 2.81',
      'Unemployment rate, Mexico, 2023: 2.9 → 2.85',
      `Unemployment rate, Mexico, 2023: ${String(seeded)} → 2.9`,
    ])
  })
})
