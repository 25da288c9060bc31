import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { openSample, SHOTS } from './support/open-sample'
import { untranslatedText } from './helpers/untranslated'

/**
 * Results, Scenarios and risk, the Project sheet tab and reviewing in Japanese (#20): every panel,
 * run, dialog and empty state reachable there, scanned for English left on screen. The project's own
 * names (its products, decks, tranches, scenarios — data, not the app's words) are allowed; so is,
 * until the branches that move them merge, the English that src/shared and the input sections still
 * produce (listed below by owner, each an exact text, so nothing else slips through).
 */
const SAMPLE = 'india-black-mass-hydromet'

/** The names in the sample file, whole: what the user typed is shown as typed. */
function namesOf(file: string): string[] {
  const words = new Set<string>()
  const visit = (v: unknown, key: string) => {
    if (typeof v === 'string' && /^(name|sponsor|location|fileName)$/.test(key)) words.add(v)
    else if (Array.isArray(v)) v.forEach((x) => visit(x, key))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k)
  }
  visit(JSON.parse(readFileSync(`resources/samples/${file}.json`, 'utf8')), '')
  return [...words]
}
const NAMES = namesOf(SAMPLE)

/**
 * English still built in English by shared code, each entry with the module that writes it: the
 * checklist's values and reasons, the IRR's reasons, tornado notes, the joint-stress sentence and
 * breakeven reasons, the comparison's base column, the financing preset picker's label, the field
 * registry's labels in the note dialog; and the reference library's citations, which are data. An
 * entry is a whole finding's text after "←", so the list cannot hide a new English word elsewhere.
 */
const ELSEWHERE: readonly RegExp[] = [
  // src/shared/format/checklist.ts: the checklist's values and reasons.
  /meets the lender’s|is below the lender’s|months of debt service reserved|returns at least the [\d.]+ % discount rate|^cash meets every period|or reserve short$|, period \d+: under 1\.00x$|^(≥ )?\d+ months$|^ramp-up only$|^none$/,
  // src/shared/finance: the IRR's n/a reasons.
  /^every flow is out|^money goes in and out more than once|^the flows change sign more than once/,
  // src/shared/analysis/compare.ts: the scenario comparison's base column's name.
  /^Base case$/,
  // src/shared/analysis (tornado-notes.ts, exposure/joint.ts, breakeven): tornado notes, the joint-stress sentence, breakeven reasons.
  /^Capex −10 % and \+10 %|^If Li prices fall 30 %|holds even with these prices at zero$|still holds with INR and JPY weakening 100 % a year/,
  // resources/reference/price-process.json: the library's citations are its data, shown as stored.
  /^estimated from IMF monthly Ni prices 1980–2015$|^assumption: no (lithium|cobalt|manganese) price series in reach$/,
  // The same citation inside the app's own sentence for a metal without a series of its own (shared.mc.pooled).
  /^前提：当該金属の価格系列が未保存のため、プールしたκを使用（estimated from IMF monthly Ni prices 1980–2015）$/,
  // ja-i, the financing section's preset picker (shown in the checklist).
  /^Lender preset$/,
  // src/renderer/src/store (fieldInfoOf): an input's label in the note dialog (the input sections translate their own
  // labels; the field registry the notes read is English), and the dialog's close button (src/renderer/src/ui, ja-s).
  /^「Interest rate( \(all-in\))?」へのコメント$|^ファイナンス · Interest rate( \(all-in\))? · Senior debt。/,
  /^Close$/
]

