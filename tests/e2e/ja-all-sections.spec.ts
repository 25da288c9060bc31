import { expect, test, type Page } from '@playwright/test'
import { openSample, SHOTS } from './support/open-sample'
import { sampleAndReferenceStrings, untranslatedText } from './helpers/untranslated'
import { allSampleData } from './helpers/sample-data'

/**
 * Issue 20's "Done means": switched to Japanese, every section and tab of a sample project, the Help
 * page, the project list and the file dialogs show no English but the allowed acronyms and the
 * project's own data. Each place is its own test, so a run lists every place still in English (each
 * failure prints the texts); screenshots at 1280×800 are for a person to look at.
 */
const PGM = 'pgm-catalyst-recovery'
// The sample's strings and the reference library's (route names, converter classes, citations): data shown as it is stored.
const data = sampleAndReferenceStrings(PGM)

async function japaneseProject(page: Page): Promise<{ errors: string[]; projectId: string }> {
  const errors = await openSample(page, PGM)
  const projectId = /#\/project\/([^/]+)\//.exec(page.url())![1]!
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  return { errors, projectId }
}

async function expectJapanese(page: Page, place: string, allow: readonly string[] = data, exclude?: string) {
  await page.screenshot({ path: `${SHOTS}/ja-all-${place}.png` })
  expect(await untranslatedText(page, { allow, ...(exclude ? { exclude } : {}) }), `English left on ${place}`).toEqual([])
}

const SECTIONS = ['feedstock', 'recovery', 'prices', 'offtake', 'costs', 'financing', 'results'] as const
const TABS: { section: string; prefix: string; tabs: string[] }[] = [
  { section: 'scenarios', prefix: 'analysis', tabs: ['scenarios', 'tornado', 'breakeven', 'montecarlo', 'hedge'] },
  { section: 'sheet', prefix: 'sheet', tabs: ['sheet', 'review', 'inbox'] }
]

for (const section of SECTIONS)
  test(`${section} in Japanese`, async ({ page }) => {
    const { errors, projectId } = await japaneseProject(page)
    await page.goto(`/#/project/${projectId}/${section}`)
    await expect(page.locator('main#main')).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expectJapanese(page, section)
    expect(errors).toEqual([])
  })

for (const { section, prefix, tabs } of TABS)
  for (const tab of tabs)
    test(`${section} › ${tab} in Japanese`, async ({ page }) => {
      const { errors, projectId } = await japaneseProject(page)
      await page.goto(`/#/project/${projectId}/${section}`)
      await page.locator(`#${prefix}-tab-${tab}`).click()
      await expect(page.locator(`#${prefix}-panel-${tab}`)).toBeVisible()
      await page.waitForLoadState('networkidle')
      await expectJapanese(page, `${section}-${tab}`)
      expect(errors).toEqual([])
    })

test('the project list, Help and the file dialogs in Japanese', async ({ page }) => {
  const { errors } = await japaneseProject(page)
  await page.goto('/#/')
  await expect(page.getByTestId(/^pf-verdict-/)).toHaveCount(1)
  await expectJapanese(page, 'projects')

  await page.getByRole('button', { name: 'サンプルを開く' }).click()
  await expect(page.getByRole('dialog', { name: 'サンプル・プロジェクトを開く' })).toBeVisible()
  await expectJapanese(page, 'samples-dialog', allSampleData())
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'バックアップから復元…' }).click()
  await expect(page.getByRole('dialog', { name: 'バックアップから復元' })).toBeVisible()
  await expectJapanese(page, 'restore-dialog')
  await page.keyboard.press('Escape')

  await page.goto('/#/help')
  await expect(page.getByTestId('methodology')).toBeVisible()
  // The methodology (docs/methodology.md, 125 KB) is English only for now, and the page says so in
  // Japanese (methodology-language); its body and the contents list built from its headings are marked
  // lang="en", so the scan leaves exactly those out and reads the page's own frame.
  await expect(page.getByTestId('methodology-language')).toBeVisible()
  await expect(page.locator('#main [lang="en"]')).toHaveCount(2)
  await expectJapanese(page, 'help', data, '[lang="en"]')
  expect(errors).toEqual([])
})
