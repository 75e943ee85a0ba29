/**
 * The import's bulk writer (services/import-writes.ts) writes exactly what the observation store
 * writes: the same observation row and the same revision, column for column.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { findObservation, insertObservation, reviseObservation, type ObservationRow } from '@nap/db'
import { buildTestApp, type TestApp } from '../helper.ts'
import { createPointWriter } from '../../src/services/import-writes.ts'

let t: TestApp
let indicatorId: number
beforeAll(async () => {
  t = await buildTestApp()
  indicatorId = t.app.catalog.findIndicatorRow('fdi-inflows')?.id ?? 0
})
afterAll(() => t.app.close())

const AT = '2026-03-01T10:00:00.000Z'
const by = { action: 'import' as const, actor: 'ed@example.org', userId: null, reason: 'WDI update', importId: null, at: AT }

function rowsOf(observationId: number) {
  const observation = t.app.db.$client.prepare<[number], Record<string, unknown>>('select * from observations where id = ?').get(observationId) ?? {}
  const revisions = t.app.db.$client.prepare<[number], Record<string, unknown>>('select * from revisions where observation_id = ? order by id').all(observationId)
  const { id: _, period: __, year: ___, ...o } = observation
  return { observation: o, revisions: revisions.map(({ id: _i, observation_id: _o, ...r }) => r) }
}

function point(period: string): ObservationRow {
  const row = findObservation(t.app.db, indicatorId, 'MEX', period)
  if (row === undefined) throw new Error(`no MEX ${period}`)
  return row
}

describe('createPointWriter', () => {
  test('a new point: the same observation and revision as insertObservation', () => {
    const flags = { estimate: true, provisional: false, breakInSeries: true }
    const viaStore = insertObservation(t.app.db, { indicatorId, countryCode: 'MEX', period: '1951', value: 0.25, flags, sourceNote: 'INEGI' }, by).row.id
    const viaWriter = createPointWriter(t.app.db).insert({ indicatorId, countryCode: 'MEX', period: '1952', value: 0.25, flags, sourceNote: 'INEGI' }, by).observationId
    expect(rowsOf(viaWriter)).toEqual(rowsOf(viaStore))
    expect(rowsOf(viaWriter).revisions[0]).toMatchObject({ action: 'import', old_value: null, new_value: 0.25, state: '{"deleted":false,"estimate":true,"provisional":false,"breakInSeries":true,"sourceNote":"INEGI"}' })
  })

  test('a revision of a point, and a deletion: the same as reviseObservation', () => {
    const writer = createPointWriter(t.app.db)
    const next = { value: 0.5, deleted: false, flags: { estimate: false, provisional: true, breakInSeries: false }, sourceNote: 'BIS' }
    reviseObservation(t.app.db, point('1951'), next, by)
    writer.revise(point('1952'), next, by)
    const gone = { value: null, deleted: true, flags: next.flags, sourceNote: 'BIS' }
    reviseObservation(t.app.db, point('1951'), gone, { ...by, action: 'delete' })
    writer.revise(point('1952'), gone, { ...by, action: 'delete' })
    expect(rowsOf(point('1952').id)).toEqual(rowsOf(point('1951').id))
    expect(point('1952')).toMatchObject({ version: 3, deleted: true, value: null })
  })
})
