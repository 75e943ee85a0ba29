/**
 * Seeds a database with the catalog and the real data. Idempotent: it only inserts what is
 * missing (and recomputes derived values, writing only changes), so running it again changes
 * nothing and never overwrites an admin's edit.
 */
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../src/client.ts'
import { upsertObservation } from '../src/observations-store.ts'
import { recomputeDerived } from '../src/recompute-derived.ts'
import {
  countries,
  events,
  goals,
  indicators,
  observations,
  sources,
  targets,
} from '../src/schema.ts'
import { CATALOG, boundsProblem, validateCatalog, type Catalog, type CatalogIndicator } from './catalog/index.ts'
import { loadObservations, type SourceRow } from './load-observations.ts'

export interface SeedResult {
  observationsInserted: number
  derivedInserted: number
  derivedUpdated: number
  targetsInserted: number
}

const SEED = { actor: 'seed', reason: 'initial load from the published source' } as const

function derivationOf(ind: CatalogIndicator): string | null {
  if (ind.data.kind === 'share-of-world') return `share-of-world:${ind.data.input}`
  if (ind.data.kind === 'growth-gap') return 'growth-gap:real-gdp-growth'
  return null
}

/**
 * Writes `catalog` (default: the catalog of db/seed/catalog/) and `rows` into `db`, in one transaction.
 * It validates the catalog first and throws, writing nothing, if any check fails.
 */
