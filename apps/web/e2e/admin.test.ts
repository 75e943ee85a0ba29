/**
 * The editor's flow in Chromium against the production build: an admin (created by the server from
 * ADMIN_EMAIL / ADMIN_PASSWORD) creates an editor through the API; the editor signs in through the UI,
 * chooses a password, enters Mexico's 2026 unemployment rate in the grid, sees the impact preview and
 * saves with a reason. The indicator page and the overview (already loaded in the same tab) show the
 * new value without a reload, and /changes and the Atom feed list it.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { z } from 'zod'
import { STATUSES } from '@nap/domain'
import type { Page } from 'playwright-core'
import { apiSend, apiSignIn, CreatedUser, signInInPage } from './admin-api.ts'
import { openPage, sharedBrowser, visit, waitForContent, waitForHeading, waitForText } from './browser.ts'

const baseUrl = inject('baseUrl')
const adminEmail = inject('adminEmail')
const adminPassword = inject('adminPassword')
const browser = sharedBrowser()

const EDITOR = { email: 'ana.editor@example.org', name: 'Ana Editor', role: 'editor' }
const EDITOR_PASSWORD = 'Ana-cobalt-harbour-ledger-59'
const REASON = 'INEGI, ENOE annual average 2026 (browser test)'
const VALUE = 2.7
/** A correction the outlier check questions (and that moves Mexico's status). */
const CORRECTED = 4.5
const CORRECTION = 'INEGI revised the 2026 annual average (browser test)'

const STATUS_WORDS_EN: Record<string, string> = {
  achieved: 'Achieved',
  on_track: 'On track',
  moderate: 'Progress, must accelerate',
  off_track: 'Off track',
  regressing: 'Moving away',
  insufficient_data: 'Not enough data',
  no_target: 'No target (trend only)',
}

const StatusChange = z.object({ status: z.enum(STATUSES) })
const PreviewBody = z.object({
  assessments: z.array(z.object({ indicator: z.string(), country: z.string(), before: StatusChange, after: StatusChange })),
  goals: z.array(z.object({ before: StatusChange, after: StatusChange })),
  countries: z.array(z.object({ before: StatusChange, after: StatusChange })),
})

/** Screenshots for a person to look at, when E2E_SCREENSHOTS names a folder. */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env['E2E_SCREENSHOTS']
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null)

