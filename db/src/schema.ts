/**
 * The whole data model (DESIGN.md "Data model"). Table names are snake_case plurals; columns are
 * camelCase in TypeScript and snake_case in SQLite (`casing: 'snake_case'`).
 * Localised text is stored as one column per language (en, es, fr).
 */
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import {
  ANNUAL_AGGREGATIONS,
  AREA_CODES,
  COUNTRY_CODES,
  COUNTRY_KINDS,
  FREQUENCIES,
  IMPORT_STATUSES,
  STATUSES,
  INDICATOR_KINDS,
  METHODS,
  NAM_RULES,
  REVISION_ACTIONS,
  ROLES,
  TARGET_ORIGINS,
  VALUE_FORMATS,
  type AreaCode,
  type Direction,
} from '@nap/domain'

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

export const countries = sqliteTable('countries', {
  code: text({ enum: AREA_CODES }).primaryKey(), // CAN, MEX, USA, NAM (region), WLD (world reference)
  kind: text({ enum: COUNTRY_KINDS }).notNull(),
  nameEn: text().notNull(),
  nameEs: text().notNull(),
  nameFr: text().notNull(),
  sortOrder: integer().notNull(),
})

export const goals = sqliteTable('goals', {
  id: integer().primaryKey(), // 1..4
  slug: text().notNull().unique(),
  nameEn: text().notNull(),
  nameEs: text().notNull(),
  nameFr: text().notNull(),
  shortNameEn: text().notNull(),
  shortNameEs: text().notNull(),
  shortNameFr: text().notNull(),
  descriptionEn: text().notNull(),
  descriptionEs: text().notNull(),
  descriptionFr: text().notNull(),
})

export const sources = sqliteTable('sources', {
  id: text().primaryKey(), // e.g. 'wdi', 'pwt', 'census-csis', 'nap'
  nameEn: text().notNull(),
  nameEs: text().notNull(),
  nameFr: text().notNull(),
  publisher: text().notNull(),
  url: text().notNull(),
  licence: text().notNull(),
  /** The attribution line in English; Spanish and French below (added by migration 0002). */
  attribution: text().notNull(),
  attributionEs: text().notNull().default(''),
  attributionFr: text().notNull().default(''),
})

export const indicators = sqliteTable(
  'indicators',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    goalId: integer()
      .notNull()
      .references(() => goals.id),
    /** tracked: has targets; context: shown without target; input: feeds derived values, not listed. */
    kind: text({ enum: INDICATOR_KINDS }).notNull(),
    sortOrder: integer().notNull(),
    nameEn: text().notNull(),
    nameEs: text().notNull(),
    nameFr: text().notNull(),
    definitionEn: text().notNull(),
    definitionEs: text().notNull(),
    definitionFr: text().notNull(),
    unitEn: text().notNull(),
    unitEs: text().notNull(),
    unitFr: text().notNull(),
    /** How values are formatted: 'number', 'percent' (value already in %), 'currency' (US$), 'pp' (points). */
    valueFormat: text({ enum: VALUE_FORMATS }).notNull(),
    /** Multiplier the unit implies (1e12 for "trillion US$"), so the UI can show full amounts. */
    unitScale: real().notNull().default(1),
    decimals: integer().notNull(),
    direction: integer().$type<Direction>().notNull(), // 1 higher is better, -1 lower is better
    frequency: text({ enum: FREQUENCIES }).notNull(),
    annualAggregation: text({ enum: ANNUAL_AGGREGATIONS }).notNull(),
    method: text({ enum: METHODS }).notNull(),
    windowYears: integer().notNull().default(10),
    sourceId: text()
      .notNull()
      .references(() => sources.id),
    sourceCode: text(), // publisher's series code (WDI code), null for project figures
    sourceUrl: text().notNull(),
    namRule: text({ enum: NAM_RULES }).notNull(),
    /** Slug of the indicator used as weight for weighted_mean / growth_weighted NAM values. */
    namWeightSlug: text(),
    /** Countries this indicator is reported for (JSON array of codes). */
    countries: text({ mode: 'json' }).$type<AreaCode[]>().notNull(),
    /** Human-readable formula for derived indicators. */
    formula: text(),
    /** Machine formula for derived indicators: 'share-of-world:<input slug>' or 'growth-gap:<growth slug>'. */
    derivation: text(),
    /** Declared bounds of a value (a percentage of something is 0–100); null where the unit has none. */
    minValue: real(),
    maxValue: real(),
    updatedAt: text().notNull().default(now),
  },
  (t) => [index('indicators_goal_idx').on(t.goalId)],
)