const main = (page: Page) => untranslatedText(page, { root: '#main', allow: NAMES })
/** A finding's text (`element: "text" (words)`), which the ELSEWHERE entries match whole. */
const textOf = (finding: string) => finding.replace(/^[^"]*"/, '').replace(/…?" \([^()]*\)$/, '')
const report = (where: string, found: string[]) => found.filter((f) => !ELSEWHERE.some((r) => r.test(textOf(f)))).map((f) => `${where}: ${f}`)
const go = async (page: Page, section: 'results' | 'scenarios' | 'sheet' | 'financing') => {
  await page.locator(`nav a[href$="/${section}"]`).first().click()
  await expect(page).toHaveURL(new RegExp(`/${section}$`))
}

test('Results, analysis, the sheet tab and reviewing read in Japanese', async ({ page }) => {
  test.setTimeout(300_000)
  const errors = await openSample(page, SAMPLE)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  const found: string[] = []

  // Results: cards, checklist with the lender thresholds open, charts, waterfall and each statement.
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('balance-check')).toHaveText('貸借対照表はすべての期間で一致しています（資産 − 負債 − 純資産 = 0）。')
  await page.getByRole('button', { name: 'レンダーの基準…' }).click()
  await expect(page.getByTestId('chart-cover')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/ja-jar-results.png` })
  found.push(...report('results', await main(page)))
  for (const name of ['貸借対照表', 'キャッシュフロー計算書']) {
    await page.getByTestId('statements').getByRole('button', { name }).click()
    found.push(...report(`statements ${name}`, await main(page)))
  }
  await page.getByTestId('statements').getByRole('button', { name: '期間別' }).click()
  await page.getByTestId('statements').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/ja-jar-statements.png` })
  found.push(...report('statements per period', await main(page)))

  // Scenarios: the list empty, then a ready-made one opened, compared.
  await go(page, 'scenarios')
  const tab = (name: string) => page.getByRole('tab', { name })
  await expect(page.getByTestId('compare-runbar')).toBeVisible()
  found.push(...report('scenarios (none yet)', await main(page)))
  await page.getByTestId('add-preset-downside').click()
  // Added in Japanese, a ready-made scenario is named in Japanese; its overrides open in place.
  await expect(page.getByTestId('scenario-downside')).toContainText('ダウンサイド')
  await page.getByTestId('scenario-downside').getByRole('button', { name: '閉じる' }).click()
  await page.getByTestId('scenario-downside').getByRole('button', { name: '編集' }).click()
  await expect(page.getByTestId('scenario-editor-downside')).toBeVisible()
  found.push(...report('scenario editor', await main(page)))
  await page.getByTestId('compare-run').click()
  await expect(page.getByTestId('compare-done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('chart-dscr-scenarios')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/ja-jar-scenarios.png`, fullPage: true })
  found.push(...report('scenarios', await main(page)))

  // Tornado: before a run it says which button fills it; then the chart and table.
  await tab('トルネード').click()
  await expect(page.getByTestId('tornado-idle')).toHaveText('未実行です。上の「トルネード分析を実行」を押してください。')
  found.push(...report('tornado idle', await main(page)))
  await page.getByTestId('tornado-run').click()
  await expect(page.getByTestId('tornado-done')).toBeVisible({ timeout: 120_000 })
  await page.locator('details.overrides summary').first().click()
  await page.screenshot({ path: `${SHOTS}/ja-jar-tornado.png`, fullPage: true })
  found.push(...report('tornado', await main(page)))

  await tab('損益分岐').click()
  await page.getByTestId('breakeven-run').click()
  await expect(page.getByTestId('breakeven-done')).toBeVisible({ timeout: 120_000 })
  await page.screenshot({ path: `${SHOTS}/ja-jar-breakeven.png`, fullPage: true })
  found.push(...report('breakeven', await main(page)))

  await tab('モンテカルロ').click()
  await page.getByLabel('試行回数', { exact: true }).fill('300')
  await page.getByTestId('mc-run').click()
  await expect(page.getByTestId('mc-done')).toBeVisible({ timeout: 120_000 })
  await page.screenshot({ path: `${SHOTS}/ja-jar-montecarlo.png`, fullPage: true })
  found.push(...report('monte carlo', await main(page)))

  await tab('ナチュラルヘッジ').click()
  await page.getByTestId('hedge-run').click()
  await expect(page.getByTestId('hedge-done')).toBeVisible({ timeout: 120_000 })
  await page.getByTestId('joint-run').click()
  await expect(page.getByTestId('joint-done')).toBeVisible({ timeout: 120_000 })
  await page.screenshot({ path: `${SHOTS}/ja-jar-hedge.png`, fullPage: true })
  found.push(...report('natural hedge', await main(page)))

  // The sheet tab (the sheet's own HTML is the sheet builder's, scanned by its own test), the review
  // side with a note dialog, and the recycler's empty inbox.
  await go(page, 'sheet')
  await expect(page.locator('.sheet-status')).toContainText('SHA-256', { timeout: 120_000 })
  await page.screenshot({ path: `${SHOTS}/ja-jar-sheet.png` })
  found.push(...report('sheet', await untranslatedText(page, { root: '.sheet-layout > div > .sheet-toolbar', allow: NAMES })), ...report('sheet fields', await untranslatedText(page, { root: '.sheet-side', allow: NAMES })))
  await tab('金融機関としてレビュー').click()
  await expect(page.getByTestId('review-dscr-chart')).toBeVisible()
  await page.getByLabel('コメント', { exact: true }).fill('金利の根拠を確認したい')
  await page.getByRole('button', { name: 'コメントを追加' }).click()
  await page.screenshot({ path: `${SHOTS}/ja-jar-review.png`, fullPage: true })
  found.push(...report('review', await main(page)))
  // A note at a field, in review mode: the dialog, then the note shown at the field.
  await go(page, 'financing')
  const rate = page.locator('.model-field[data-path="financing.tranches.0.interest.annualRate"]')
  await rate.getByRole('button', { name: /にレビューコメントを追加$/ }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/ja-jar-note-dialog.png` })
  found.push(...report('note dialog', await untranslatedText(page, { root: 'dialog[open]', allow: NAMES })))
  await dialog.getByLabel('コメント').fill('金利が低すぎる')
  await dialog.getByRole('button', { name: 'コメントを追加' }).click()
  await expect(rate.getByTestId('field-notes')).toContainText('照会')
  found.push(...report('field notes', await untranslatedText(page, { root: '[data-testid="field-notes"]', allow: NAMES })))
  await go(page, 'sheet')
  await tab('受け取ったレビュー').click()
  await expect(page.getByText('まだレビューを開いていません。', { exact: false })).toBeVisible()
  found.push(...report('inbox', await main(page)))

  expect(found).toEqual([])
  expect(errors).toEqual([])
})