describe('admin data entry in Chromium', () => {
  test('the admin code is its own chunk, loaded only under /admin', async () => {
    const page = await openPage(browser())
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    for (const path of ['/', '/indicators/unemployment-rate?tab=about', '/changes']) await visit(page, `${baseUrl}${path}`)
    expect(scripts.filter((s) => /\/assets\/admin-[\w-]+\.js$/.test(s))).toEqual([])
    await page.getByRole('link', { name: 'Editors: sign in' }).click()
    await waitForHeading(page, 'Sign in')
    expect(scripts.filter((s) => /\/assets\/admin-[\w-]+\.js$/.test(s))).toHaveLength(1)
    await page.context().close()
  })

  test('an editor enters Mexico 2026 unemployment with a preview; the public pages, /changes and the Atom feed show it', async () => {
    const admin = await apiSignIn(baseUrl, adminEmail, adminPassword)
    const created = await apiSend(baseUrl, admin, 'POST', '/api/admin/users', EDITOR, CreatedUser)
    expect(created.user).toMatchObject({ email: EDITOR.email, name: EDITOR.name, role: 'editor' })
    // What the page must show as the impact: the API's own preview, asked before the save.
    const expected = await apiSend(
      baseUrl,
      admin,
      'POST',
      '/api/admin/indicators/unemployment-rate/observations/preview',
      { changes: [{ country: 'MEX', period: '2026', value: VALUE }] },
      PreviewBody,
    )
    const mexico = expected.assessments.find((a) => a.indicator === 'unemployment-rate' && a.country === 'MEX')
    if (!mexico) throw new Error('the preview has no Mexico unemployment assessment')
    const moved = [...expected.assessments, ...expected.goals, ...expected.countries].filter((r) => r.before.status !== r.after.status).length

    const page = await openPage(browser())
    // Leaving a grid with unsaved values asks first (beforeunload): the test leaves.
    page.on('dialog', (dialog) => void dialog.accept())
    // The overview is loaded (and cached by the app) before the change.
    await visit(page, `${baseUrl}/`)
    await expect(page.locator('main p', { hasText: 'latest data' }).first().textContent()).resolves.toContain('latest data 2025')

    // Sign in through the UI (reached from the footer, without a reload).
    await page.getByRole('link', { name: 'Editors: sign in' }).click()
    await waitForHeading(page, 'Sign in')
    await expect(page.getByLabel('E-mail address').getAttribute('autocomplete')).resolves.toBe('username')
    await expect(page.getByLabel('Password', { exact: true }).getAttribute('autocomplete')).resolves.toBe('current-password')
    await page.getByLabel('E-mail address').fill(EDITOR.email)
    await page.getByLabel('Password', { exact: true }).fill('not the password at all')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await waitForText(page, '[role="alert"]', 'Wrong e-mail address or password.')
    await page.getByLabel('Password', { exact: true }).fill(created.temporaryPassword)
    await page.getByRole('button', { name: 'Sign in' }).click()

    // The temporary password must be replaced first.
    await waitForHeading(page, 'Choose a new password')
    await expect(page.getByLabel('New password', { exact: true }).getAttribute('autocomplete')).resolves.toBe('new-password')
    await page.getByLabel('Temporary password').fill(created.temporaryPassword)
    await page.getByLabel('New password', { exact: true }).fill(EDITOR_PASSWORD)
    await page.getByLabel('New password again').fill(EDITOR_PASSWORD)
    await page.getByRole('button', { name: 'Change password' }).click()
    await waitForHeading(page, 'Data entry')
    await waitForText(page, '.admin-bar__who', 'Signed in as Ana Editor (editor)')
    const adminNav = page.getByRole('navigation', { name: 'Administration' })
    await expect(adminNav.getByRole('link').allTextContents()).resolves.toEqual(['Data entry', 'Imports', 'Change password'])

    // Choose the indicator, then type in the grid with the keyboard.
    await page.getByLabel('Indicator').selectOption('unemployment-rate')
    await page.getByRole('button', { name: 'Open the grid' }).click()
    await page.waitForURL((url) => url.searchParams.get('indicator') === 'unemployment-rate')
    const canada = page.getByLabel('Canada, 2026', { exact: true })
    await canada.waitFor()
    await waitForContent(page)
    const rows = await page.locator('.entry-grid__table tbody th').allTextContents()
    expect(rows.slice(0, 3)).toEqual(['2026new', '2025', '2024'])
    await expect(page.getByLabel('North America, 2026 (computed', { exact: false }).getAttribute('readonly')).resolves.toBe('')
    await canada.click()
    await page.keyboard.press('ArrowRight')
    await expect(focusedLabel(page)).resolves.toBe('Mexico, 2026')
    await page.keyboard.press('ArrowDown')
    await expect(focusedLabel(page)).resolves.toBe('Mexico, 2025')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.type(String(VALUE))
    const cell = page.locator('td.entry-cell', { has: page.getByLabel('Mexico, 2026', { exact: true }) })
    await expect(cell.getAttribute('data-state')).resolves.toBe('added')
    await expect(cell.locator('.entry-cell__tag').textContent()).resolves.toBe('✎ new')
    await waitForText(page, '.pending-count', '1 pending value')

    // The impact preview: the statuses the API computes, with their words.
    const summary = moved === 0 ? '1 value: no status moves.' : `1 value: ${moved} ${moved === 1 ? 'status moves' : 'statuses move'}.`
    await waitForText(page, '.impact-preview__summary', summary)
    const row = page.locator('.impact-row', { hasText: 'Unemployment rate · Mexico' })
    await expect(row.locator('.status-chip').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-status')))).resolves.toEqual([
      mexico.before.status,
      mexico.after.status,
    ])
    await expect(row.locator('.status-chip__text').allTextContents()).resolves.toEqual([STATUS_WORDS_EN[mexico.before.status], STATUS_WORDS_EN[mexico.after.status]])
    await expect(page.locator('.impact-list').first().textContent()).resolves.toBe('Mexico, 2026 empty  to  2.7%')
    await screenshot(page, 'grid-preview-en')

    // Save with a reason: one batch.
    await page.getByRole('button', { name: 'Save 1 value' }).click()
    await waitForText(page, '.form-error', 'Say why the values change.')
    await page.getByLabel('Reason').fill(REASON)
    await page.getByRole('button', { name: 'Save 1 value' }).click()
    await page.locator('.form-success', { hasText: 'Saved 1 value.' }).waitFor()
    await expect(cell.getAttribute('data-state')).resolves.toBe('clean')
    await expect(page.getByLabel('Mexico, 2026', { exact: true }).inputValue()).resolves.toBe('2.7')

    // The cell's history, on demand.
    await page.getByLabel('Mexico, 2026', { exact: true }).focus()
    await page.getByRole('button', { name: 'History of Mexico, 2026' }).click()
    await waitForText(page, '#cell-history-title', 'History: Mexico, 2026')
    await expect(page.locator('.cell-history .history-list li').first().textContent()).resolves.toContain(`Reason: ${REASON}`)
    await expect(page.locator('.cell-history .history-list li').first().textContent()).resolves.toContain('new value · by Ana Editor')

    // The indicator page shows it (client-side navigation: the app's caches were invalidated).
    await page.getByRole('link', { name: 'See the public table' }).click()
    await waitForHeading(page, 'Unemployment rate')
    const mexicoCell = page.locator('table tr', { has: page.locator('th', { hasText: /^2026$/ }) }).locator('td[data-country="MEX"]')
    await expect(mexicoCell.textContent()).resolves.toContain('2.7%')

    // So does the overview loaded before the change.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
    await waitForHeading(page, 'North America 2050: are we on track?')
    await expect(page.locator('main p', { hasText: 'latest data' }).first().textContent()).resolves.toContain('latest data 2026')
    const freshness = page.locator('.freshness__list').first().locator('div', { has: page.locator('dt', { hasText: /^Mexico$/ }) })
    await expect(freshness.locator('dd').textContent()).resolves.toBe('2026')

    // A correction the outlier check questions: saved once confirmed, it moves Mexico's status.
    const correction = await apiSend(
      baseUrl,
      admin,
      'POST',
      '/api/admin/indicators/unemployment-rate/observations/preview',
      { changes: [{ country: 'MEX', period: '2026', value: CORRECTED, version: 1 }] },
      PreviewBody.extend({ outliers: z.array(z.object({ country: z.string(), period: z.string() })) }),
    )
    expect(correction.outliers).toEqual([expect.objectContaining({ country: 'MEX', period: '2026' })])
    const flip = correction.assessments.find((a) => a.indicator === 'unemployment-rate' && a.country === 'MEX')
    if (!flip) throw new Error('the correction preview has no Mexico unemployment assessment')
    expect(flip.before.status).not.toBe(flip.after.status)
    await page.getByRole('link', { name: 'Editors: sign in' }).click()
    await waitForHeading(page, 'Data entry')
    await page.getByLabel('Indicator').selectOption('unemployment-rate')
    await page.getByRole('button', { name: 'Open the grid' }).click()
    await page.getByLabel('Mexico, 2026', { exact: true }).waitFor()
    await expect(page.getByLabel('Mexico, 2026', { exact: true }).inputValue()).resolves.toBe('2.7')
    await page.getByLabel('Mexico, 2026', { exact: true }).fill(String(CORRECTED))
    await page.locator('.check--outlier').waitFor()
    await expect(page.locator('.check--outlier').textContent()).resolves.toContain('Mexico, 2026: 4.5% is unusual.')
    await expect(cell.getAttribute('data-state')).resolves.toBe('outlier')
    await expect(cell.locator('.entry-cell__tag').textContent()).resolves.toBe('! unusual')
    const moving = page.locator('.impact-row--moves', { hasText: 'Unemployment rate · Mexico' })
    await moving.waitFor()
    await expect(moving.locator('.status-chip__text').allTextContents()).resolves.toEqual([STATUS_WORDS_EN[flip.before.status], STATUS_WORDS_EN[flip.after.status]])
    await page.getByLabel('Reason').fill(CORRECTION)
    await page.getByRole('button', { name: 'Save 1 value' }).click()
    await waitForText(page, '.form-error', 'Confirm the unusual value first.')
    await page.getByLabel('I checked this value: save it anyway').check()
    await page.getByRole('button', { name: 'Save 1 value' }).click()
    const saved = page.locator('.form-success', { hasText: 'Saved 1 value.' })
    await saved.waitFor()
    await expect(saved.textContent()).resolves.toContain(
      `Unemployment rate · Mexico: ${STATUS_WORDS_EN[flip.before.status]} → ${STATUS_WORDS_EN[flip.after.status]}`,
    )

    // /changes lists both, newest first, with the reason, the author and the status it moved.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What changed' }).click()
    await waitForHeading(page, 'What changed')
    const [newest, first] = [page.locator('.change-entry').nth(0), page.locator('.change-entry').nth(1)]
    const newestText = (await newest.textContent()) ?? ''
    for (const part of ['Unemployment rate', 'Mexico', '2026', 'correction', '2.7%  to  4.5%', `Reason: ${CORRECTION}`, 'by Ana Editor']) {
      expect(newestText).toContain(part)
    }
    const flipChips = newest.locator('.change-entry__flips li', { hasText: 'Status of Mexico:' }).locator('.status-chip')
    await expect(flipChips.evaluateAll((chips) => chips.map((c) => c.getAttribute('data-status')))).resolves.toEqual([flip.before.status, flip.after.status])
    const text = (await first.textContent()) ?? ''
    for (const part of ['Unemployment rate', 'Mexico', '2026', 'new value', 'no value  to  2.7%', `Reason: ${REASON}`, 'by Ana Editor', 'No status moved.']) {
      expect(text).toContain(part)
    }
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]').first().getAttribute('href')).resolves.toBe('/api/changes.atom')
    await screenshot(page, 'changes-en')

    // The Atom feed lists it with a link to the indicator page.
    const atom = await fetch(`${baseUrl}/api/changes.atom`)
    expect(atom.status).toBe(200)
    expect(atom.headers.get('content-type')).toContain('application/atom+xml')
    const xml = await atom.text()
    expect(xml).toContain(REASON)
    expect(xml).toContain(CORRECTION)
    expect(xml).toMatch(/<link[^>]+href="[^"]*\/indicators\/unemployment-rate[^"]*"/)

    // In Spanish the grid reads Spanish numbers and refuses an ambiguous one.
    await visit(page, `${baseUrl}/admin?indicator=unemployment-rate&lang=es`)
    await waitForText(page, 'main h1', 'Captura de datos')
    await expect(page.getByLabel('México, 2026', { exact: true }).inputValue()).resolves.toBe('4,5')
    await page.getByLabel('México, 2025', { exact: true }).fill('2.750')
    await page.locator('.check--invalid', { hasText: 'México, 2025: “2.750” es ambiguo: escriba 2750 para el número entero o 2,75 para el decimal.' }).waitFor()
    await page.getByLabel('México, 2025', { exact: true }).fill('2,75')
    await page.getByLabel('Canadá, 2025', { exact: true }).fill('6,8')
    await waitForText(page, '.pending-count', '2 valores pendientes')
    await page.locator('.impact-preview__summary', { hasText: /^2 valores: / }).waitFor()
    await screenshot(page, 'grid-preview-es')
    await visit(page, `${baseUrl}/changes?lang=es`)
    await waitForText(page, 'main h1', 'Qué cambió')
    await expect(page.locator('.change-entry').first().textContent()).resolves.toContain('2.7%  a  4.5%')
    await screenshot(page, 'changes-es')
    await page.context().close()
  })

  test('an admin changes a target (the About tab shows its history), creates an account and reads the audit log', async () => {
    const page = await openPage(browser())
    await signInInPage(page, baseUrl, adminEmail, adminPassword)
    await visit(page, `${baseUrl}/admin/targets?indicator=unemployment-rate&country=MEX&lang=en`)
    await waitForText(page, '.target-form h2', 'Unemployment rate: Mexico')
    const value = page.getByLabel('Target value')
    await expect(value.inputValue()).resolves.toBe('3')
    await value.fill('2,8')
    await page.getByLabel('Reason').fill('Align with the 2040 plan (browser test)')
    await page.getByRole('button', { name: 'Save the target' }).click()
    await waitForText(page, '.target-form .field__error', 'Use the decimal separator of this language: write 2.8.')
    await expect(value.getAttribute('aria-invalid')).resolves.toBe('true')
    await value.fill('2.8')
    await page.getByRole('button', { name: 'Save the target' }).click()
    await page.locator('.form-success', { hasText: 'Target saved (version 2).' }).waitFor()

    // The indicator's About tab (client-side navigation) shows the new target and its history.
    await page.getByRole('link', { name: 'See it on the indicator’s About tab' }).click()
    await waitForText(page, '[role="tabpanel"] h2', 'About')
    const mexicoTarget = page.locator('.about-panel tr', { has: page.locator('th', { hasText: /^Mexico$/ }) })
    await expect(mexicoTarget.locator('td').first().textContent()).resolves.toBe('2.8% (2050)')
    const history = page.locator('section.target-history', { has: page.locator('h4', { hasText: /^Mexico$/ }) }).locator('.history-list > li')
    await expect(history.count()).resolves.toBe(2)
    const newest = (await history.first().textContent()) ?? ''
    for (const part of ['Version 2', 'by E2E Administrator', 'Target: 3.0% → 2.8%', 'Reason: Align with the 2040 plan (browser test)']) expect(newest).toContain(part)
    await expect(history.nth(1).textContent()).resolves.toContain('Set: 3.0% in 2050 (proposed).')

    // A new account: its temporary password is shown once.
    await visit(page, `${baseUrl}/admin/users?lang=en`)
    await page.getByLabel('E-mail address').fill('lee.reviewer@example.org')
    await page.getByLabel('Display name').fill('Lee Reviewer')
    await page.getByRole('button', { name: 'Create the account' }).click()
    await waitForText(page, '#issued-title', 'Temporary password for lee.reviewer@example.org')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('issued-title')
    expect(((await page.locator('.issued-password__value').textContent()) ?? '').length).toBeGreaterThanOrEqual(12)
    await page.getByRole('button', { name: 'Done: hide it' }).click()
    await expect(page.locator('.issued-password').count()).resolves.toBe(0)
    const lee = page.locator('.users-table tr', { has: page.locator('th', { hasText: 'Lee Reviewer' }) })
    await expect(lee.locator('td').nth(2).textContent()).resolves.toBe('active · must change password')

    // The audit log, filtered to target changes.
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Audit log' }).click()
    await waitForHeading(page, 'Audit log')
    await page.getByLabel('Action').selectOption('target.update')
    await page.getByRole('button', { name: 'Show', exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('action') === 'target.update')
    await waitForText(page, 'main h2', '1 entry')
    const row = (await page.locator('.audit-table tbody tr').first().textContent()) ?? ''
    for (const part of ['E2E Administrator (e2e-admin@example.org)', 'target.update', 'unemployment-rate', 'Align with the 2040 plan (browser test)']) expect(row).toContain(part)
    await page.context().close()
  })
})
