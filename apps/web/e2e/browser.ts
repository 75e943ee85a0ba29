/** Chromium helpers for the browser tests: launch, open a page and wait for data, run axe. */
import { createRequire } from 'node:module'
import { afterAll, beforeAll } from 'vitest'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

const require = createRequire(import.meta.url)

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/** Launches one Chromium for the calling test file (closed after it); returns a getter for it. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('Chromium is not running (sharedBrowser must be called at the top of a test file)')
    return browser
  }
}

export interface OpenOptions extends BrowserContextOptions {
  width?: number
  height?: number
}

/** A fresh context (empty localStorage) with reduced motion, so charts draw at once. */
export async function openPage(browser: Browser, options: OpenOptions = {}): Promise<Page> {
  const { width = 1280, height = 900, ...rest } = options
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', acceptDownloads: true, ...rest })
  return context.newPage()
}

/** Waits until the page has its h1 and no loading placeholder is left. */
export async function waitForContent(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor()
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0, undefined, { timeout: 30_000 })
}

/** Waits until an element matching `selector` has exactly `text` (React renders after the URL changes). */
export async function waitForText(page: Page, selector: string, text: string, timeout = 20_000): Promise<void> {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await page.locator(selector).filter({ hasText: new RegExp(`^\\s*${escaped}\\s*$`) }).first().waitFor({ timeout })
}

/** Waits for the page heading to read `text`, then for its data. */
export async function waitForHeading(page: Page, text: string): Promise<void> {
  await waitForText(page, 'main h1', text)
  await waitForContent(page)
}

export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await waitForContent(page)
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) and returns the serious and critical violations.
 * The page must come from a context opened with `bypassCSP: true`: the API's Content Security
 * Policy (rightly) refuses the injected script otherwise.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n')
}