export const targets = sqliteTable(
  'targets',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    /** Targets are set for the assessed codes only (never WLD). */
    countryCode: text({ enum: COUNTRY_CODES })
      .notNull()
      .references(() => countries.code),
    /** Target value (null for threshold-method indicators, which use bands). */
    value: real(),
    year: integer().notNull().default(2050),
    baselineYear: integer(),
    milestones: text({ mode: 'json' }).$type<{ year: number; value: number }[]>().notNull(),
    bands: text({ mode: 'json' }).$type<[number, number, number] | null>(),
    origin: text({ enum: TARGET_ORIGINS }).notNull(),
    /** How the value was set, e.g. "1.25 × 2023 value" (null when it is a plain number). */
    rule: text(),
    rationaleEn: text().notNull(),
    rationaleEs: text().notNull(),
    rationaleFr: text().notNull(),
    version: integer().notNull().default(1),
    updatedAt: text().notNull().default(now),
    updatedBy: text().notNull().default('seed'),
  },
  (t) => [uniqueIndex('targets_indicator_country_uq').on(t.indicatorId, t.countryCode)],
)

/** The verdict an import gives each value of its file (see import_rows). */
export const IMPORT_VERDICTS = ['new', 'changed', 'unchanged', 'rejected', 'skipped'] as const
export type ImportVerdict = (typeof IMPORT_VERDICTS)[number]

/** How many values of the file got each verdict (and how many new or changed values look like outliers). */
export type ImportSummary = Record<ImportVerdict, number> & { outliers: number }

/**
 * An uploaded file: its dry run (previewed), then its commit and perhaps its revert. The verdict of
 * each value is in import_rows; a commit applies exactly those rows. Added to by migration 0004.
 */
