import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'

/**
 * The Project sheet section in the web build: the sheet shows the Results section's headline figures
 * verbatim, hostile text typed into the sheet fields prints as text, and the page printed (as Electron
 * printToPDF and the web print do) is the sheet alone on ONE page.
 */
const FIXTURE = 'tests/fixtures/minimal-project.json'
const fixtureText = readFileSync(FIXTURE, 'utf8')
const fixture = JSON.parse(fixtureText) as { id: string; name: string }
const SHOTS = 'artifacts/screenshots'

async function openFixture(page: Page) {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'p.bankable.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText) })
  await expect(page).toHaveURL(new RegExp(`#/project/${fixture.id}/results$`))
}

test('the sheet carries the app figures, escapes hostile text and prints as one page', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openFixture(page)
  const cards: Record<string, string> = {}
  for (const key of ['minDscr', 'llcr', 'projectIrr', 'equityIrr', 'npv', 'paybackYears']) {
    await expect(page.getByTestId(`metric-${key}-value`)).not.toBeEmpty()
    cards[key] = (await page.getByTestId(`metric-${key}-value`).innerText()).trim()
  }
  await page.getByRole('link', { name: 'Project sheet' }).click()
  const sheet = page.getByRole('document', { name: 'Project sheet' })
  // The sheet's title is a level-2 heading: the page's only h1 is the section title.
  await expect(sheet.getByRole('heading', { level: 2, name: fixture.name })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  for (const [key, text] of Object.entries(cards)) {
    const fig = text.startsWith('n/a') ? 'n/a' : text
    await expect(sheet.locator(`[data-metric="${key}"] .fig`)).toHaveText(fig)
  }
  await expect(sheet.getByRole('heading', { name: 'Breakevens' })).toBeVisible()
  // Sensitivities come from the analysis worker a moment later.
  await expect(sheet.locator('table.tornado')).toBeVisible({ timeout: 30_000 })

  await page.getByLabel('Sponsor').fill('<img src=x onerror=alert(1)> =HYPERLINK("http://x","y")')
  await expect(sheet.getByText('<img src=x onerror=alert(1)> =HYPERLINK("http://x","y")')).toBeVisible()
  await expect(sheet.locator('img')).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/sheet-section.png`, fullPage: true })

  // What printToPDF / window.print produce: the print stylesheet leaves only the sheet.
  await page.emulateMedia({ media: 'print' })
  const dir = mkdtempSync(join(tmpdir(), 'bankable-e2e-sheet-'))
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = join(dir, `${format}.pdf`)
    writeFileSync(pdf, await page.pdf({ format, printBackground: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } }))
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/)
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain(fixture.name)
    expect(text).toContain(cards.npv!)
    expect(text).not.toContain('Export PDF') // the app's chrome is not printed
  }
  await page.emulateMedia({ media: 'screen' })
  expect(errors).toEqual([])
})

test('the Japanese sheet, chosen at export in an English app, prints on one page with Noto Sans JP embedded', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openFixture(page)
  await page.getByRole('link', { name: 'Project sheet' }).click()
  await page.getByLabel('Sheet language').selectOption('ja')
  const sheet = page.getByRole('document', { name: 'Project sheet' })
  await expect(sheet.getByRole('heading', { name: '主要指標' })).toBeVisible()
  await expect(sheet.getByRole('heading', { name: '感応度分析' })).toBeVisible()
  await expect(sheet.locator('table.tornado')).toBeVisible({ timeout: 30_000 })
  // The app's own language is unchanged: the choice is the export's.
  await expect(page.locator('aside.sidebar').getByRole('link', { name: 'All projects' })).toBeVisible()
  await page.evaluate(() => document.fonts.load('700 10px "Noto Sans JP"', '日本語'))

  await page.emulateMedia({ media: 'print' })
  const dir = mkdtempSync(join(tmpdir(), 'bankable-e2e-sheet-ja-'))
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = join(dir, `${format}.pdf`)
    writeFileSync(pdf, await page.pdf({ format, printBackground: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } }))
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/)
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    for (const words of ['主要指標', '資金調達と資金使途', '融資条件', '主要リスクと軽減策', 'プロジェクト概要書', '引取契約', '感応度分析']) expect(text).toContain(words)
    expect(text).toContain(fixture.name)
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/NotoSansJP/)
  }
  await page.screenshot({ path: `${SHOTS}/sheet-ja-print.png`, fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  expect(errors).toEqual([])
})
