/**
 * Reading ZIP archives in memory (a World Bank download, an XLSX workbook) without trusting them:
 * 1. the central directory is listed without inflating anything, and refused when it holds too many
 *    entries, an entry declares more bytes than the limit, all entries together do, or an entry
 *    declares a compression ratio no data file has (a ZIP bomb);
 * 2. the entries needed are then inflated in small steps, counting bytes, and refused the moment one
 *    inflates beyond what it declared (a bomb that lies in its directory) or beyond the limit.
 * Memory and time are thus bounded by the limits, whatever the archive claims.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFile } from 'fflate'
import { ImportFileError, messageOf } from './errors.ts'
import { formatBytes, formatCount, type ImportLimits } from './limits.ts'

export interface ZipEntry {
  name: string
  /** Bytes in the archive. */
  compressedSize: number
  /** Bytes once inflated, as the archive declares them. */
  declaredSize: number
  /** 0 stored, 8 deflate (the only two a data file uses). */
  compression: number
}

/** True when the bytes start like a ZIP archive (a local file header or an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
}

/** The entries of the central directory, checked against the limits; nothing is inflated. */
export function listZipEntries(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  const entries: ZipEntry[] = []
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, compressedSize: file.size, declaredSize: file.originalSize, compression: file.compression })
        if (entries.length > limits.maxZipEntries) throw new TooManyEntries()
        return false
      },
    })
  } catch (error) {
    if (error instanceof TooManyEntries) {
      throw new ImportFileError('zip-bomb', `the ZIP archive holds more than ${formatCount(limits.maxZipEntries)} entries (the limit)`)
    }
    throw new ImportFileError('zip', `not a readable ZIP archive (${messageOf(error)})`, { cause: error })
  }
  checkDeclaredSizes(entries, limits)
  return entries
}

class TooManyEntries extends Error {}

function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ImportLimits): void {
  const seen = new Set<string>()
  let total = 0
  for (const entry of entries) {
    if (seen.has(entry.name)) throw new ImportFileError('zip', `the ZIP archive holds two entries named "${entry.name}"`)
    seen.add(entry.name)
    if (entry.compression !== 0 && entry.compression !== 8) {
      throw new ImportFileError('zip', `entry "${entry.name}" uses compression method ${entry.compression} (only stored and deflate are read)`)
    }
    if (entry.declaredSize > limits.maxInflatedBytes) {
      throw new ImportFileError('zip-bomb', `entry "${entry.name}" declares ${formatBytes(entry.declaredSize)} once inflated, more than the limit of ${formatBytes(limits.maxInflatedBytes)}`)
    }
    const ratio = entry.declaredSize / Math.max(entry.compressedSize, 1)
    if (ratio > limits.maxCompressionRatio) {
      throw new ImportFileError(
        'zip-bomb',
        `entry "${entry.name}" declares a compression ratio of ${Math.round(ratio)}:1 (${formatBytes(entry.compressedSize)} → ${formatBytes(entry.declaredSize)}), more than ${limits.maxCompressionRatio}:1: refused as a ZIP bomb`,
      )
    }
    total += entry.declaredSize
  }
  if (total > limits.maxInflatedBytes) {
    throw new ImportFileError('zip-bomb', `the ZIP archive declares ${formatBytes(total)} once inflated, more than the limit of ${formatBytes(limits.maxInflatedBytes)}`)
  }
}

/** Compressed bytes pushed at a time: one step inflates to at most ~1,000× this (deflate's maximum ratio). */
const STEP = 8 * 1024

/**
 * Inflates the entries named `wanted` (listed and checked by `listZipEntries`), refusing as soon as an
 * entry inflates beyond its declared size or all of them beyond `limits.maxInflatedBytes`.
 */
export function readZipEntries(bytes: Uint8Array, entries: readonly ZipEntry[], wanted: readonly string[], limits: ImportLimits): Map<string, Uint8Array> {
  const declared = new Map(entries.map((e) => [e.name, e]))
  const chunks = new Map<string, Uint8Array[]>()
  const sizes = new Map<string, number>()
  const done = new Set<string>()
  let total = 0
  let failure: ImportFileError | undefined

  const fail = (error: ImportFileError, file: UnzipFile) => {
    failure ??= error
    file.terminate()
  }

  const unzip = new Unzip((file) => {
    const entry = declared.get(file.name)
    if (entry === undefined || !wanted.includes(file.name) || chunks.has(file.name)) return
    chunks.set(file.name, [])
    sizes.set(file.name, 0)
    file.ondata = (error, data, final) => {
      if (failure !== undefined) return
      if (error !== null) {
        fail(new ImportFileError('zip', `entry "${file.name}" is damaged (${error.message})`, { part: file.name, cause: error }), file)
        return
      }
      const size = (sizes.get(file.name) ?? 0) + data.length
      total += data.length
      if (size > entry.declaredSize) {
        fail(new ImportFileError('zip-bomb', `entry "${file.name}" inflates beyond the ${formatBytes(entry.declaredSize)} it declares: refused as a ZIP bomb or a damaged archive`), file)
        return
      }
      if (total > limits.maxInflatedBytes) {
        fail(new ImportFileError('zip-bomb', `the ZIP archive inflates beyond the limit of ${formatBytes(limits.maxInflatedBytes)}`), file)
        return
      }
      sizes.set(file.name, size)
      chunks.get(file.name)?.push(data)
      if (final) done.add(file.name)
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  unzip.register(UnzipPassThrough)

  try {
    for (let at = 0; at < bytes.length && failure === undefined; at += STEP) {
      const end = Math.min(bytes.length, at + STEP)
      unzip.push(bytes.subarray(at, end), end === bytes.length)
    }
  } catch (error) {
    failure ??= new ImportFileError('zip', `the ZIP archive is damaged (${messageOf(error)})`, { cause: error })
  }
  if (failure !== undefined) throw failure

  const out = new Map<string, Uint8Array>()
  for (const name of wanted) {
    const entry = declared.get(name)
    const parts = chunks.get(name)
    if (entry === undefined || parts === undefined || !done.has(name)) {
      throw new ImportFileError('zip', `entry "${name}" could not be read to its end (a truncated or damaged archive)`)
    }
    const size = sizes.get(name) ?? 0
    if (size !== entry.declaredSize) {
      throw new ImportFileError('zip', `entry "${name}" inflates to ${formatBytes(size)} but declares ${formatBytes(entry.declaredSize)} (a damaged archive)`)
    }
    out.set(name, concat(parts, size))
  }
  return out
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0]
  const out = new Uint8Array(size)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
