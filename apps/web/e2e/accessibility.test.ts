import { describe, expect, inject, test } from 'vitest'
import { describeViolations, sharedBrowser, openPage, seriousViolations, visit, waitForText } from './browser.ts'

const baseUrl = inject('baseUrl')

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
  '/no-such-page',
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
