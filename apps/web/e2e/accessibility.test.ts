import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { apiSignIn, signInInPage } from './admin-api.ts'
import { describeViolations, sharedBrowser, openPage, seriousViolations, visit, waitForContent, waitForText } from './browser.ts'

const baseUrl = inject('baseUrl')
const adminEmail = inject('adminEmail')
const adminPassword = inject('adminPassword')

const PAGES = [
  '/',
  '/?lang=es',
  '/goals',
  '/goals/1?country=MEX',
  '/goals/3?country=NAM&lang=fr',
  '/indicators/gdp-per-capita-ppp?countries=CAN,MEX,USA,NAM&tab=chart',
  '/indicators/gdp-per-capita-ppp?countries=MEX&tab=table',
  '/indicators/gdp-per-capita-ppp?countries=MEX,USA&tab=why',
  '/indicators/growth-gap-vs-world?tab=why',
  '/indicators/unemployment-rate?tab=about',
  '/countries',
  '/countries/MEX',
  '/methodology',
  '/about',
  '/changes',
  '/changes?country=MEX&lang=fr',
  '/admin',
  '/admin?lang=es',
  '/no-such-page',
]

/** The admin pages, seen by a signed-in admin. */
const ADMIN_PAGES = [
  '/admin?indicator=unemployment-rate',
  '/admin?indicator=gdp-per-capita-ppp&lang=es',
  '/admin/targets?indicator=unemployment-rate&country=MEX',
  '/admin/targets?indicator=unemployment-rate&country=NAM&lang=fr',
  '/admin/users',
  '/admin/audit',
  '/admin/password',
  '/admin/imports',
  '/admin/imports?lang=es',
]

const browser = sharedBrowser()

describe('accessibility', () => {
  test.each(PAGES)('axe finds no serious or critical violation on %s', async (path) => {
    const page = await openPage(browser(), { bypassCSP: true })
    await visit(page, `${baseUrl}${path}`)
    const violations = await seriousViolations(page)
    expect(violations, describeViolations(violations)).toEqual([])
    await page.context().close()
  })

  test.each(PAGES)('a 360 px wide screen has no horizontal scroll on %s', async (path) => {
    const page = await openPage(browser(), { width: 360, height: 800 })
    await visit(page, `${baseUrl}${path}`)
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(360)
    await page.context().close()
  })

  test('every page has one h1, landmarks and a skip link that moves focus to the main content', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/goals/1?country=MEX`)
    expect(await page.locator('h1').count()).toBe(1)
    for (const selector of ['header', 'nav', 'main#main', 'footer']) expect(await page.locator(selector).count()).toBeGreaterThan(0)
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    await page.context().close()
  })

  test('the tabs of the indicator page work with the keyboard', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/indicators/gdp-per-capita-ppp?countries=MEX`)
    await page.getByRole('tab', { name: 'Chart' }).focus()
    await page.keyboard.press('ArrowRight')
    await page.waitForURL((url) => url.searchParams.get('tab') === 'table')
    await waitForText(page, '[role="tab"][aria-selected="true"]', 'Table')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Table')
    await page.keyboard.press('End')
    await page.waitForURL((url) => url.searchParams.get('tab') === 'about')
    await waitForText(page, '[role="tabpanel"] h2', 'About')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('About')
    await page.context().close()
  })
})

describe('accessibility of the admin pages (signed in as an admin)', () => {
  let context: BrowserContext | undefined
  let page: Page | undefined
  const current = () => {
    if (!page) throw new Error('no admin page')
    return page
  }

  beforeAll(async () => {
    page = await openPage(browser(), { bypassCSP: true })
    context = page.context()
    await signInInPage(page, baseUrl, adminEmail, adminPassword)
  })
  afterAll(async () => {
    await context?.close()
  })

  test.each(ADMIN_PAGES)('axe finds no serious or critical violation on %s', async (path) => {
    await current().setViewportSize({ width: 1280, height: 900 })
    await visit(current(), `${baseUrl}${path}`)
    const violations = await seriousViolations(current())
    expect(violations, describeViolations(violations)).toEqual([])
  })

  test.each(ADMIN_PAGES)('a 360 px wide screen has no horizontal scroll on %s', async (path) => {
    await current().setViewportSize({ width: 360, height: 800 })
    await visit(current(), `${baseUrl}${path}`)
    const scrollWidth = await current().evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(360)
  })

  test('a checked file (summary, verdicts with skipped values, impact, apply form) stays axe-clean and fits 360 px', async () => {
    // A dry run only (nothing is applied): the World Bank's FDI download, with rows of countries not tracked.
    const name = 'API_BX.KLT.DINV.WD.GD.ZS_DS2_en_csv_v2_397.csv'
    const fixture = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'packages', 'imports', 'test', 'fixtures', name)
    const session = await apiSignIn(baseUrl, adminEmail, adminPassword)
    const form = new FormData()
    form.append('file', new Blob([readFileSync(fixture)], { type: 'text/csv' }), name)
    const response = await fetch(`${baseUrl}/api/admin/imports`, { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken }, body: form })
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: number }
    const p = current()
    await p.setViewportSize({ width: 1280, height: 900 })
    await visit(p, `${baseUrl}/admin/imports?import=${id}&verdict=skipped&lang=en`)
    await p.locator('.verdict-table tbody tr[data-verdict="skipped"]').first().waitFor()
    const violations = await seriousViolations(p)
    expect(violations, describeViolations(violations)).toEqual([])
    await p.setViewportSize({ width: 360, height: 800 })
    await visit(p, `${baseUrl}/admin/imports?import=${id}&lang=fr`)
    await expect(p.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360)
  })

  test('the grid with pending and refused cells, the preview and a cell history stay axe-clean', async () => {
    const p = current()
    await p.setViewportSize({ width: 1280, height: 900 })
    // lang=en: an earlier page chose French, and the choice is remembered.
    await visit(p, `${baseUrl}/admin?indicator=gdp-per-capita-ppp&lang=en`)
    await p.getByLabel('Mexico, 2024', { exact: true }).fill('1,5')
    await p.getByLabel('Canada, 2024', { exact: true }).fill('90000')
    await waitForText(p, '.pending-count', '1 pending value, 1 to fix')
    await p.getByLabel('Mexico, 2024', { exact: true }).press('Escape')
    await waitForText(p, '.pending-count', '1 pending value')
    await p.locator('.impact-preview__summary', { hasText: /^1 value: / }).waitFor()
    // 90,000 is far above Canada's series: the outlier check and its confirmation are on screen too.
    await p.locator('.check--outlier', { hasText: 'Canada, 2024: 90,000 is unusual.' }).waitFor()
    await p.getByLabel('I checked this value: save it anyway').waitFor()
    await p.getByLabel('Canada, 2024', { exact: true }).focus()
    await p.getByRole('button', { name: 'History of Canada, 2024' }).click()
    await waitForText(p, '#cell-history-title', 'History: Canada, 2024')
    await waitForContent(p)
    const violations = await seriousViolations(p)
    expect(violations, describeViolations(violations)).toEqual([])
  })
})
