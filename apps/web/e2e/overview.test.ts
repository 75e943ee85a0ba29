import { describe, expect, inject, test } from 'vitest'
import { fetchProgress } from './api.ts'
import { sharedBrowser, openPage, visit, waitForHeading } from './browser.ts'

const STATUS_WORDS_EN = ['Achieved', 'On track', 'Progress, must accelerate', 'Off track', 'Moving away', 'Not enough data', 'No target (trend only)']
const COUNTRIES = ['CAN', 'MEX', 'USA', 'NAM']

const baseUrl = inject('baseUrl')

const browser = sharedBrowser()

describe('overview', () => {
  test('shows all 16 goal × country cells with the status the API computed', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/`)
    await expect(page.locator('h1').textContent()).resolves.toBe('North America 2050: are we on track?')

    const cells = page.locator('table.status-matrix tbody td')
    expect(await cells.count()).toBe(16)
    const progress = await fetchProgress(baseUrl)
    for (let goal = 1; goal <= 4; goal += 1) {
      for (const [index, country] of COUNTRIES.entries()) {
        const cell = page.locator(`table.status-matrix tbody tr:nth-child(${goal}) td:nth-of-type(${index + 1})`)
        const expected = progress.goals.find((g) => g.goalId === goal && g.country === country)
        expect(expected, `API roll-up for goal ${goal} ${country}`).toBeDefined()
        const chip = cell.locator('.status-chip')
        await expect(chip.getAttribute('data-status')).resolves.toBe(expected?.status)
        expect(STATUS_WORDS_EN).toContain((await chip.textContent())?.trim())
        await expect(cell.locator('a').getAttribute('href')).resolves.toBe(`/goals/${goal}?country=${country}`)
        await expect(cell.textContent()).resolves.toContain(`${expected?.assessed} of ${expected?.total} assessed`)
        expect(await cell.locator('svg').count()).toBeGreaterThan(0)
      }
    }
    await page.context().close()
  })

  test('shows the overall score row, the legend, fast facts with sources and data freshness', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/`)
    expect(await page.locator('table.status-matrix tfoot td').count()).toBe(4)
    expect(await page.locator('.status-legend .status-chip').count()).toBe(7)
    const facts = page.locator('.fact-card')
    expect(await facts.count()).toBeGreaterThanOrEqual(8)
    await expect(facts.first().locator('.fact-card__source').textContent()).resolves.toMatch(/^Source: /)
    await expect(page.locator('.freshness').textContent()).resolves.toMatch(/Mexico\s*20\d\d/)
    await page.getByRole('link', { name: 'How is this decided?' }).click()
    await page.waitForURL(`${baseUrl}/methodology`)
    await waitForHeading(page, 'Methodology: how a status is computed')
    expect(await page.locator('h1').count()).toBe(1)
    await page.context().close()
  })

  test('switching to Spanish keeps the page, translates it and is remembered', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/`)
    await page.getByRole('link', { name: 'Español' }).click()
    await page.waitForURL(`${baseUrl}/?lang=es`)
    await waitForHeading(page, 'América del Norte 2050: ¿vamos por buen camino?')
    await expect(page.evaluate(() => window.localStorage.getItem('nap.lang'))).resolves.toBe('es')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es')
    await expect(page.locator('table.status-matrix thead').textContent()).resolves.toContain('México')
    // The choice is remembered: a link without ?lang= opens in Spanish.
    await page.goto(`${baseUrl}/about`)
    await waitForHeading(page, 'Datos y fuentes')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es')
    await page.context().close()
  })
})