export const imports = sqliteTable(
  'imports',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    filename: text().notNull(),
    /** Who uploaded it (the dry run). */
    userId: integer().references(() => users.id),
    status: text({ enum: IMPORT_STATUSES }).notNull(),
    summary: text({ mode: 'json' }).$type<ImportSummary>().notNull(),
    createdAt: text().notNull().default(now),
    /** The layout read: tidy, wdi, wdi-zip, oecd, sdmx, xlsx. */
    format: text().notNull().default(''),
    /** SHA-256 (hex) of the file's bytes. */
    sha256: text().notNull().default(''),
    /** The text encoding decided (utf-8, utf-16le, windows-1252…); null for a workbook. */
    encoding: text(),
    sizeBytes: integer().notNull().default(0),
    /** Data rows of the file (not values: a wide row holds many). */
    rowCount: integer().notNull().default(0),
    /** What the uploader asked for (format, indicator, sheet) and what the file said of itself (sheet, ZIP entry, WDI dates). */
    options: text({ mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    meta: text({ mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    /** The impact preview of the dry run: the statuses before → after. */
    preview: text({ mode: 'json' }).$type<Record<string, unknown>>(),
    committedAt: text(),
    committedBy: integer().references(() => users.id),
    commitReason: text(),
    revertedAt: text(),
    revertedBy: integer().references(() => users.id),
    revertReason: text(),
  },
  (t) => [index('imports_created_idx').on(t.createdAt, t.id)],
)

/**
 * One row per value of an import's file, in file order (seq), with its verdict and why, the point's
 * state at the dry run (old_*: what a commit checks it still is) and what the import would set (new_*).
 */
export const importRows = sqliteTable(
  'import_rows',
  {
    importId: integer()
      .notNull()
      .references(() => imports.id),
    /** 0-based position of the value in the file. */
    seq: integer().notNull(),
    /** The CSV line or sheet row, and for a wide file the column ("2023", or a sheet's "D"). */
    line: integer().notNull(),
    column: text(),
    verdict: text({ enum: IMPORT_VERDICTS }).notNull(),
    /** Why a value is rejected or skipped (bad-number, untracked-country…); null for the others. */
    code: text(),
    /** The verdict in words. */
    reason: text().notNull(),
    /** The indicator's slug when it is known, else the indicator as written. */
    indicator: text().notNull(),
    indicatorId: integer().references(() => indicators.id),
    /** The area code when it is known, else the country as written. */
    country: text().notNull(),
    /** The period normalised (2026-Q1) when it could be read, else as written. */
    period: text().notNull(),
    /** The value as written in the file. */
    valueText: text().notNull(),
    observationId: integer().references(() => observations.id),
    /** The point at the dry run (null: it did not exist). */
    oldValue: real(),
    oldVersion: integer(),
    oldDeleted: integer({ mode: 'boolean' }),
    oldFlags: text({ mode: 'json' }).$type<{ estimate: boolean; provisional: boolean; breakInSeries: boolean }>(),
    oldSourceNote: text(),
    /** What the import sets: the value, the flags (null: the file has no flag column, so they are kept), the note (null: kept). */
    newValue: real(),
    newFlags: text({ mode: 'json' }).$type<{ estimate: boolean; provisional: boolean; breakInSeries: boolean }>(),
    newSourceNote: text(),
    /** Flag codes of the file that are not among the three (F, D…), as written. */
    ignoredFlags: text({ mode: 'json' }).$type<string[]>(),
    /** The outlier check of a new or changed value that looks like one (a warning, not a refusal). */
    outlier: text({ mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.seq] }),
    index('import_rows_verdict_idx').on(t.importId, t.verdict, t.seq),
  ],
)

export const observations = sqliteTable(
  'observations',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    countryCode: text({ enum: AREA_CODES })
      .notNull()
      .references(() => countries.code),
    /** 'YYYY', 'YYYY-Qn' or 'YYYY-MM'. */
    period: text().notNull(),
    year: integer().notNull(),
    /** Current value (the newest revision); null when the point is deleted. */
    value: real(),
    deleted: integer({ mode: 'boolean' }).notNull().default(false),
    estimate: integer({ mode: 'boolean' }).notNull().default(false),
    provisional: integer({ mode: 'boolean' }).notNull().default(false),
    breakInSeries: integer({ mode: 'boolean' }).notNull().default(false),
    /** True for values computed from other series (NAM aggregates, derived indicators). */
    derived: integer({ mode: 'boolean' }).notNull().default(false),
    sourceNote: text(),
    /** Optimistic-concurrency version: bumped by every revision. */
    version: integer().notNull().default(1),
    updatedAt: text().notNull().default(now),
  },
  (t) => [
    uniqueIndex('observations_point_uq').on(t.indicatorId, t.countryCode, t.period),
    index('observations_series_idx').on(t.indicatorId, t.countryCode, t.year),
  ],
)

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    observationId: integer()
      .notNull()
      .references(() => observations.id),
    action: text({ enum: REVISION_ACTIONS }).notNull(),
    oldValue: real(),
    newValue: real(),
    /** Flags and source note after this revision (JSON), so any past state can be rebuilt. */
    state: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    userId: integer().references(() => users.id),
    actor: text().notNull(), // 'seed', 'system' or the user's email
    reason: text().notNull(),
    importId: integer().references(() => imports.id),
    createdAt: text().notNull().default(now),
  },
  (t) => [
    index('revisions_observation_idx').on(t.observationId, t.createdAt),
    index('revisions_created_idx').on(t.createdAt),
  ],
)