export function seedDatabase(db: Db, rows: SourceRow[] = loadObservations(), catalog: Catalog = CATALOG): SeedResult {
  validateCatalog(catalog)
  return db.transaction((tx) => {
    const result: SeedResult = { observationsInserted: 0, derivedInserted: 0, derivedUpdated: 0, targetsInserted: 0 }
    tx.insert(countries)
      .values(
        catalog.countries.map((c, i) => ({
          code: c.code,
          kind: c.kind,
          nameEn: c.name.en,
          nameEs: c.name.es,
          nameFr: c.name.fr,
          sortOrder: i + 1,
        })),
      )
      .onConflictDoNothing()
      .run()
    tx.insert(goals)
      .values(
        catalog.goals.map((g) => ({
          id: g.id,
          slug: g.slug,
          nameEn: g.name.en,
          nameEs: g.name.es,
          nameFr: g.name.fr,
          shortNameEn: g.shortName.en,
          shortNameEs: g.shortName.es,
          shortNameFr: g.shortName.fr,
          descriptionEn: g.description.en,
          descriptionEs: g.description.es,
          descriptionFr: g.description.fr,
        })),
      )
      .onConflictDoNothing()
      .run()
    tx.insert(sources)
      .values(
        catalog.sources.map((s) => ({
          id: s.id,
          nameEn: s.name.en,
          nameEs: s.name.es,
          nameFr: s.name.fr,
          publisher: s.publisher,
          url: s.url,
          licence: s.licence,
          attribution: s.attribution.en,
          attributionEs: s.attribution.es,
          attributionFr: s.attribution.fr,
        })),
      )
      .onConflictDoNothing()
      .run()
    tx.insert(indicators)
      .values(
        catalog.indicators.map((ind, i) => ({
          slug: ind.slug,
          goalId: ind.goal,
          kind: ind.kind,
          sortOrder: i + 1,
          nameEn: ind.name.en,
          nameEs: ind.name.es,
          nameFr: ind.name.fr,
          definitionEn: ind.definition.en,
          definitionEs: ind.definition.es,
          definitionFr: ind.definition.fr,
          unitEn: ind.unit.en,
          unitEs: ind.unit.es,
          unitFr: ind.unit.fr,
          valueFormat: ind.valueFormat,
          unitScale: ind.unitScale ?? 1,
          decimals: ind.decimals,
          direction: ind.direction,
          frequency: ind.frequency ?? 'annual',
          annualAggregation: ind.annualAggregation ?? 'mean',
          method: ind.method,
          windowYears: ind.windowYears ?? 10,
          sourceId: ind.source,
          sourceCode: ind.data.kind === 'file' ? ind.data.code : null,
          sourceUrl: ind.sourceUrl,
          namRule: ind.namRule,
          namWeightSlug: ind.namWeight ?? null,
          countries: ind.countries,
          formula: ind.formula ?? null,
          derivation: derivationOf(ind),
          minValue: ind.min ?? null,
          maxValue: ind.max ?? null,
        })),
      )
      .onConflictDoNothing()
      .run()
    // Declared bounds are catalog metadata: databases seeded before they existed get them once.
    for (const ind of catalog.indicators) {
      if (ind.min === undefined && ind.max === undefined) continue
      tx.update(indicators)
        .set({ minValue: ind.min ?? null, maxValue: ind.max ?? null })
        .where(and(eq(indicators.slug, ind.slug), isNull(indicators.minValue), isNull(indicators.maxValue)))
        .run()
    }
    const ids = new Map(tx.select({ id: indicators.id, slug: indicators.slug }).from(indicators).all().map((r) => [r.slug, r.id]))
    const idOf = (slug: string): number => {
      const id = ids.get(slug)
      if (id === undefined) throw new Error(`seed: indicator ${slug} missing`)
      return id
    }

    // Observations that do not exist yet (an existing point, even edited, is left alone).
    const existing = new Set(
      tx
        .select({ i: observations.indicatorId, c: observations.countryCode, p: observations.period })
        .from(observations)
        .all()
        .map((o) => `${o.i}|${o.c}|${o.p}`),
    )
    const insertIfMissing = (indicatorId: number, countryCode: string, year: number, value: number, note: string) => {
      if (existing.has(`${indicatorId}|${countryCode}|${year}`)) return
      upsertObservation(tx, { indicatorId, countryCode, period: String(year), value, sourceNote: note }, { ...SEED, action: 'seed' })
      result.observationsInserted++
    }
    const byCode = new Map<string, SourceRow[]>()
    for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r])
    for (const ind of catalog.indicators) {
      if (ind.data.kind === 'file') {
        const data = byCode.get(ind.data.code) ?? []
        if (data.length === 0) throw new Error(`seed: no rows for ${ind.data.code}`)
        for (const r of data) insertIfMissing(idOf(ind.slug), r.country, r.year, r.value, `${r.source} (${r.licence})`)
      } else if (ind.data.kind === 'given') {
        for (const p of ind.data.points) insertIfMissing(idOf(ind.slug), p.country, p.year, p.value, p.note)
      }
    }

    const derived = recomputeDerived(tx, { actor: 'seed', reason: 'computed from the seeded inputs' })
    result.derivedInserted = derived.inserted
    result.derivedUpdated = derived.updated

    // Targets: "factor × value of the baseline year" is computed from the data now.
    for (const ind of catalog.indicators) {
      for (const [ti, t] of ind.targets.entries()) {
        for (const country of t.countries) {
          let value = t.value ?? null
          let rule: string | null = null
          if (t.factor !== undefined) {
            const base = tx
              .select({ value: observations.value })
              .from(observations)
              .where(
                and(
                  eq(observations.indicatorId, idOf(ind.slug)),
                  eq(observations.countryCode, country),
                  eq(observations.period, String(t.baselineYear)),
                ),
              )
              .get()
            if (base?.value == null) throw new Error(`seed: ${ind.slug} ${country} has no ${t.baselineYear} value for its target`)
            value = t.factor * base.value
            rule = `${t.factor} × ${t.baselineYear} value`
            const outside = boundsProblem(value, ind)
            if (outside !== null) throw new Error(`catalog: indicator "${ind.slug}": targets[${ti}]: ${rule} for ${country}: ${outside}`)
          }
          const inserted = tx
            .insert(targets)
            .values({
              indicatorId: idOf(ind.slug),
              countryCode: country,
              value,
              year: 2050,
              baselineYear: t.baselineYear ?? null,
              milestones: t.milestones ?? [],
              bands: t.bands ?? null,
              origin: t.origin,
              rule,
              rationaleEn: t.rationale.en,
              rationaleEs: t.rationale.es,
              rationaleFr: t.rationale.fr,
            })
            .onConflictDoNothing()
            .returning({ id: targets.id })
            .all()
          result.targetsInserted += inserted.length
        }
      }
    }

    tx.insert(events)
      .values(
        catalog.events.map((e) => ({
          slug: e.slug,
          date: e.date,
          labelEn: e.label.en,
          labelEs: e.label.es,
          labelFr: e.label.fr,
          descriptionEn: e.description.en,
          descriptionEs: e.description.es,
          descriptionFr: e.description.fr,
        })),
      )
      .onConflictDoNothing()
      .run()
    return result
  })
}

/** True when the database has no goals yet (a new database). */
export function isEmpty(db: Db): boolean {
  const row = db.select({ n: sql<number>`count(*)` }).from(goals).get()
  return (row?.n ?? 0) === 0
}
