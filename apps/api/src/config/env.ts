import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { REPO_ROOT, resolveDatabasePath } from '@nap/db'

const here = dirname(fileURLToPath(import.meta.url))
export const DEFAULT_WEB_DIST = join(here, '..', '..', '..', 'web', 'dist')

/** An empty variable (`PORT=` in .env) means "use the default", never 0 or "". */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional())

/** Every variable the API reads; `.env.example` documents each of them. */
export const EnvSchema = z.object({
  PORT: z.preprocess(blank, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(blank, z.string().default('0.0.0.0')),
  DATABASE_PATH: optional(z.string())
    .transform(resolveDatabasePath)
    .describe('SQLite file; empty means data/goal-monitor.sqlite; relative paths are relative to the repository root'),
  LOG_LEVEL: z.preprocess(blank, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  RESPONSE_CACHE: z
    .preprocess(blank, z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on'))
    .describe('"off" builds every API response anew (the benchmark measures both); default "on"'),
  WEB_DIST: optional(z.string())
    .transform((p) => (p === undefined ? DEFAULT_WEB_DIST : resolve(REPO_ROOT, p)))
    .describe('Folder of the built web app'),
  ADMIN_EMAIL: optional(z.email({ error: 'must be an e-mail address' }))
    .transform((e) => e?.trim().toLowerCase())
    .describe('The first admin, created on start when the database has no account yet'),
  ADMIN_NAME: z.preprocess(blank, z.string().trim().min(1).max(100).default('Administrator')).describe('Display name of that admin'),
  ADMIN_PASSWORD: optional(z.string()).describe("That admin's password (checked against the password policy)"),
  ADMIN_PASSWORD_FILE: optional(z.string())
    .transform((p) => (p === undefined ? undefined : resolve(REPO_ROOT, p)))
    .describe('A file holding that password instead (e.g. a Docker secret); relative to the repository root'),
}).superRefine((env, ctx) => {
  const passwords = [env.ADMIN_PASSWORD, env.ADMIN_PASSWORD_FILE].filter((p) => p !== undefined).length
  if (env.ADMIN_EMAIL !== undefined && passwords === 0) {
    ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'ADMIN_EMAIL needs ADMIN_PASSWORD or ADMIN_PASSWORD_FILE' })
  }
  if (passwords === 2) {
    ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD_FILE'], message: 'set ADMIN_PASSWORD or ADMIN_PASSWORD_FILE, not both' })
  }
  if (env.ADMIN_EMAIL === undefined && passwords > 0) {
    ctx.addIssue({ code: 'custom', path: ['ADMIN_EMAIL'], message: 'ADMIN_PASSWORD needs ADMIN_EMAIL (the admin to create)' })
  }
})
export type Env = z.infer<typeof EnvSchema>

/** The one place the API reads process.env. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`)
  return parsed.data
}
