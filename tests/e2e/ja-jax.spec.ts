import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { projectText, untranslatedText } from './helpers/untranslated'

/**
 * The project sheet in a Japanese app (#20): every sample's sheet, as the app lays it out (the
 * density that fits one page), carries no English of its own — only acronyms, currency codes and what
 * the project file says (tests/e2e/helpers/untranslated.ts). The scan covers the sheet itself (the shadow
 * root of .sheet-page, src/shared/sheet); the toolbar around it is the Project sheet screen's. Screenshots at 1280×800.
 */
const SHOTS = 'artifacts/screenshots'
const SAMPLES = ['india-black-mass-hydromet', 'india-black-mass-three-lenders', 'pgm-catalyst-recovery'] as const

test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })

async function openSampleInJapanese(page: Page, sample: string) {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('data-status', 'ready')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await page.getByRole('button', { name: 'サンプルを開く' }).click()
  await page.getByTestId(`sample-${sample}`).click()
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await page.locator('aside.sidebar').getByRole('link', { name: 'プロジェクト概要書' }).click()
}

for (const sample of SAMPLES) {
  test(`${sample}: the Japanese sheet has no untranslated words`, async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await openSampleInJapanese(page, sample)
    const sheet = page.locator('.sheet-preview .sheet-page')
    await expect(sheet.getByRole('heading', { name: '主要指標' })).toBeVisible()
    // The analysis worker fills the sensitivities and breakevens: wait for both tables.
    await expect(sheet.locator('table.tornado')).toBeVisible({ timeout: 30_000 })
    await expect(sheet.locator('table.breakeven')).toBeVisible({ timeout: 30_000 })
    await page.evaluate(() => document.fonts.ready)
    // A stated source may print cut to a line (epr-line.ts, 120 characters): its cut prefix is the user's text too.
    const user = projectText(JSON.parse(readFileSync(`resources/samples/${sample}.json`, 'utf8'))).flatMap((u) => [u, u.slice(0, 119).trimEnd()])
    expect(await untranslatedText(page, { root: '.sheet-preview .sheet-page', allow: user })).toEqual([])
    await page.screenshot({ path: `${SHOTS}/ja-jax-sheet-${sample}.png` })
    // The preview is rebuilt whenever a later background analysis lands (three lenders: several), which can detach
    // the section between finding it and scrolling to it: find it again until the scroll holds.
    await expect(async () => {
      await sheet.locator('section').filter({ hasText: '感応度分析' }).first().scrollIntoViewIfNeeded({ timeout: 2_000 })
    }).toPass({ timeout: 15_000 })
    await page.screenshot({ path: `${SHOTS}/ja-jax-sheet-${sample}-lower.png` })
    expect(errors).toEqual([])
  })
}
