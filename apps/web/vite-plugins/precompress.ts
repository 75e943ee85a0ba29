/**
 * Pre-compressed build: after Vite writes the app, a brotli (`.br`, quality 11) and a gzip (`.gz`,
 * level 9) copy is written beside every text file (JavaScript, CSS, HTML, SVG, JSON, text), so the
 * server sends the smallest encoding the browser accepts without compressing on each request.
 * Formats that are compressed already (woff2, png, jpeg, webp…) are left alone, and so is a copy that
 * would not be smaller than the file. node:zlib only; the build manifest folder (.vite) is skipped.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest|map)$/

export interface Compressed {
  file: string
  bytes: number
  br: number | null
  gz: number | null
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

/** Writes `.br` and `.gz` beside each compressible file of `dir`; returns what it wrote. */
export async function precompressDir(dir: string): Promise<Compressed[]> {
  const files = (await listFiles(dir)).filter((file) => COMPRESSIBLE.test(file) && !relative(dir, file).startsWith('.vite'))
  return Promise.all(
    files.map(async (file): Promise<Compressed> => {
      const bytes = await readFile(file)
      const [br, gz] = await Promise.all([
        brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }),
        gzipAsync(bytes, { level: 9 }),
      ])
      const keep = async (data: Buffer, suffix: string) => {
        if (data.length >= bytes.length) return null
        await writeFile(`${file}${suffix}`, data)
        return data.length
      }
      return { file: relative(dir, file), bytes: bytes.length, br: await keep(br, '.br'), gz: await keep(gz, '.gz') }
    }),
  )
}

export function precompress(): Plugin {
  let outDir = 'dist'
  let written = false
  return {
    name: 'nap:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle() {
      written = true
    },
    // After every file is written (public/ included); not when the build failed.
    async closeBundle() {
      if (!written) return
      const files = await precompressDir(outDir)
      const count = files.filter((f) => f.br !== null || f.gz !== null).length
      this.info(`pre-compressed ${count} of ${files.length} text files (.br, .gz)`)
    },
  }
}