export const users = sqliteTable('users', {
  id: integer().primaryKey({ autoIncrement: true }),
  email: text().notNull().unique(),
  name: text().notNull(),
  role: text({ enum: ROLES }).notNull(),
  passwordHash: text().notNull(),
  disabled: integer({ mode: 'boolean' }).notNull().default(false),
  /** Set by an admin's password reset: the user must choose a new password at next sign-in. */
  mustChangePassword: integer({ mode: 'boolean' }).notNull().default(false),
  /** Optimistic-concurrency version of the account (role, name, disabled). */
  version: integer().notNull().default(1),
  lastLoginAt: text(),
  createdAt: text().notNull().default(now),
  updatedAt: text().notNull().default(now),
})

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the session token (the token itself is only in the cookie). */
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    /** Sent back by the client in X-CSRF-Token on every unsafe request of this session. */
    csrfToken: text().notNull(),
    createdAt: text().notNull().default(now),
    /** Idle expiry is lastSeenAt + 2 h. */
    lastSeenAt: text().notNull().default(now),
    /** Absolute expiry: createdAt + 12 h. */
    expiresAt: text().notNull(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

/** Sign-in attempts (success or not), for rate limiting by account and by IP address. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Lower-cased e-mail as typed (may match no account). */
    email: text().notNull(),
    ip: text().notNull(),
    success: integer({ mode: 'boolean' }).notNull(),
    createdAt: text().notNull().default(now),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.createdAt), index('login_attempts_ip_idx').on(t.ip, t.createdAt)],
)

/** Append-only history of every target (triggers refuse UPDATE and DELETE). */
export const targetRevisions = sqliteTable(
  'target_revisions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    targetId: integer()
      .notNull()
      .references(() => targets.id),
    /** The target's version after this revision. */
    version: integer().notNull(),
    before: text({ mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    userId: integer().references(() => users.id),
    actor: text().notNull(),
    reason: text().notNull(),
    createdAt: text().notNull().default(now),
  },
  (t) => [index('target_revisions_target_idx').on(t.targetId, t.createdAt)],
)

/**
 * Status changes caused by an observation change, recorded in the same transaction as the revision
 * (for the public change feed's `statusFlip`). Append-only.
 */
export const statusFlips = sqliteTable(
  'status_flips',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    revisionId: integer()
      .notNull()
      .references(() => revisions.id),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    countryCode: text({ enum: COUNTRY_CODES }).notNull(),
    fromStatus: text({ enum: STATUSES }).notNull(),
    toStatus: text({ enum: STATUSES }).notNull(),
    createdAt: text().notNull().default(now),
  },
  (t) => [index('status_flips_revision_idx').on(t.revisionId)],
)

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer().references(() => users.id),
    actor: text().notNull(),
    action: text().notNull(), // e.g. 'target.update', 'user.create', 'import.commit'
    entity: text().notNull(), // table name
    entityId: text().notNull(),
    /** The indicator concerned, if any (for the audit log's indicator filter). */
    indicatorId: integer().references(() => indicators.id),
    before: text({ mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text({ mode: 'json' }).$type<Record<string, unknown> | null>(),
    reason: text().notNull(),
    ip: text(),
    createdAt: text().notNull().default(now),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt), index('audit_log_user_idx').on(t.userId, t.createdAt)],
)

export const events = sqliteTable('events', {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  date: text().notNull(), // ISO date
  labelEn: text().notNull(),
  labelEs: text().notNull(),
  labelFr: text().notNull(),
  descriptionEn: text().notNull(),
  descriptionEs: text().notNull(),
  descriptionFr: text().notNull(),
})
