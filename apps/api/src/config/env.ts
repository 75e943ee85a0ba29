import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { DEFAULT_DATABASE_PATH } from '@nap/db'

const here = dirname(fileURLToPath(import.meta.url))
export const DEFAULT_WEB_DIST = join(here, '..', '..', '..', 'web', 'dist')

export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_PATH: z
    .string()
    .default(DEFAULT_DATABASE_PATH)
    .transform((p) => (p === ':memory:' ? p : resolve(p))),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default(DEFAULT_WEB_DIST).describe('Folder of the built web app'),
})
export type Env = z.infer<typeof EnvSchema>

/** The one place the API reads process.env. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`)
  return parsed.data
}
