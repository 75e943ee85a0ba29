/**
 * An editor imports a World Bank download in Chromium against the production build: the WDI wide
 * CSV of GDP per capita, PPP as the World Bank serves it (BOM, preamble, every cell quoted, a trailing
 * comma, CRLF), built from the seed's own values with Mexico's 2024 value revised. The editor drops
 * it on the page, reads the summary and the verdicts, applies it with a reason, sees the indicator
 * page move, and reverts it from the history. What the page shows is compared with the API's answers.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, inject, test } from 'vitest'
import { z } from 'zod'
import { STATUSES } from '@nap/domain'
import type { Page } from 'playwright-core'
import { apiSend, apiSignIn, CreatedUser, signInInPage, type ApiSession } from './admin-api.ts'
import { describeViolations, openPage, seriousViolations, sharedBrowser, visit, waitForContent, waitForHeading, waitForText } from './browser.ts'

const baseUrl = inject('baseUrl')
const adminEmail = inject('adminEmail')
const adminPassword = inject('adminPassword')
const browser = sharedBrowser()

const here = dirname(fileURLToPath(import.meta.url))
const SEED = resolve(here, '..', '..', '..', 'db', 'seed', 'data', 'observations.csv')

const EDITOR = { email: 'ines.importer@example.org', name: 'Inés Importer', role: 'editor' }
const EDITOR_PASSWORD = 'Ines-walnut-meridian-kettle-83'
const CODE = 'NY.GDP.PCAP.PP.KD'
const FILE_NAME = 'API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv'
/** The World Bank's text of Mexico 2024 in the seed, and the revision the file brings. */
const SEED_MEX_2024 = '22039.6287019016'
const REVISED_MEX_2024 = '25410.3'
const REASON = 'World Bank WDI update of 2026-02-24 (browser test)'
const REVERT_REASON = 'The revision was withdrawn (browser test)'

const STATUS_WORDS_EN: Record<string, string> = {
  achieved: 'Achieved',
  on_track: 'On track',
  moderate: 'Progress, must accelerate',
  off_track: 'Off track',
  regressing: 'Moving away',
  insufficient_data: 'Not enough data',
  no_target: 'No target (trend only)',
}

/** The seed's values of one series, as the World Bank wrote them: year → text. */
function seedSeries(code: string): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>()
  // indicator_code,"indicator_name",unit,country_iso3,year,value,…: the name is quoted, the unit has no comma.
  const line = new RegExp(`^${code.replace(/\./g, '\\.')},"(?:[^"]|"")*",[^,]*,([A-Z]{3}),(\\d{4}),([^,]+),`)
  for (const text of readFileSync(SEED, 'utf8').split('\n')) {
    const m = line.exec(text)
    if (!m?.[1] || !m[2] || !m[3]) continue
    const byYear = out.get(m[1]) ?? new Map<number, string>()
    byYear.set(Number(m[2]), m[3])
    out.set(m[1], byYear)
  }
  return out
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`
const YEARS = Array.from({ length: 2025 - 1960 + 1 }, (_, i) => 1960 + i)
const NAMES: Record<string, string> = { CAN: 'Canada', MEX: 'Mexico', USA: 'United States', WLD: 'World' }

/** The WDI download's CSV: BOM, the four-line preamble, the header, one quoted row a country, CRLF. */
function wdiCsv(series: Map<string, Map<number, string>>): string {
  const header = [...['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'], ...YEARS.map(String)].map(q).join(',') + ','
  const rows = ['CAN', 'MEX', 'USA', 'WLD'].map(
    (c) => [NAMES[c] ?? c, c, 'GDP per capita, PPP (constant 2021 international $)', CODE, ...YEARS.map((y) => series.get(c)?.get(y) ?? '')].map(q).join(',') + ',',
  )
  return '\uFEFF' + ['"Data Source","World Development Indicators",', '', '"Last Updated Date","2026-02-24",', '', header, ...rows].join('\r\n') + '\r\n'
}

const StatusChange = z.object({ status: z.enum(STATUSES) })
const ImportBody = z.object({
  id: z.number(),
  summary: z.object({ new: z.number(), changed: z.number(), unchanged: z.number(), rejected: z.number(), skipped: z.number() }),
  preview: z
    .object({
      assessments: z.array(z.object({ indicator: z.string(), country: z.string(), before: StatusChange, after: StatusChange })),
      goals: z.array(z.object({ before: StatusChange, after: StatusChange })),
      countries: z.array(z.object({ before: StatusChange, after: StatusChange })),
    })
    .nullable(),
  items: z.array(z.object({ verdict: z.string(), country: z.string(), period: z.string(), outlier: z.unknown() })),
})
const ImportList = z.object({ items: z.array(z.object({ id: z.number(), fileName: z.string() })) })

async function apiGet<S extends z.ZodType>(session: ApiSession, path: string, schema: S): Promise<z.infer<S>> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie } })
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`)
  return schema.parse(await response.json())
}

