/**
 * The imports and their verdict rows (tables `imports`, `import_rows`). Every function takes the
 * database or the transaction it runs in and returns plain data; the import service composes them
 * inside its transactions.
 */
import { and, asc, desc, eq, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { ImportStatus } from '@nap/domain'
import { importRows, imports, revisions, users, type Db, type ImportSummary, type ImportVerdict } from '@nap/db'
import { decodeCursor, encodeCursor } from './cursor.ts'
import type { ImportRowData } from '../services/import-verdicts.ts'

/** What the queries run through: the database or a transaction. */
export type Reader = Pick<Db, 'select' | 'selectDistinct' | 'get' | 'all'>
export type Writer = Reader & Pick<Db, 'insert' | 'update'>

export type ImportRecord = typeof imports.$inferSelect & {
  uploadedBy: string | null
  committedByName: string | null
  revertedByName: string | null
}

export type NewImport = typeof imports.$inferInsert

export function insertImport(tx: Writer, values: NewImport): number {
  return tx.insert(imports).values(values).returning({ id: imports.id }).get().id
}

export function updateImport(tx: Writer, id: number, patch: Partial<NewImport>): void {
  tx.update(imports).set(patch).where(eq(imports.id, id)).run()
}

const json = (v: unknown) => (v === null ? null : JSON.stringify(v))
const bit = (b: boolean | null) => (b === null ? null : b ? 1 : 0)

/**
 * Stores the verdicts (one prepared statement, run per row: thousands of rows in tens of
 * milliseconds). Runs on the connection of the caller's transaction.
 */
export function insertImportRows(db: Pick<Db, '$client'>, importId: number, rows: readonly ImportRowData[], onProgress?: (done: number) => void): void {
  const insert = db.$client.prepare(
    `insert into import_rows (import_id, seq, line, "column", verdict, code, reason, indicator, indicator_id, country, period, value_text, observation_id,
       old_value, old_version, old_deleted, old_flags, old_source_note, new_value, new_flags, new_source_note, ignored_flags, outlier)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  rows.forEach((r, i) => {
    insert.run(
      importId, r.seq, r.line, r.column, r.verdict, r.code, r.reason, r.indicator, r.indicatorId, r.country, r.period, r.valueText, r.observationId,
      r.oldValue, r.oldVersion, bit(r.oldDeleted), json(r.oldFlags), r.oldSourceNote, r.newValue, json(r.newFlags), r.newSourceNote, json(r.ignoredFlags), json(r.outlier),
    )
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1)
  })
  onProgress?.(rows.length)
}

const uploader = alias(users, 'uploader')
const committer = alias(users, 'committer')
const reverter = alias(users, 'reverter')

function selectImports(reader: Reader) {
  return reader
    .select({ i: imports, uploadedBy: uploader.name, committedByName: committer.name, revertedByName: reverter.name })
    .from(imports)
    .leftJoin(uploader, eq(uploader.id, imports.userId))
    .leftJoin(committer, eq(committer.id, imports.committedBy))
    .leftJoin(reverter, eq(reverter.id, imports.revertedBy))
}

const recordOf = (r: { i: typeof imports.$inferSelect; uploadedBy: string | null; committedByName: string | null; revertedByName: string | null }): ImportRecord => ({
  ...r.i,
  uploadedBy: r.uploadedBy,
  committedByName: r.committedByName,
  revertedByName: r.revertedByName,
})

export function findImport(reader: Reader, id: number): ImportRecord | undefined {
  const row = selectImports(reader).where(eq(imports.id, id)).get()
  return row === undefined ? undefined : recordOf(row)
}

/** The status alone (the commit and revert check it first, inside their transaction). */
export function importStatus(reader: Reader, id: number): ImportStatus | undefined {
  return reader.select({ status: imports.status }).from(imports).where(eq(imports.id, id)).get()?.status
}

export interface ImportListQuery {
  cursor?: string | undefined
  limit: number
}

/** Imports newest first, page by page (keyset on created_at, id); 'invalid_cursor' for a cursor we did not give out. */
export function listImports(reader: Reader, q: ImportListQuery): { items: ImportRecord[]; nextCursor: string | null } | 'invalid_cursor' {
  let after: SQL | undefined
  if (q.cursor !== undefined) {
    const c = decodeCursor(q.cursor)
    if (c === null) return 'invalid_cursor'
    after = or(lt(imports.createdAt, c.at), and(eq(imports.createdAt, c.at), lt(imports.id, c.id)))
  }
  const rows = selectImports(reader)
    .where(after)
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(q.limit + 1)
    .all()
    .map(recordOf)
  const items = rows.slice(0, q.limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > q.limit && last !== undefined ? encodeCursor({ at: last.createdAt, id: last.id }) : null }
}

export type ImportRowRecord = typeof importRows.$inferSelect

export interface RowQuery {
  verdict?: ImportVerdict | undefined
  /** A slug, or an indicator as the file wrote it (case-insensitive). */
  indicator?: string | undefined
  /** An area code, or a country as the file wrote it (case-insensitive). */
  country?: string | undefined
  cursor?: string | undefined
  limit: number
}

/** Row cursors: the seq of the last row of the page, opaque to clients. */
export function encodeRowCursor(seq: number): string {
  return Buffer.from(`row:${String(seq)}`, 'utf8').toString('base64url')
}

export function decodeRowCursor(text: string): number | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null
  const m = /^row:(0|[1-9]\d{0,9})$/.exec(Buffer.from(text, 'base64url').toString('utf8'))
  return m?.[1] === undefined ? null : Number(m[1])
}

/** One page of an import's verdicts in file order; 'invalid_cursor' for a cursor we did not give out. */
export function pageImportRows(reader: Reader, importId: number, q: RowQuery): { items: ImportRowRecord[]; nextCursor: string | null } | 'invalid_cursor' {
  const where: SQL[] = [eq(importRows.importId, importId)]
  if (q.verdict !== undefined) where.push(eq(importRows.verdict, q.verdict))
  if (q.indicator !== undefined) where.push(sql`${importRows.indicator} = ${q.indicator.trim()} collate nocase`)
  if (q.country !== undefined) where.push(sql`${importRows.country} = ${q.country.trim()} collate nocase`)
  if (q.cursor !== undefined) {
    const seq = decodeRowCursor(q.cursor)
    if (seq === null) return 'invalid_cursor'
    where.push(gt(importRows.seq, seq))
  }
  const rows = reader
    .select()
    .from(importRows)
    .where(and(...where))
    .orderBy(asc(importRows.seq))
    .limit(q.limit + 1)
    .all()
  const items = rows.slice(0, q.limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > q.limit && last !== undefined ? encodeRowCursor(last.seq) : null }
}

/** The rows a commit applies (new and changed), in file order. */
export function appliedImportRows(reader: Reader, importId: number): ImportRowRecord[] {
  return reader
    .select()
    .from(importRows)
    .where(and(eq(importRows.importId, importId), inArray(importRows.verdict, ['new', 'changed'])))
    .orderBy(asc(importRows.seq))
    .all()
}

/** The revisions a commit wrote for its points (action 'import'), with whether each is still its point's newest. */
export function commitRevisions(reader: Reader, importId: number): { revisionId: number; observationId: number; newest: boolean }[] {
  const newest = reader
    .select({ observationId: revisions.observationId, id: sql<number>`max(${revisions.id})`.as('newest_id') })
    .from(revisions)
    .groupBy(revisions.observationId)
    .as('newest')
  return reader
    .select({ revisionId: revisions.id, observationId: revisions.observationId, newestId: newest.id })
    .from(revisions)
    .innerJoin(newest, eq(newest.observationId, revisions.observationId))
    .where(and(eq(revisions.importId, importId), eq(revisions.action, 'import')))
    .orderBy(asc(revisions.id))
    .all()
    .map((r) => ({ revisionId: r.revisionId, observationId: r.observationId, newest: r.newestId === r.revisionId }))
}

export type { ImportSummary }
