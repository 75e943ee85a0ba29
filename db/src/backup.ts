/**
 * Online backup: a consistent copy of the database while the server keeps serving (and writing).
 * `VACUUM INTO` copies one read snapshot of the WAL database into a new compact file, so the copy
 * is a state the database really had; the copy is then verified (integrity check, foreign keys, row
 * counts) before it is reported as good.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'

export interface BackupReport {
  path: string
  bytes: number
  integrity: string
  tables: Record<string, number>
}

/** Row counts of every table (migration bookkeeping included), in name order. */
export function tableCounts(sqlite: Database.Database): Record<string, number> {
  const names = sqlite
    .prepare<[], { name: string }>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all()
  const counts: Record<string, number> = {}
  for (const { name } of names) {
    const row = sqlite.prepare<[], { n: number }>(`select count(*) as n from "${name.replaceAll('"', '""')}"`).get()
    counts[name] = row?.n ?? 0
  }
  return counts
}

/** Opens a copy read-only and checks it: throws with the first problem found. */
export function verifyDatabaseFile(path: string): Omit<BackupReport, 'bytes' | 'path'> {
  const copy = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const integrity = copy.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(`${path}: integrity_check says ${String(integrity)}`)
    const brokenKeys = copy.pragma('foreign_key_check')
    if (Array.isArray(brokenKeys) && brokenKeys.length > 0) throw new Error(`${path}: ${brokenKeys.length} rows break a foreign key`)
    const tables = tableCounts(copy)
    if (!('observations' in tables) || !('revisions' in tables)) throw new Error(`${path}: not a Goal Monitor database (no observations/revisions tables)`)
    return { integrity, tables }
  } finally {
    copy.close()
  }
}

/**
 * Copies the database at `sourcePath` into `targetPath` (which must not exist) and verifies the copy.
 * The copy is written beside the target first and renamed into place only once it checks out.
 */
export function backupDatabase(sourcePath: string, targetPath: string): BackupReport {
  if (existsSync(targetPath)) throw new Error(`${targetPath} already exists: choose a new file name`)
  if (!existsSync(sourcePath)) throw new Error(`${sourcePath} does not exist`)
  const partial = `${targetPath}.partial`
  rmSync(partial, { force: true })
  const source = new Database(sourcePath, { fileMustExist: true })
  try {
    source.pragma('busy_timeout = 5000')
    source.prepare('vacuum into ?').run(partial)
  } finally {
    source.close()
  }
  try {
    const checked = verifyDatabaseFile(partial)
    renameSync(partial, targetPath)
    return { path: targetPath, bytes: statSync(targetPath).size, ...checked }
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}

/**
 * Restores a verified backup into `targetPath` (the server must be stopped): refuses a target that
 * exists unless `overwrite`, and removes the target's stale -wal/-shm files.
 */
export function restoreDatabase(backupPath: string, targetPath: string, overwrite = false): BackupReport {
  const checked = verifyDatabaseFile(backupPath)
  if (existsSync(targetPath) && !overwrite) throw new Error(`${targetPath} exists: stop the server and pass --force to replace it`)
  const partial = `${targetPath}.restoring`
  rmSync(partial, { force: true })
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true })
  try {
    backup.prepare('vacuum into ?').run(partial)
  } finally {
    backup.close()
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${targetPath}${suffix}`, { force: true })
  renameSync(partial, targetPath)
  const restored = verifyDatabaseFile(targetPath)
  if (JSON.stringify(restored.tables) !== JSON.stringify(checked.tables)) throw new Error(`${targetPath}: row counts differ from the backup's`)
  return { path: targetPath, bytes: statSync(targetPath).size, ...restored }
}
