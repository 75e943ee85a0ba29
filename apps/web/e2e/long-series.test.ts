/**
 * Charts at any length: the indicator page given a synthetic 10,000-point monthly series (made here,
 * served through Playwright's page.route in place of the API's answer; never stored anywhere) draws
 * at most DRAW_LIMIT points per line (largest-triangle-three-buckets), while the table keeps every
 * point of the view and the full CSV download every point of the series. The scripting time of
 * drawing is printed (Chromium's ScriptDuration metric), not asserted: the machine is shared.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, inject, test } from 'vitest'
import type { CDPSession, Page } from 'playwright-core'
import type { Series } from '@nap/schemas'
import { DRAW_LIMIT } from '../src/features/indicators/utils/to-chart-data.ts'
import { fetchSeries } from './api.ts'
import { openPage, sharedBrowser, visit, waitForContent } from './browser.ts'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()

const POINTS = 10_000
const LAST_MONTH = 2060 * 12 + 11 // December 2060, the end of the widest view

/** 10,000 months of a made-up Mexico series ending December 2060: a trend, a cycle and a dip. */
function syntheticSeries(real: Series): Series {
  const points = Array.from({ length: POINTS }, (_, i) => {
    const month = LAST_MONTH - (POINTS - 1) + i
    const year = Math.floor(month / 12)
    const value = 8000 + 1.6 * i + 900 * Math.sin(i / 30) + (i === 9000 ? -2500 : 0)
    return { period: `${year}-${String((month % 12) + 1).padStart(2, '0')}`, year, value, estimate: false, provisional: false, breakInSeries: false, derived: false }
  })
  return { indicator: real.indicator, asOf: null, sources: [], series: [{ country: 'MEX', sourceId: null, points }] }
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN
}

/** Two animation frames: what React committed has been laid out and painted. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click()
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: name }).waitFor()
  await waitForContent(page)
}

describe('a 10,000-point monthly series', () => {
  test(`is drawn with at most ${DRAW_LIMIT} points while the table and the full CSV keep every one`, async () => {
    const synthetic = syntheticSeries(await fetchSeries(baseUrl, 'gdp-per-capita-ppp', '?countries=MEX'))
    const body = JSON.stringify(synthetic)
    const page = await openPage(browser())
    // Any series request that includes Mexico gets the synthetic series.
    await page.route(
      (url) => url.pathname === '/api/indicators/gdp-per-capita-ppp/series' && (url.searchParams.get('countries') ?? '').includes('MEX'),
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
    )
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')

    // Load on the About tab: the series arrives and is checked, nothing is drawn yet.
    const load0 = await scriptSeconds(cdp)
    await visit(page, `${baseUrl}/indicators/gdp-per-capita-ppp?countries=MEX&from=1960&to=2060&tab=about`)
    await page.locator('[role="tabpanel"][aria-busy="false"]').waitFor()
    await settle(page)
    const loaded = await scriptSeconds(cdp)

    await openTab(page, 'Chart')
    const line = page.locator('.chart-frame path.chart-line[data-country="MEX"]')
    await line.waitFor()
    await settle(page)
    const drawn = await scriptSeconds(cdp)
    const d = (await line.getAttribute('d')) ?? ''
    const linePoints = (d.match(/[ML]/g) ?? []).length

    await openTab(page, 'Table')
    await page.locator('table.series-table tbody tr').first().waitFor()
    await settle(page)
    const tabled = await scriptSeconds(cdp)
    const rows = await page.locator('table.series-table tbody tr').count()

    // Drawn again with the chart's code loaded: the drawing alone (the first time also loads and
    // runs the chart's chunk).
    await openTab(page, 'Chart')
    await line.waitFor()
    await settle(page)
    const redrawn = await scriptSeconds(cdp)

    // A pointer reaches the chart: Recharts (its chunk, axes and readout) is loaded and drawn over it.
    const frame = await page.locator('.chart-frame').boundingBox()
    await page.mouse.move((frame?.x ?? 0) + (frame?.width ?? 0) / 2, (frame?.y ?? 0) + (frame?.height ?? 0) / 2)
    await page.locator('.chart-frame svg.recharts-surface').waitFor()
    await page.mouse.move((frame?.x ?? 0) + (frame?.width ?? 0) / 2 + 8, (frame?.y ?? 0) + (frame?.height ?? 0) / 2)
    await page.locator('.recharts-tooltip-label').waitFor()
    await settle(page)
    const pointed = await scriptSeconds(cdp)
    await expect(line.getAttribute('d')).resolves.toBe(d)
    await page.mouse.move(0, 0)

    const menu = page.locator('details.download-menu')
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click()
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV (full series)' }).click()])
    const csv = (await readFile(await file.path(), 'utf8')).trim().split('\n')

    console.log(
      [
        `long series: ${POINTS.toLocaleString('en-US')} monthly points; view 1960–2060 = ${rows.toLocaleString('en-US')} points; chart line drawn with ${linePoints} points`,
        `  scripting (Chromium ScriptDuration): page load with the series ${((loaded - load0) * 1000).toFixed(0)} ms; drawing the chart ${((drawn - loaded) * 1000).toFixed(0)} ms (with loading its code), again ${((redrawn - tabled) * 1000).toFixed(0)} ms; the table ${((tabled - drawn) * 1000).toFixed(0)} ms; the first pointer on the chart (loading and drawing Recharts' axes and readout) ${((pointed - redrawn) * 1000).toFixed(0)} ms`,
      ].join('\n'),
    )
    expect(linePoints).toBeLessThanOrEqual(DRAW_LIMIT)
    expect(linePoints).toBeGreaterThan(DRAW_LIMIT * 0.9)
    // Every month of 1960–2060 that the series has: the table keeps every point of the view.
    expect(rows).toBe(synthetic.series[0]?.points.filter((p) => p.year >= 1960 && p.year <= 2060).length)
    expect(rows).toBe(101 * 12)
    expect(csv).toHaveLength(POINTS + 1)
    expect(csv[1]).toMatch(/^gdp-per-capita-ppp,MEX,1227-09,1227,8000,/)
    await page.context().close()
  })
})
