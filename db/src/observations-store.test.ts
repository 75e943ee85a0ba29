import { eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { seedDatabase } from '../seed/seed.ts'
import { createDb, type Db } from './client.ts'
import { runMigrations } from './migrate.ts'
import { areaCodeOf, upsertObservation } from './observations-store.ts'
import { indicators } from './schema.ts'

describe('areaCodeOf', () => {
  test.each(['CAN', 'MEX', 'USA', 'NAM', 'WLD'])('accepts %s', (code) => {
    expect(areaCodeOf(code)).toBe(code)
  })

  test.each(['usa', 'XXX', '', 'NAM '])('refuses "%s", naming the known codes', (code) => {
    expect(() => areaCodeOf(code)).toThrow(`unknown country code "${code}" (use CAN, MEX, USA, NAM, WLD)`)
  })
})

describe('upsertObservation', () => {
  let db: Db
  beforeAll(() => {
    db = createDb(':memory:')
    runMigrations(db)
    seedDatabase(db)
  })
  const count = (table: 'observations' | 'revisions') => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)).n

  test('refuses a point with an unknown country code and writes nothing', () => {
    const gdp = db.select().from(indicators).where(eq(indicators.slug, 'gdp-current-usd')).get()
    if (!gdp) throw new Error('missing indicator')
    const before = { observations: count('observations'), revisions: count('revisions') }
    expect(() =>
      upsertObservation(
        db,
        { indicatorId: gdp.id, countryCode: 'GBR', period: '2025', value: 1 },
        { action: 'create', actor: 'test', reason: 'unknown code' },
      ),
    ).toThrow('unknown country code "GBR"')
    expect({ observations: count('observations'), revisions: count('revisions') }).toEqual(before)
  })
})
