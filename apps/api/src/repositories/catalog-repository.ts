/** Read access to the catalog: countries, goals, indicators (with targets), sources, events. */
import { and, asc, eq, ne, sql } from 'drizzle-orm'
import { AREA_CODES } from '@nap/domain'
import { countries, events, goals, indicators, observations, sources, targets, type Db } from '@nap/db'
import type {
  ChartEvent,
  Country,
  Goal,
  GoalDetail,
  IndicatorDetail,
  IndicatorSummary,
  Source,
  Target,
} from '@nap/schemas'
import { loc } from './localized.ts'

type IndicatorRow = typeof indicators.$inferSelect
type TargetRow = typeof targets.$inferSelect
type SourceRow = typeof sources.$inferSelect

export function toIndicatorSummary(r: IndicatorRow): IndicatorSummary {
  return {
    slug: r.slug,
    goalId: r.goalId,
    kind: r.kind,
    name: loc(r, 'name'),
    definition: loc(r, 'definition'),
    unit: loc(r, 'unit'),
    valueFormat: r.valueFormat,
    unitScale: r.unitScale,
    decimals: r.decimals,
    direction: r.direction,
    frequency: r.frequency,
    method: r.method,
    namRule: r.namRule,
    countries: r.countries,
    sourceId: r.sourceId,
  }
}

export function toTarget(t: TargetRow): Target {
  return {
    country: t.countryCode,
    value: t.value,
    year: t.year,
    baselineYear: t.baselineYear,
    milestones: t.milestones,
    bands: t.bands ?? null,
    origin: t.origin,
    rule: t.rule,
    rationale: loc(t, 'rationale'),
    version: t.version,
    updatedAt: t.updatedAt,
  }
}

function toSource(s: SourceRow): Source {
  return {
    id: s.id,
    name: loc(s, 'name'),
    publisher: s.publisher,
    url: s.url,
    licence: s.licence,
    attribution: { en: s.attribution, es: s.attributionEs || s.attribution, fr: s.attributionFr || s.attribution },
  }
}

export function createCatalogRepository(db: Db) {
  const listedGoalCounts = () =>
    new Map(
      db
        .select({ goalId: indicators.goalId, n: sql<number>`count(*)` })
        .from(indicators)
        .where(ne(indicators.kind, 'input'))
        .groupBy(indicators.goalId)
        .all()
        .map((r) => [r.goalId, r.n]),
    )
  // Prepared once: every series and progress request looks its indicator up (building the query
  // each time was a fifth of a series request's time in the profile, apps/api/bench/README.md).
  const indicatorBySlug = db.select().from(indicators).where(eq(indicators.slug, sql.placeholder('slug'))).prepare()
  const toGoal = (g: typeof goals.$inferSelect, counts: Map<number, number>): Goal => ({
    id: g.id,
    slug: g.slug,
    name: loc(g, 'name'),
    shortName: loc(g, 'shortName'),
    description: loc(g, 'description'),
    indicatorCount: counts.get(g.id) ?? 0,
  })

  return {
    listCountries(): Country[] {
      return db
        .select()
        .from(countries)
        .orderBy(asc(countries.sortOrder))
        .all()
        .map((c) => ({ code: c.code, kind: c.kind, name: loc(c, 'name') }))
    },

    listGoals(): Goal[] {
      const counts = listedGoalCounts()
      return db.select().from(goals).orderBy(asc(goals.id)).all().map((g) => toGoal(g, counts))
    },

    findGoal(id: number): GoalDetail | null {
      const g = db.select().from(goals).where(eq(goals.id, id)).get()
      if (!g) return null
      const list = db
        .select()
        .from(indicators)
        .where(and(eq(indicators.goalId, id), ne(indicators.kind, 'input')))
        .orderBy(asc(indicators.sortOrder))
        .all()
      return { ...toGoal(g, listedGoalCounts()), indicators: list.map(toIndicatorSummary) }
    },

    listIndicators(filter: { goal?: number | undefined; includeInputs?: boolean }): IndicatorSummary[] {
      return db
        .select()
        .from(indicators)
        .where(
          and(
            filter.goal !== undefined ? eq(indicators.goalId, filter.goal) : undefined,
            filter.includeInputs ? undefined : ne(indicators.kind, 'input'),
          ),
        )
        .orderBy(asc(indicators.sortOrder))
        .all()
        .map(toIndicatorSummary)
    },

    findIndicatorRow(slug: string): IndicatorRow | undefined {
      return indicatorBySlug.get({ slug })
    },

    findIndicator(slug: string): IndicatorDetail | null {
      const r = db.select().from(indicators).where(eq(indicators.slug, slug)).get()
      if (!r) return null
      const source = db.select().from(sources).where(eq(sources.id, r.sourceId)).get()
      if (!source) throw new Error(`indicator ${slug} has no source ${r.sourceId}`)
      const ts = db
        .select()
        .from(targets)
        .where(eq(targets.indicatorId, r.id))
        .orderBy(asc(targets.countryCode))
        .all()
      const coverage = db
        .select({
          country: observations.countryCode,
          firstYear: sql<number>`min(${observations.year})`,
          lastYear: sql<number>`max(${observations.year})`,
          count: sql<number>`count(*)`,
        })
        .from(observations)
        .where(and(eq(observations.indicatorId, r.id), eq(observations.deleted, false)))
        .groupBy(observations.countryCode)
        .all()
      const order = (code: string) => AREA_CODES.findIndex((c) => c === code)
      return {
        ...toIndicatorSummary(r),
        windowYears: r.windowYears,
        annualAggregation: r.annualAggregation,
        sourceCode: r.sourceCode,
        sourceUrl: r.sourceUrl,
        source: toSource(source),
        namWeight: r.namWeightSlug,
        formula: r.formula,
        targets: ts.map(toTarget).sort((a, b) => order(a.country) - order(b.country)),
        coverage: coverage.sort((a, b) => order(a.country) - order(b.country)),
      }
    },

    listSources(): Source[] {
      return db.select().from(sources).all().map(toSource)
    },

    listEvents(): ChartEvent[] {
      return db
        .select()
        .from(events)
        .orderBy(asc(events.date))
        .all()
        .map((e) => ({ slug: e.slug, date: e.date, label: loc(e, 'label'), description: loc(e, 'description') }))
    },
  }
}
export type CatalogRepository = ReturnType<typeof createCatalogRepository>
