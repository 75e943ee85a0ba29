import { readFile } from 'node:fs/promises'
import { describe, expect, inject, test } from 'vitest'
import type { Page } from 'playwright-core'
import { fetchSeries } from './api.ts'
import { sharedBrowser, openPage, visit, waitForContent, waitForHeading, waitForText } from './browser.ts'

const baseUrl = inject('baseUrl')

const browser = sharedBrowser()

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click()
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: name }).waitFor()
  await waitForContent(page)
}

async function download(page: Page, label: string): Promise<string> {
  const menu = page.locator('details.download-menu')
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click()
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()])
  const path = await file.path()
  return readFile(path, 'utf8')
}

function csvRows(text: string): { country: string; year: number; value: number }[] {
  const [header, ...rows] = text.trim().split('\n')
  expect(header).toBe('indicator,country,period,year,value,unit,estimate,provisional,break_in_series,derived,source_note,source,source_url,licence')
  return rows.map((row) => {
    const [, country = '', , year = '', value = ''] = row.split(',')
    return { country, year: Number(year), value: Number(value) }
  })
}

describe('indicator page', () => {
  test('clicking through from the overview reaches Mexico’s GDP per capita with its real 2024 value and status', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/`)
    await page.locator('table.status-matrix tbody tr:nth-child(1) td:nth-of-type(2) a').click()
    await page.waitForURL(`${baseUrl}/goals/1?country=MEX`)
    await waitForHeading(page, 'Goal 1: Shared prosperity and job creation')
    await page.getByRole('link', { name: 'GDP per capita, PPP' }).click()
    await page.waitForURL(`${baseUrl}/indicators/gdp-per-capita-ppp?countries=MEX`)
    await waitForHeading(page, 'GDP per capita, PPP')

    await expect(page.locator('.status-chips').textContent()).resolves.toContain('Mexico: Off track')
    // Chart: drawn, described by the text summary with the real values.
    await page.locator('.chart-frame path.chart-line').first().waitFor()
    await expect(page.locator('.chart-frame').getAttribute('aria-describedby')).resolves.toBe('chart-summary')
    const summary = await page.locator('#chart-summary').textContent()
    expect(summary).toContain('Mexico: 22,040 in 2024 (2023 baseline 21,917)')
    expect(summary).toContain('Target 27,397 in 2050')
    expect(summary).toContain('Status: Off track (pace ratio 0.54)')

    await openTab(page, 'Table')
    expect(page.url()).toContain('tab=table')
    const row2024 = page.locator('table.series-table tbody tr', { has: page.locator('th', { hasText: /^2024$/ }) })
    await expect(row2024.locator('td[data-country="MEX"]').textContent()).resolves.toBe('22,040')

    await openTab(page, 'Why this status')
    await expect(page.getByRole('heading', { level: 3, name: 'Mexico Off track' }).count()).resolves.toBe(1)
    await expect(page.locator('tr[data-input="latest"] td').textContent()).resolves.toBe('22,040')
    await expect(page.locator('tr[data-input="latest"] th').textContent()).resolves.toBe('Latest value v_t (t = 2024)')
    await expect(page.locator('tr[data-input="ratio"] td').textContent()).resolves.toMatch(/^0\.53\d\d$/)
    await expect(page.locator('.why-panel__formula').textContent()).resolves.toContain('the status is “Off track”')
    await page.context().close()
  })

  test('the chart is drawn without Recharts until a pointer reaches it, then Recharts draws the same axes, under which the lines and grid sit, at any width', async () => {
    const page = await openPage(browser())
    const url = `${baseUrl}/indicators/gdp-per-capita-ppp?countries=MEX&from=1990&to=2050`
    const line = page.locator('.chart-frame path.chart-line[data-country="MEX"]')
    const attrs = (selector: string, name: string) =>
      page.locator(selector).evaluateAll((elements, attr) => elements.map((e) => Number(e.getAttribute(attr))), name)
    // The axes as drawn: every axis and tick line (the axes' colour), every axis label with its box on screen.
    const axes = () =>
      page.locator('.chart-frame svg').evaluate((svg) => {
        const at = (e: Element, name: string) => (Math.round(Number(e.getAttribute(name)) * 100) / 100).toFixed(2)
        const lines = [...svg.querySelectorAll('line')].filter((l) => l.getAttribute('stroke') === '#6b7280').map((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => at(l, a)).join(' '))
        const labels = [...svg.querySelectorAll('text')]
          .filter((t) => t.getAttribute('fill') === '#374151')
          .map((t) => {
            const r = t.getBoundingClientRect()
            return `${t.textContent ?? ''} @ ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`
          })
        const box = svg.getBoundingClientRect()
        return { surface: svg.getAttribute('class'), box: `${box.x},${box.y} ${box.width}×${box.height}`, lines: lines.sort(), labels: labels.sort() }
      })
    const check = async () => {
      await visit(page, url)
      await line.waitFor()
      const drawn = await axes()
      expect(drawn.surface).toBe('chart-surface__svg')
      await expect(page.locator('.chart-frame .recharts-surface').count()).resolves.toBe(0)
      const path = await line.getAttribute('d')

      // A pointer reaches the chart: Recharts' chunk loads and draws the chart with its axes and readout.
      const frame = await page.locator('.chart-frame').boundingBox()
      await page.mouse.move((frame?.x ?? 0) + (frame?.width ?? 0) / 2, (frame?.y ?? 0) + (frame?.height ?? 0) / 2)
      await page.locator('.chart-frame svg.recharts-surface').waitFor()
      await page.locator('.recharts-xAxis line.recharts-cartesian-axis-tick-line').first().waitFor({ state: 'attached' })
      const recharts = await axes()
      expect(recharts.surface).toBe('recharts-surface')
      expect(drawn.lines.length).toBeGreaterThan(8)
      expect(drawn.labels.length).toBeGreaterThan(6)
      expect({ ...recharts, surface: '' }).toEqual({ ...drawn, surface: '' })
      await expect(line.getAttribute('d')).resolves.toBe(path)
      // The readout answers the pointer as it moves.
      await page.mouse.move((frame?.x ?? 0) + (frame?.width ?? 0) / 2 + 8, (frame?.y ?? 0) + (frame?.height ?? 0) / 2)
      await page.locator('.recharts-tooltip-label').waitFor()

      // The first point is 1990, the first year tick; every grid line is at a value tick.
      const [, x, y] = /^M([\d.]+),([\d.]+)/.exec(path ?? '') ?? []
      const [tick1990] = await attrs('.recharts-xAxis line.recharts-cartesian-axis-tick-line', 'x1')
      expect(Math.abs(Number(x) - (tick1990 ?? Number.NaN))).toBeLessThan(0.6)
      expect(Number(y)).toBeGreaterThan(0)
      const grid = await attrs('.chart-grid line', 'y1')
      const ticks = await attrs('.recharts-yAxis line.recharts-cartesian-axis-tick-line', 'y1')
      expect(grid.length).toBeGreaterThan(2)
      expect(grid.map(Math.round)).toEqual(ticks.map(Math.round))
      const svg = await page.locator('.chart-frame svg.recharts-surface').boundingBox()
      expect(Math.abs((svg?.width ?? 0) - (frame?.width ?? 1))).toBeLessThan(1.5)
      await page.mouse.move(0, 0)
      return svg?.width ?? 0
    }
    const wide = await check()
    await page.setViewportSize({ width: 700, height: 900 })
    const narrow = await check()
    expect(narrow).toBeLessThan(wide - 100)
    await page.context().close()
  })

  test('switching to Español keeps the page and its view and shows Spanish names and statuses', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/indicators/gdp-per-capita-ppp?countries=MEX&from=2000&to=2050&tab=why`)
    await page.getByRole('link', { name: 'Español' }).click()
    await page.waitForURL((url) => url.searchParams.get('lang') === 'es')
    await waitForHeading(page, 'PIB per cápita, PPA')
    const url = new URL(page.url())
    expect(url.pathname).toBe('/indicators/gdp-per-capita-ppp')
    expect(Object.fromEntries(url.searchParams)).toEqual({ countries: 'MEX', from: '2000', to: '2050', tab: 'why', lang: 'es' })
    await expect(page.locator('.status-chips').textContent()).resolves.toContain('México: Rezagado')
    await expect(page.getByRole('tab', { name: 'Por qué este estado' }).getAttribute('aria-selected')).resolves.toBe('true')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es')
    await page.context().close()
  })

  test('the CSV downloads start with the header, match the API series and carry the source and licence in every row', async () => {
    const page = await openPage(browser())
    const query = '?countries=MEX,USA&from=2000&to=2050'
    await visit(page, `${baseUrl}/indicators/gdp-per-capita-ppp${query}&tab=chart`)
    await page.locator('.chart-frame path.chart-line').first().waitFor()

    const view = await download(page, 'CSV (this view)')
    expect(view.split('\n')[1]).toMatch(/,"World Bank, World Development Indicators",https:\/\/data\.worldbank\.org\/indicator\/NY\.GDP\.PCAP\.PP\.KD,CC BY 4\.0$/)
    const api = await fetchSeries(baseUrl, 'gdp-per-capita-ppp', query)
    const expected = api.series.flatMap((s) => s.points.map((p) => ({ country: s.country, year: p.year, value: p.value })))
    expect(expected.length).toBeGreaterThan(40)
    expect(csvRows(view)).toEqual(expected)

    const full = await download(page, 'CSV (full series)')
    expect(full.split('\n')[1]).toMatch(/,"World Bank, World Development Indicators",[^,]+,CC BY 4\.0$/)
    const apiFull = await fetchSeries(baseUrl, 'gdp-per-capita-ppp', '?countries=CAN,MEX,USA,NAM')
    expect(csvRows(full)).toEqual(apiFull.series.flatMap((s) => s.points.map((p) => ({ country: s.country, year: p.year, value: p.value }))))
    await page.context().close()
  })

  test('the chart downloads as SVG and PNG', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/indicators/gdp-per-capita-ppp?countries=MEX`)
    await page.locator('.chart-frame path.chart-line').first().waitFor()
    const svg = await download(page, 'SVG image')
    expect(svg.startsWith('<?xml')).toBe(true)
    expect(svg).toContain('GDP per capita, PPP (constant 2021 international $), 1990–2050')
    expect(svg).toContain('Licence: CC BY 4.0')
    const menu = page.locator('details.download-menu')
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click()
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG image' }).click()])
    const bytes = await readFile(await png.path())
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    expect(png.suggestedFilename()).toBe('gdp-per-capita-ppp_MEX_1990-2050.png')
    await page.context().close()
  })

  test('a shared link restores the countries, years, tab and language; back and forward work', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/indicators/gdp-per-capita-ppp?countries=CAN,USA&from=2005&to=2030&tab=table&lang=fr`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
    await expect(page.getByRole('checkbox', { name: 'Canada' }).isChecked()).resolves.toBe(true)
    await expect(page.getByRole('checkbox', { name: 'États-Unis' }).isChecked()).resolves.toBe(true)
    await expect(page.getByRole('checkbox', { name: 'Mexique' }).isChecked()).resolves.toBe(false)
    await expect(page.getByLabel('De', { exact: true }).inputValue()).resolves.toBe('2005')
    await expect(page.getByLabel('À', { exact: true }).inputValue()).resolves.toBe('2030')
    await expect(page.getByRole('tab', { name: 'Tableau' }).getAttribute('aria-selected')).resolves.toBe('true')
    const years = (await page.locator('table.series-table tbody th').allTextContents()).map(Number)
    expect(Math.min(...years)).toBe(2005)
    expect(Math.max(...years)).toBeLessThanOrEqual(2030)
    expect(await page.locator('table.series-table thead th').allTextContents()).toEqual(['Année', 'Canada', 'États-Unis'])

    // click, not check(): the box is controlled by the URL, so its state follows the navigation.
    await page.getByRole('checkbox', { name: 'Mexique' }).click()
    await page.waitForURL((url) => url.searchParams.get('countries') === 'CAN,MEX,USA')
    await page.waitForFunction(() => document.querySelectorAll('input[type="checkbox"]:checked').length === 3)
    await openTab(page, 'Graphique')
    await page.goBack()
    await page.waitForURL((url) => url.searchParams.get('tab') === 'table')
    await waitForText(page, '[role="tab"][aria-selected="true"]', 'Tableau')
    await page.goBack()
    await page.waitForURL((url) => url.searchParams.get('countries') === 'CAN,USA')
    await page.locator('input[type="checkbox"]:not(:checked)').first().waitFor()
    await expect(page.getByRole('checkbox', { name: 'Mexique' }).isChecked()).resolves.toBe(false)
    await page.goForward()
    await page.waitForURL((url) => url.searchParams.get('countries') === 'CAN,MEX,USA')
    await page.waitForFunction(() => document.querySelectorAll('input[type="checkbox"]:checked').length === 3)
    await expect(page.getByRole('checkbox', { name: 'Mexique' }).isChecked()).resolves.toBe(true)
    await page.context().close()
  })

  test('an unknown indicator shows a not-found page', async () => {
    const page = await openPage(browser())
    await visit(page, `${baseUrl}/indicators/no-such-indicator`)
    await expect(page.locator('h1').textContent()).resolves.toBe('Indicator not found')
    await expect(page.locator('main').textContent()).resolves.toContain('No indicator is called “no-such-indicator”.')
    await page.context().close()
  })
})