/** Screenshots for a person to look at, when E2E_SCREENSHOTS names a folder: the page, or one part of it. */
async function screenshot(page: Page, name: string, part?: string): Promise<void> {
  const dir = process.env['E2E_SCREENSHOTS']
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name}.png`)
  if (part) await page.locator(part).first().screenshot({ path })
  else await page.screenshot({ path, fullPage: true })
}

/** Drops `text` as a file named `name` on the drop zone, as a file dragged from the desktop. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ fileName, content }) => {
      const data = new DataTransfer()
      data.items.add(new File([content], fileName, { type: 'text/csv' }))
      return data
    },
    { fileName: name, content: text },
  )
  const zone = page.getByTestId('drop-zone')
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer })
  await zone.dispatchEvent('dragover', { dataTransfer: transfer })
  await expect(zone.getAttribute('class')).resolves.toContain('drop-zone--over')
  await zone.dispatchEvent('drop', { dataTransfer: transfer })
}

/** Mexico's 2024 cell of the indicator page's table. */
const mexico2024 = (page: Page) => page.locator('table tr', { has: page.locator('th', { hasText: /^2024$/ }) }).locator('td[data-country="MEX"]')

describe('imports in Chromium', () => {
  test('an editor drops a World Bank download, reads what it changes, applies it, sees the indicator move and reverts it', async () => {
    const admin = await apiSignIn(baseUrl, adminEmail, adminPassword)
    const created = await apiSend(baseUrl, admin, 'POST', '/api/admin/users', EDITOR, CreatedUser)
    const first = await apiSignIn(baseUrl, EDITOR.email, created.temporaryPassword)
    await apiSend(baseUrl, first, 'POST', '/api/auth/password', { current: created.temporaryPassword, next: EDITOR_PASSWORD }, z.object({ csrfToken: z.string() }))

    // The file: the seed's values, Mexico 2024 revised.
    const series = seedSeries(CODE)
    expect(series.get('MEX')?.get(2024)).toBe(SEED_MEX_2024)
    const counts = Object.fromEntries([...series].map(([c, s]) => [c, s.size]))
    expect(counts).toEqual({ CAN: 35, MEX: 35, USA: 35, WLD: 35 })
    series.get('MEX')?.set(2024, REVISED_MEX_2024)
    const csv = wdiCsv(series)

    const page = await openPage(browser(), { bypassCSP: true })
    await signInInPage(page, baseUrl, EDITOR.email, EDITOR_PASSWORD)
    // The indicator page first: the app caches it, and must show the import without a reload.
    await visit(page, `${baseUrl}/indicators/gdp-per-capita-ppp?countries=CAN,MEX,USA&tab=table&lang=en`)
    await expect(mexico2024(page).textContent()).resolves.toBe('22,040')
    const statusBefore = await page.locator('.status-chip', { hasText: 'Mexico' }).first().getAttribute('data-status')

    // To the imports page through the admin navigation (client-side).
    await page.getByRole('link', { name: 'Editors: sign in' }).click()
    await waitForHeading(page, 'Data entry')
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Imports' }).click()
    await waitForHeading(page, 'Imports')
    await expect(page.getByLabel('File to import').getAttribute('type')).resolves.toBe('file')

    await dropFile(page, FILE_NAME, csv)
    await waitForText(page, '.drop-zone__chosen', `Chosen: ${FILE_NAME} (${(new TextEncoder().encode(csv).length / 1024).toFixed(1)} kB)`)
    await page.getByRole('button', { name: 'Check the file' }).click()
    await waitForText(page, '#import-result-title', `Checked: ${FILE_NAME}`)
    await waitForContent(page)
    // The focus moves to the result.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('import-result-title')

    // What the API stored for this dry run: the page must say the same.
    const list = await apiGet(admin, '/api/admin/imports', ImportList)
    const id = list.items.find((i) => i.fileName === FILE_NAME)?.id
    if (id === undefined) throw new Error('the import is not in the history')
    await page.waitForURL((url) => url.searchParams.get('import') === String(id))
    const detail = await apiGet(admin, `/api/admin/imports/${id}?verdict=changed`, ImportBody)
    // 35 years × CAN, MEX, USA and the world (an input of the world shares): one revised, the others as they are.
    expect(detail.summary).toEqual({ new: 0, changed: 1, unchanged: 139, rejected: 0, skipped: 0 })
    await waitForText(page, '.import-summary__sentence', '140 values in the file; 1 to apply.')
    const tiles = await page.locator('.import-counts__item').allTextContents()
    expect(tiles).toEqual(['New0 values', 'Changed1 value', 'Unchanged139 values', 'Rejected0 values', 'Skipped0 values'])

    // The verdicts: 140 rows in pages of 50, in file order (the world's row last).
    await waitForText(page, '.verdicts__range', 'Values 1–50 (more on the next pages)')
    const firstRow = page.locator('.verdict-table tbody tr').first()
    await expect(firstRow.textContent()).resolves.toBe('line 6, column 1990GDP per capita, PPPCanada · 1990Unchanged40,475.112391  to  40,475.112391Already so: nothing to do.')
    await page.getByRole('button', { name: 'Next page' }).click()
    await waitForText(page, '.verdicts__range', 'Values 51–100 (more on the next pages)')
    await page.getByRole('button', { name: 'Next page' }).click()
    await waitForText(page, '.verdicts__range', 'Values 101–140')
    await expect(page.locator('.verdict-table tbody tr').last().locator('td').nth(1).textContent()).resolves.toBe('GDP per capita, PPPWorld · 2024')
    await page.getByRole('button', { name: 'Previous page' }).click()
    await waitForText(page, '.verdicts__range', 'Values 51–100 (more on the next pages)')

    // Only the changed value: Mexico 2024, old → new side by side.
    await page.getByLabel('Verdict', { exact: true }).selectOption('changed')
    await page.getByLabel('Country', { exact: true }).selectOption('MEX')
    await page.getByRole('button', { name: 'Show', exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('verdict') === 'changed' && url.searchParams.get('country') === 'MEX')
    await waitForText(page, '.verdicts__range', 'Values 1–1 of 1')
    const changed = page.locator('.verdict-table tbody tr')
    await expect(changed.count()).resolves.toBe(1)
    await expect(changed.locator('td').nth(0).textContent()).resolves.toBe('line 7, column 2024')
    await expect(changed.locator('.verdict-badge').textContent()).resolves.toBe('Changed')
    await expect(changed.locator('.value-change').textContent()).resolves.toBe('22,039.628702  to  25,410.3')
    await expect(changed.locator('.verdict-table__why > span').first().textContent()).resolves.toBe('Changes the value.')
    const outlier = detail.items[0]?.outlier
    expect(detail.items).toHaveLength(1)
    await expect(changed.locator('.check--outlier').count()).resolves.toBe(outlier ? 1 : 0)

    // The impact preview: the statuses the API measured, with their words.
    const preview = detail.preview
    if (preview === null) throw new Error('the dry run has no impact preview')
    const mexico = preview.assessments.find((a) => a.indicator === 'gdp-per-capita-ppp' && a.country === 'MEX')
    if (!mexico) throw new Error('the preview has no Mexico assessment')
    expect(mexico.before.status).toBe(statusBefore)
    const moved = [...preview.assessments, ...preview.goals, ...preview.countries].filter((r) => r.before.status !== r.after.status).length
    const assessed = preview.assessments.length
    await waitForText(
      page,
      '.import-impact .impact-preview__summary',
      `${assessed} ${assessed === 1 ? 'assessment is' : 'assessments are'} recomputed: ${moved === 0 ? 'no status moves' : `${moved} ${moved === 1 ? 'status moves' : 'statuses move'}`}.`,
    )
    const row = page.locator('.import-impact .impact-row', { hasText: 'GDP per capita, PPP · Mexico' })
    await expect(row.locator('.status-chip').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-status')))).resolves.toEqual([mexico.before.status, mexico.after.status])
    await expect(row.locator('.status-chip__text').allTextContents()).resolves.toEqual([STATUS_WORDS_EN[mexico.before.status], STATUS_WORDS_EN[mexico.after.status]])

    const violations = await seriousViolations(page)
    expect(violations, describeViolations(violations)).toEqual([])
    await screenshot(page, 'imports-result-en')
    await screenshot(page, 'imports-verdicts-en', '.verdicts')

    // Apply: a reason is required.
    await page.getByRole('button', { name: 'Apply 1 change' }).click()
    await waitForText(page, '.apply-form .field__error', 'Say why the values change.')
    await expect(page.getByLabel('Reason').getAttribute('aria-invalid')).resolves.toBe('true')
    await page.getByLabel('Reason').fill(REASON)
    await page.getByRole('button', { name: 'Apply 1 change' }).click()
    const applied = page.locator('.apply-done')
    await applied.waitFor()
    await expect(applied.locator('.form-success').textContent()).resolves.toMatch(/^Applied 1 value; \d+ computed values? followed\.$/)
    await page.locator('.import-result__state', { hasText: 'Applied on' }).waitFor()
    await expect(page.locator('.import-result__state').textContent()).resolves.toContain(`by ${EDITOR.name}Reason: ${REASON}`)

    // The indicator page (client-side: its cached answers were marked stale) shows the new value.
    await applied.getByRole('link', { name: 'GDP per capita, PPP' }).click()
    await waitForHeading(page, 'GDP per capita, PPP')
    // The cached answers are shown at once and refetched: wait for the new ones.
    await mexico2024(page).filter({ hasText: /^25,410$/ }).waitFor()
    await page.locator(`.status-chip[data-status="${mexico.after.status}"]`, { hasText: 'Mexico' }).first().waitFor()
    await expect(page.locator('.status-chip', { hasText: 'Mexico' }).first().getAttribute('data-status')).resolves.toBe(mexico.after.status)

    // Revert it from the history, with a reason and a confirmation.
    await page.getByRole('link', { name: 'Editors: sign in' }).click()
    await waitForHeading(page, 'Data entry')
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Imports' }).click()
    await waitForHeading(page, 'Imports')
    const historyRow = page.locator('.import-history__table tbody tr', { has: page.locator('th', { hasText: FILE_NAME }) }).first()
    await expect(historyRow.locator('td').nth(1).textContent()).resolves.toBe('0 new · 1 changed · 139 unchanged · 0 rejected · 0 skipped')
    await expect(historyRow.locator('td').nth(2).textContent()).resolves.toContain(`by ${EDITOR.name}`)
    await historyRow.getByRole('button', { name: `Revert import #${id}` }).click()
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(`Revert import #${id} (${FILE_NAME})?`)
    await page.getByRole('button', { name: 'Revert 1 value' }).click()
    await waitForText(page, '.revert-panel .field__error', 'Say why the import is reverted.')
    await page.locator('.revert-panel').getByLabel('Reason').fill(REVERT_REASON)
    await page.getByRole('button', { name: 'Revert 1 value' }).click()
    await waitForText(page, '.import-history > [role="status"] p', `Import #${id} (${FILE_NAME}) reverted: 1 value restored.`)
    await expect(historyRow.locator('td').nth(2).textContent()).resolves.toContain(`Applied, then reverted on`)
    await expect(historyRow.getByRole('button').count()).resolves.toBe(0)

    // The indicator page is back to the seed's value.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click()
    await visit(page, `${baseUrl}/indicators/gdp-per-capita-ppp?countries=CAN,MEX,USA&tab=table&lang=en`)
    await expect(mexico2024(page).textContent()).resolves.toBe('22,040')

    // In Spanish.
    await visit(page, `${baseUrl}/admin/imports?import=${id}&lang=es`)
    await waitForText(page, 'main h1', 'Importaciones')
    await waitForText(page, '.import-summary__sentence', '140 valores en el archivo; 1 por aplicar.')
    await expect(page.locator('.import-result__state').textContent()).resolves.toContain('Aplicado y luego revertido el')
    await page.getByLabel('Veredicto', { exact: true }).selectOption('changed')
    await page.getByRole('button', { name: 'Mostrar', exact: true }).click()
    await waitForText(page, '.verdicts__range', 'Valores 1–1 de 1')
    await expect(page.locator('.verdict-table tbody tr .verdict-table__why > span').first().textContent()).resolves.toBe('Cambia el valor.')
    await screenshot(page, 'imports-upload-es', '.upload-form')
    await screenshot(page, 'imports-result-es', '.import-result')
    await screenshot(page, 'imports-history-es', '.import-history')
    await page.context().close()
  })

  test('a file that is not a CSV is refused with the line that broke, and nothing is stored', async () => {
    const page = await openPage(browser())
    await signInInPage(page, baseUrl, adminEmail, adminPassword)
    await visit(page, `${baseUrl}/admin/imports?lang=en`)
    await page.getByLabel('File to import').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('indicator,country,period,value\n"gdp-per-capita-ppp,MEX,2024,1\n') })
    await page.getByRole('button', { name: 'Check the file' }).click()
    const alert = page.locator('.upload-form [role="alert"]')
    await alert.filter({ hasText: /^The file could not be read: / }).waitFor()
    await expect(alert.textContent()).resolves.toMatch(/line \d/)
    await expect(page.locator('.import-result').count()).resolves.toBe(0)
    await page.context().close()
  })
})
