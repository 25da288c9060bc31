import { expect, test, type Page } from '@playwright/test'
import { SHOTS, openSample } from './support/open-sample'
import { sampleAndReferenceStrings, untranslatedText } from './helpers/untranslated'

/**
 * The input sections in Japanese (#20): Feedstock, Recovery, Prices, Offtake, Costs and Financing,
 * with the dialogs and states a reader reaches from them, show no English outside the allow-list
 * and the project's or the reference library's own words (tests/e2e/helpers/untranslated.ts).
 * Screenshots at 1280×800 are for a person to look at (clipped labels, overflow).
 */
const toJapanese = async (page: Page) => {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
}
/** A section by its place in the URL (the link's name is Japanese now). */
const go = async (page: Page, id: string) => {
  await page.locator(`aside.sidebar a[href$="/${id}"]`).click()
  await expect(page.locator('.editor-section').first()).toBeVisible()
}
/** The section's content and any open dialog (its close button is the shared Dialog's): the shell around them is the whole-app scan's (ja-all-sections.spec.ts). */
const clean = async (page: Page, data: readonly string[], where: string) => expect(await untranslatedText(page, { allow: data, root: '#main, [role="dialog"]', exclude: '.dialog-header button' }), where).toEqual([])

test('the PGM sample’s input sections in Japanese', async ({ page }) => {
  const errors = await openSample(page, 'pgm-catalyst-recovery')
  const data = sampleAndReferenceStrings('pgm-catalyst-recovery')
  await toJapanese(page)
  for (const id of ['feedstock', 'recovery', 'prices', 'offtake', 'costs', 'financing']) {
    await go(page, id)
    await page.screenshot({ path: `${SHOTS}/ja-jai-pgm-${id}.png`, fullPage: true })
    await clean(page, data, id)
  }

  // The add-stream dialog, for a battery feed and for converters.
  await go(page, 'feedstock')
  await page.getByRole('button', { name: '原料を追加' }).click()
  const dialog = page.getByRole('dialog', { name: '原料を追加' })
  await expect(dialog).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/ja-jai-add-stream.png` })
  await clean(page, data, 'add stream (battery)')
  await dialog.getByRole('combobox', { name: '原料の種類' }).selectOption('catalyst')
  await clean(page, data, 'add stream (converters)')
  // Submitting without a quantity is refused under the field (the number parser's words are the shared input's).
  await dialog.getByRole('button', { name: '原料を追加' }).click()
  await expect(dialog.locator('.field-error')).toBeVisible()
  await dialog.getByRole('button', { name: 'キャンセル' }).click()

  // The reporting-currency question.
  await go(page, 'prices')
  await page.getByRole('combobox', { name: '報告通貨' }).selectOption('INR')
  const ask = page.getByRole('dialog', { name: '報告通貨をINRに変更' })
  await expect(ask).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/ja-jai-currency-dialog.png` })
  await clean(page, data, 'currency dialog')
  await ask.getByRole('button', { name: 'キャンセル' }).click()
  expect(errors).toEqual([])
})

test('the India samples’ battery inputs, three lenders and their schedules in Japanese', async ({ page }) => {
  const errors = await openSample(page, 'india-black-mass-three-lenders')
  const data = [...sampleAndReferenceStrings('india-black-mass-three-lenders'), ...sampleAndReferenceStrings('india-black-mass-hydromet')]
  await toJapanese(page)
  for (const id of ['feedstock', 'recovery', 'prices', 'offtake', 'costs', 'financing']) {
    await go(page, id)
    await page.screenshot({ path: `${SHOTS}/ja-jai-india-${id}.png`, fullPage: true })
    await clean(page, data, id)
  }
  // One tranche's own schedule (the segmented switch above the debt schedule).
  const of = page.getByRole('group', { name: '返済スケジュールの対象' })
  await of.getByRole('button').nth(1).click()
  await expect(page.locator('[data-testid^="tranche-schedule-"]')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/ja-jai-india-tranche-schedule.png`, fullPage: true })
  await clean(page, data, 'tranche schedule')
  expect(errors).toEqual([])
})

/**
 * Issue 17: a select in a form grid shows its whole choice (it was cut: "DSCR-sculpted, capped by
 * gearin…"): a field whose longest option does not fit one column spans two.
 */
for (const width of [1280, 1920]) {
  test(`long select options are not cut at ${width} px, in English and in Japanese`, async ({ page }) => {
    const errors = await openSample(page, 'india-black-mass-hydromet')
    await page.setViewportSize({ width, height: 900 })
    const fits = async (path: string) => {
      const select = page.locator(`[data-path="${path}"] select`)
      await expect(select).toBeVisible()
      const { scroll, client, text, needed } = await select.evaluate((el: HTMLSelectElement) => {
        const style = getComputedStyle(el)
        const ctx = document.createElement('canvas').getContext('2d')!
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
        const text = el.options[el.selectedIndex]?.text ?? ''
        // The chosen option's text plus the select's padding (the arrow sits in the right padding).
        const needed = ctx.measureText(text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
        return { scroll: el.scrollWidth, client: el.clientWidth, text, needed }
      })
      expect(scroll, `${path} (${text})`).toBeLessThanOrEqual(client)
      expect(needed, `${path} (${text})`).toBeLessThanOrEqual(client + 1)
    }
    await page.locator('aside.sidebar a[href$="/financing"]').click()
    await page.locator('[data-path="financing.sizing"] select').selectOption('sculpted')
    await fits('financing.sizing')
    await page.locator('aside.sidebar a[href$="/feedstock"]').click()
    await page.locator('[data-path="feedstock.0.routeId"] select').selectOption('everbatt-pyro')
    await fits('feedstock.0.routeId')
    await page.screenshot({ path: `${SHOTS}/ja-jai-selects-en-${width}.png`, fullPage: true })
    await toJapanese(page)
    await fits('feedstock.0.routeId')
    await page.locator('aside.sidebar a[href$="/financing"]').click()
    await fits('financing.sizing')
    await page.screenshot({ path: `${SHOTS}/ja-jai-selects-ja-${width}.png`, fullPage: true })
    expect(errors).toEqual([])
  })
}
