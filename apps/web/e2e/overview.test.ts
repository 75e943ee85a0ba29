import { describe, expect, inject, test } from 'vitest'
import { fetchProgress } from './api.ts'
import { sharedBrowser, openPage, visit, waitForContent, waitForHeading } from './browser.ts'

const STATUS_WORDS_EN: Record<string, string> = {
  achieved: 'Achieved',
  on_track: 'On track',
  moderate: 'Progress, must accelerate',
  off_track: 'Off track',
  regressing: 'Moving away',
  insufficient_data: 'Not enough data',
  no_target: 'No target (trend only)',
}
const STATUS_WORDS_ES: Record<string, string> = {
  achieved: 'Meta alcanzada',
  on_track: 'En camino',
  moderate: 'Avanza, debe acelerar',
  off_track: 'Rezagado',
  regressing: 'Retrocede',
  insufficient_data: 'Datos insuficientes',
  no_target: 'Sin meta (solo tendencia)',
}
const COUNTRIES = ['CAN', 'MEX', 'USA', 'NAM']
const NAMES_EN: Record<string, string> = { CAN: 'Canada', MEX: 'Mexico', USA: 'United States', NAM: 'North America' }
const NAMES_ES: Record<string, string> = { CAN: 'Canadá', MEX: 'México', USA: 'Estados Unidos', NAM: 'América del Norte' }

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
        if (!expected) continue
        const chip = cell.locator('.status-chip')
        await expect(chip.getAttribute('data-status')).resolves.toBe(expected.status)
        expect((await chip.textContent())?.trim()).toBe(STATUS_WORDS_EN[expected.status])
        await expect(cell.locator('a').getAttribute('href')).resolves.toBe(`/goals/${goal}?country=${country}`)
        const noun = expected.total === 1 ? 'indicator' : 'indicators'
        const coverage = `${expected.assessed} of ${expected.total} ${noun} assessed`
        await expect(cell.locator('.matrix-cell__coverage').textContent()).resolves.toBe(coverage)
        expect(await cell.locator('svg').count()).toBeGreaterThan(0)
        // The link's name stands alone (a screen reader's list of links): goal, country, status and count.
        const name = `Goal ${goal}, ${NAMES_EN[country]}: ${STATUS_WORDS_EN[expected.status]}, ${coverage}`
        await expect(page.getByRole('link', { name, exact: true }).getAttribute('href')).resolves.toBe(`/goals/${goal}?country=${country}`)
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

  test('each goal name links to its goal page', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/`)
    const goalLinks = page.locator('table.status-matrix tbody th a')
    expect(await goalLinks.count()).toBe(4)
    await expect(goalLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
      '/goals/1',
      '/goals/2',
      '/goals/3',
      '/goals/4',
    ])
    const first = goalLinks.first()
    await expect(first.getAttribute('aria-label')).resolves.toMatch(/^Goal 1: \S/)
    await first.click()
    await page.waitForURL(`${baseUrl}/goals/1`)
    await page.locator('main h1', { hasText: /^Goal 1: / }).waitFor()
    await waitForContent(page)
    await page.context().close()
  })

  test('names the status cells in Spanish, with the plural of "indicador"', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/?lang=es`)
    await waitForHeading(page, 'América del Norte 2050: ¿vamos por buen camino?')
    const progress = await fetchProgress(baseUrl)
    const expected = progress.goals.find((g) => g.goalId === 1 && g.country === 'MEX')
    expect(expected).toBeDefined()
    if (!expected) return
    const noun = expected.total === 1 ? 'indicador evaluado' : 'indicadores evaluados'
    const name = `Meta 1, ${NAMES_ES['MEX']}: ${STATUS_WORDS_ES[expected.status]}; ${expected.assessed} de ${expected.total} ${noun}`
    await expect(page.getByRole('link', { name, exact: true }).getAttribute('href')).resolves.toBe('/goals/1?country=MEX&lang=es')
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
