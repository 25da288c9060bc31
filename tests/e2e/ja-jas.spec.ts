import { expect, test, type Page } from '@playwright/test'
import { ready, SHOTS } from './support/open-sample'
import { untranslatedText, untranslatedWords } from './helpers/untranslated'
import { SAMPLE_DESCRIPTION_NAMES, sampleData } from './helpers/sample-data'

/**
 * Issue 20, the shell's share: in Japanese, the project list (empty, with projects, archived, the
 * comparison, renaming), the first-run guide and its strip, New project (with its errors and the
 * INR reference rate), the sample dialog, the "already here" question, the restore dialog, a
 * backup's toast, a project that is not here, and the Help page's frame show no English but the
 * allowed acronyms and the user's own data. Screenshots at 1280×800 are for a person to look at.
 */
const PGM = 'pgm-catalyst-recovery'
const INDIA = 'india-black-mass-hydromet'
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/ja-jas-${name}.png` })

const allData = [...sampleData(PGM), ...sampleData(INDIA), ...SAMPLE_DESCRIPTION_NAMES]

async function japanese(page: Page): Promise<string[]> {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await ready(page)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  return errors
}

async function openSampleJa(page: Page, stem: string) {
  await page.getByRole('button', { name: 'サンプルを開く' }).click()
  await page.getByRole('dialog', { name: 'サンプル・プロジェクトを開く' }).getByTestId(`sample-${stem}`).click()
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
}

test('the scan finds English and lets the allowed words through', () => {
  expect(untranslatedWords('Close guide')).toEqual(['Close', 'guide'])
  expect(untranslatedWords('最低DSCR 1.35x · USD 百万 · Ctrl+N')).toEqual([])
  expect(untranslatedWords('「India black-mass plant」を開きました', ['India black-mass plant'])).toEqual([])
  // A chemical formula is no word (helpers/untranslated.ts); a word beside it still is.
  expect(untranslatedWords('NiSO4·6H2O')).toEqual([])
  expect(untranslatedWords('Nickel sulphate NiSO4')).toEqual(['Nickel', 'sulphate'])
})

test('the empty project list, the first-run guide and New project speak Japanese', async ({ page }) => {
  const errors = await japanese(page)
  await expect(page.getByTestId('first-run-guide')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('プロジェクト')
  expect(await untranslatedText(page)).toEqual([])
  await shot(page, 'empty-list')

  await page.getByRole('button', { name: '進行中' }).waitFor()
  await page.getByRole('button', { name: /^アーカイブ/ }).click()
  await expect(page.getByText('アーカイブ済みのプロジェクトはありません')).toBeVisible()
  expect(await untranslatedText(page)).toEqual([])

  await page.getByTestId('guide-start').click()
  const dialog = page.getByRole('dialog', { name: '新規プロジェクト' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'プロジェクトを作成' }).click()
  await expect(dialog.getByText('プロジェクト名を入力してください')).toBeVisible()
  expect(await untranslatedText(page, { root: 'dialog[open]' })).toEqual([])
  await dialog.getByLabel('報告通貨').selectOption('INR')
  await expect(dialog.getByText(/^2025年6月27日時点の参考レート（rediff\/raavov）/)).toBeVisible()
  // The rate's source is a name (a news site), shown as the reference file has it.
  expect(await untranslatedText(page, { root: 'dialog[open]', allow: ['rediff/raavov'] })).toEqual([])
  await shot(page, 'new-project-inr')
  await dialog.getByLabel('プロジェクト名').fill('Pune cells')
  await dialog.getByRole('button', { name: 'プロジェクトを作成' }).click()

  // Inside the project: the guide strip, the header and the sidebar (the sections' own text is the section engineers').
  await expect(page.getByTestId('guide-strip')).toBeVisible()
  expect(await untranslatedText(page, { root: '[data-testid="guide-strip"]' })).toEqual([])
  expect(await untranslatedText(page, { root: 'header.app-header', allow: ['Pune cells'] })).toEqual([])
  expect(await untranslatedText(page, { root: 'aside.sidebar', allow: ['Pune cells'] })).toEqual([])
  await shot(page, 'guide-strip')

  // Renaming in the header, refused: the error says so in Japanese.
  await page.getByRole('button', { name: 'プロジェクト名を変更' }).click()
  await expect(page.getByRole('textbox', { name: 'プロジェクト名' })).toBeVisible()
  expect(await untranslatedText(page, { root: 'header.app-header', allow: ['Pune cells'] })).toEqual([])
  expect(errors).toEqual([])
})

test('samples, the portfolio, the comparison and the "already here" question speak Japanese', async ({ page }) => {
  const errors = await japanese(page)
  await page.getByRole('button', { name: 'サンプルを開く' }).click()
  const samples = page.getByRole('dialog', { name: 'サンプル・プロジェクトを開く' })
  await expect(samples.getByTestId(`sample-${PGM}`)).toContainText('廃触媒PGM回収プラント（サンプル）')
  await expect(samples.getByTestId(`sample-${PGM}`)).toContainText('USD · 原料ストリーム3件 · 10年')
  expect(await untranslatedText(page, { root: 'dialog[open]', allow: allData })).toEqual([])
  await shot(page, 'samples')
  await samples.getByTestId(`sample-${PGM}`).click()
  await expect(page.getByTestId('results')).toHaveAttribute('data-state', 'ready')
  // The toast that says it was opened, with the project's own name.
  await expect(page.locator('.toast')).toContainText('を開きました')
  expect(await untranslatedText(page, { root: '.toast-viewport', allow: allData })).toEqual([])

  await page.goto('/#/')
  await openSampleJa(page, INDIA)
  await page.goto('/#/')
  const list = page.locator('main#main')
  await expect(page.getByTestId(/^pf-verdict-/)).toHaveCount(2)
  expect(await untranslatedText(page, { root: 'main#main', allow: allData })).toEqual([])
  await shot(page, 'portfolio')

  await list.locator('.pf-check').nth(0).check()
  await list.locator('.pf-check').nth(1).check()
  await page.getByTestId('compare-projects').click()
  await expect(page.getByTestId('portfolio-compare')).toBeVisible()
  // The figures' own units ("4.3 years", "0 periods") are written by the shared metric formatting
  // (src/shared/format/metrics.ts, src/shared/review/comparison.ts), not by this screen: reported on issue 20.
  const sharedFigure = (issue: string) => /^(td\.align-right\.numeric|span\.pf-delta): "[−+]?[\d.,]+ (years|periods)" /.test(issue)
  expect((await untranslatedText(page, { root: 'main#main', allow: allData })).filter((issue) => !sharedFigure(issue))).toEqual([])
  await shot(page, 'compare')

  await list.getByRole('button', { name: /の名称を変更$/ }).first().click()
  await expect(list.getByRole('textbox', { name: /の新しい名称$/ })).toBeVisible()
  expect((await untranslatedText(page, { root: 'main#main', allow: allData })).filter((issue) => !sharedFigure(issue))).toEqual([])
  await page.keyboard.press('Escape')

  // The same sample again: it is already here.
  await page.getByRole('button', { name: 'サンプルを開く' }).click()
  await page.getByRole('dialog', { name: 'サンプル・プロジェクトを開く' }).getByTestId(`sample-${PGM}`).click()
  const same = page.getByRole('dialog', { name: 'このプロジェクトはすでにあります' })
  await expect(same).toBeVisible()
  expect(await untranslatedText(page, { root: 'dialog[open]', allow: allData })).toEqual([])
  await shot(page, 'same-id')
  await same.getByRole('button', { name: 'キャンセル' }).click()
  expect(errors).toEqual([])
})

test('backups, a project that is not here and the Help page’s frame speak Japanese', async ({ page }) => {
  const errors = await japanese(page)
  await page.getByRole('button', { name: 'バックアップから復元…' }).click()
  const restore = page.getByRole('dialog', { name: 'バックアップから復元' })
  await expect(restore).toBeVisible()
  await expect(restore.getByText(/この端末にはまだバックアップがありません|\d+年\d+月\d+日/).first()).toBeVisible()
  expect(await untranslatedText(page, { root: 'dialog[open]' })).toEqual([])
  await restore.getByRole('button', { name: 'ファイルから復元…' }).click()
  await expect(restore.getByText(/選んだバックアップ・ファイルから復元しますか/)).toBeVisible()
  expect(await untranslatedText(page, { root: 'dialog[open]' })).toEqual([])
  await shot(page, 'restore')
  await restore.getByRole('button', { name: 'キャンセル' }).click()
  await restore.getByRole('button', { name: '閉じる' }).last().click()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '今すぐバックアップ' }).click()
  await download
  await expect(page.locator('.toast')).toContainText('バックアップを保存しました')
  expect(await untranslatedText(page, { root: '.toast-viewport' })).toEqual([])

  await page.goto('/#/project/not-here/feedstock')
  await expect(page.getByText('プロジェクトが見つかりません')).toBeVisible()
  expect(await untranslatedText(page)).toEqual([])
  await shot(page, 'not-found')

  await page.goto('/#/help')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('計算方法')
  expect(await untranslatedText(page, { root: 'header.app-header' })).toEqual([])
  // The methodology's text is English only so far (issue 20: left for a later session); the page says so in Japanese.
  await expect(page.getByTestId('methodology-language')).toHaveText(/^以下の計算方法の説明は現時点では英語のみです/)
  expect(await untranslatedText(page, { root: '[data-testid="methodology-language"]' })).toEqual([])
  await expect(page.getByRole('navigation', { name: '計算方法の目次' }).getByRole('heading', { name: '目次' })).toBeVisible()
  await shot(page, 'help')
  await page.getByTestId('reopen-guide').click()
  await expect(page.getByTestId('first-run-guide')).toBeVisible()
  expect(await untranslatedText(page)).toEqual([])
  expect(errors).toEqual([])
})
