/**
 * Starts the API (which serves apps/web/dist) as a child process on a free port with a fresh
 * SQLite file (migrated and seeded on first start), waits for /api/health, provides the base URL
 * to the tests, and stops the server at teardown.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The first admin, created by the API on start from ADMIN_EMAIL / ADMIN_PASSWORD. */
    adminEmail: string
    adminPassword: string
  }
}

/** The test server's first admin (a fresh database each run; never a real account). */
const ADMIN_EMAIL = 'e2e-admin@example.org'
const ADMIN_PASSWORD = 'e2e-Admin-quartz-lantern-2026'

const here = dirname(fileURLToPath(import.meta.url))
const webRoot = resolve(here, '..')
const repoRoot = resolve(webRoot, '..', '..')

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}


async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} before it was ready:\n${output()}`)
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`The API did not answer ${url}/api/health within ${timeoutMs / 1000} s:\n${output()}`)
}

export default async function setup(project: TestProject) {
  // E2E_WEB_DIST: test another build than apps/web/dist (e.g. one built with --outDir elsewhere).
  const webDist = process.env['E2E_WEB_DIST'] ?? join(webRoot, 'dist')
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(`${webDist} is missing: build the web app first (pnpm --filter @nap/web build, or pnpm build).`)
  }
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'nap-e2e-'))
  let log = ''
  // The production path: Node's own type stripping runs the API's TypeScript (no tsx).
  const child = spawn(process.execPath, ['apps/api/src/server.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dataDir, 'e2e.sqlite'),
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
      ADMIN_EMAIL,
      ADMIN_NAME: 'E2E Administrator',
      ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000)
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)

  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(baseUrl, child, () => log)
  } catch (error) {
    child.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  project.provide('baseUrl', baseUrl)
  project.provide('adminEmail', ADMIN_EMAIL)
  project.provide('adminPassword', ADMIN_PASSWORD)

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000)
      await exited
      clearTimeout(timer)
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
}
