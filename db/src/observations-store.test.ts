import { eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { seedDatabase } from '../seed/seed.ts'
import { createDb, type Db } from './client.ts'
import { runMigrations } from './migrate.ts'
import {
  areaCodeOf,
  deleteObservation,
  findObservation,
  insertObservation,
  isSameState,
  nextChangeTime,
  observationsAsOf,
  reviseObservation,
  upsertObservation,
  valueBeforeDeletion,
  type ObservationRow,
  type WriteTx,
} from './observations-store.ts'
import { indicators, revisions } from './schema.ts'

describe('areaCodeOf', () => {
  test.each(['CAN', 'MEX', 'USA', 'NAM', 'WLD'])('accepts %s', (code) => {
    expect(areaCodeOf(code)).toBe(code)
  })

  test.each(['usa', 'XXX', '', 'NAM '])('refuses "%s", naming the known codes', (code) => {
    expect(() => areaCodeOf(code)).toThrow(`unknown country code "${code}" (use CAN, MEX, USA, NAM, WLD)`)
  })
})

const row = (over: Partial<ObservationRow>): ObservationRow => ({
  id: 1,
  indicatorId: 1,
  countryCode: 'MEX',
  period: '2024',
  year: 2024,
  value: 3.5,
  deleted: false,
  estimate: false,
  provisional: false,
  breakInSeries: false,
  derived: false,
  sourceNote: 'INEGI',
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
})
const flags = { estimate: false, provisional: false, breakInSeries: false }

describe('isSameState', () => {
  test.each([
    ['the same value, flags and note', row({}), { value: 3.5, deleted: false, flags, sourceNote: 'INEGI' }, true],
    ['another value', row({}), { value: 3.6, deleted: false, flags, sourceNote: 'INEGI' }, false],
    ['a flag set', row({}), { value: 3.5, deleted: false, flags: { ...flags, provisional: true }, sourceNote: 'INEGI' }, false],
    ['another note', row({}), { value: 3.5, deleted: false, flags, sourceNote: 'INEGI 2026' }, false],
    ['a deletion', row({}), { value: null, deleted: true, flags, sourceNote: 'INEGI' }, false],
    ['a deleted point deleted again', row({ deleted: true, value: null }), { value: null, deleted: true, flags, sourceNote: 'INEGI' }, true],
    ['a deleted point given its old value', row({ deleted: true, value: null }), { value: 3.5, deleted: false, flags, sourceNote: 'INEGI' }, false],
  ])('%s → %s', (_what, existing, next, same) => {
    expect(isSameState(existing, next)).toBe(same)
  })
})

describe('the write path on the seeded database', () => {
  let db: Db
  let unemployment: number
  beforeAll(() => {
    db = createDb(':memory:')
    runMigrations(db)
    seedDatabase(db)
    const ind = db.select().from(indicators).where(eq(indicators.slug, 'unemployment-rate')).get()
    if (!ind) throw new Error('missing indicator')
    unemployment = ind.id
  })
  const count = (table: 'observations' | 'revisions') => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)).n
  /** The store writes in a transaction only (a point and its revision commit together). */
  const write = <T>(f: (tx: WriteTx) => T): T => db.transaction(f)
  const by = (at: string) => ({ action: 'update' as const, actor: 'editor@example.org', userId: null, reason: 'test', at })

  test('refuses a point with an unknown country code and writes nothing', () => {
    const before = { observations: count('observations'), revisions: count('revisions') }
    expect(() =>
      write((tx) => upsertObservation(tx, { indicatorId: unemployment, countryCode: 'GBR', period: '2025', value: 1 }, { action: 'create', actor: 'test', reason: 'unknown code' })),
    ).toThrow('unknown country code "GBR"')
    expect({ observations: count('observations'), revisions: count('revisions') }).toEqual(before)
  })

  test('a new point has version 1 and one revision from nothing to its value, flags and note', () => {
    const { row: created, revisionId } = write((tx) => insertObservation(tx,
      { indicatorId: unemployment, countryCode: 'MEX', period: '2026', value: 2.7, flags: { provisional: true }, sourceNote: 'INEGI ENOE' },
      { ...by('2030-01-01T00:00:00.000Z'), action: 'create' },
    ))
    expect(created).toMatchObject({ value: 2.7, version: 1, provisional: true, estimate: false, year: 2026, updatedAt: '2030-01-01T00:00:00.000Z' })
    const rev = db.select().from(revisions).where(eq(revisions.id, revisionId)).get()
    expect(rev).toMatchObject({
      action: 'create',
      oldValue: null,
      newValue: 2.7,
      state: { deleted: false, estimate: false, provisional: true, breakInSeries: false, sourceNote: 'INEGI ENOE' },
      createdAt: '2030-01-01T00:00:00.000Z',
    })
  })

  test('a correction bumps the version and records old → new; a delete keeps the flags; the old value is found for a restore', () => {
    const current = findObservation(db, unemployment, 'MEX', '2026')
    if (!current) throw new Error('missing')
    const corrected = write((tx) => reviseObservation(tx, current, { value: 2.8, deleted: false, flags: { ...flags, provisional: true }, sourceNote: 'INEGI ENOE' }, by('2030-01-02T00:00:00.000Z')))
    expect(corrected.row).toMatchObject({ value: 2.8, version: 2 })
    const deleted = write((tx) => deleteObservation(tx, current.id, { ...by('2030-01-03T00:00:00.000Z'), action: 'delete' }))
    expect(deleted?.row).toMatchObject({ value: null, deleted: true, version: 3, provisional: true, sourceNote: 'INEGI ENOE' })
    expect(write((tx) => deleteObservation(tx, current.id, { ...by('2030-01-04T00:00:00.000Z'), action: 'delete' }))).toBeNull()
    expect(valueBeforeDeletion(db, current.id)).toBe(2.8)
    const history = db.select().from(revisions).where(eq(revisions.observationId, current.id)).all()
    expect(history.map((h) => [h.action, h.oldValue, h.newValue])).toEqual([
      ['create', null, 2.7],
      ['update', 2.7, 2.8],
      ['delete', 2.8, null],
    ])
  })

  test('the state at an instant is rebuilt from the revisions: each step, and nothing before the seed', () => {
    const point = (instant: string) =>
      observationsAsOf(db, instant, [unemployment]).find((p) => p.countryCode === 'MEX' && p.period === '2026')?.value
    expect(point('2029-12-31T23:59:59.999Z')).toBeUndefined()
    expect(point('2030-01-01T00:00:00.000Z')).toBe(2.7)
    expect(point('2030-01-02T12:00:00.000Z')).toBe(2.8)
    expect(point('2030-01-03T00:00:00.000Z')).toBeUndefined()
    expect(observationsAsOf(db, '2000-01-01T00:00:00.000Z')).toEqual([])
    const seeded = observationsAsOf(db, '2029-01-01T00:00:00.000Z')
    expect(seeded).toHaveLength(4321)
    expect(seeded.find((p) => p.indicatorId === unemployment && p.countryCode === 'CAN' && p.period === '2024')?.value).toBeTypeOf('number')
  })

  test('upsert keeps omitted flags and answers unchanged for the same value', () => {
    const before = count('revisions')
    const result = write((tx) => upsertObservation(tx, { indicatorId: unemployment, countryCode: 'MEX', period: '2026', value: 2.8 }, { action: 'restore', actor: 'x', reason: 'back' }))
    expect(result).toBe('updated')
    expect(findObservation(db, unemployment, 'MEX', '2026')).toMatchObject({ value: 2.8, deleted: false, provisional: true, version: 4 })
    expect(write((tx) => upsertObservation(tx, { indicatorId: unemployment, countryCode: 'MEX', period: '2026', value: 2.8 }, { action: 'update', actor: 'x', reason: 'same' }))).toBe('unchanged')
    expect(write((tx) => upsertObservation(tx, { indicatorId: unemployment, countryCode: 'MEX', period: '2026', value: 2.8, provisional: false }, { action: 'update', actor: 'x', reason: 'flag' }))).toBe('updated')
    expect(count('revisions')).toBe(before + 2)
  })

  test('the next change time is after the newest revision even when the clock is behind', () => {
    const newest = db.get<{ at: string }>(sql`select max(created_at) as at from revisions`).at
    expect(Date.parse(nextChangeTime(db, new Date('2020-01-01T00:00:00.000Z')))).toBe(Date.parse(newest) + 1)
    expect(nextChangeTime(db, new Date('2099-05-05T10:00:00.000Z'))).toBe('2099-05-05T10:00:00.000Z')
  })
})
