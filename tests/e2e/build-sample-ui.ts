import { expect, type Locator, type Page } from '@playwright/test'
import { Decimal } from '../../src/shared/decimal'

/**
 * Driving the input sections like a person: every field is found by the model path it is bound to
 * (`data-path`), typed into (percent fields get percent, as the widget shows them), and checked to
 * show no refusal. Fields whose rule depends on another one not typed yet (grades that briefly add
 * up to over 100 %, a grace period before its tenor) are typed again once the rest is in.
 */
export type Value = string | number | boolean | null
export type Entry = [path: string, value: Value]

const SECTION_OF: [RegExp, string][] = [
  [/^(feedstock)\b/, 'Feedstock'],
  [/^(routes|products)\b/, 'Recovery'],
  [/^(prices|fx|reportingCurrency)\b/, 'Prices'],
  [/^(offtake|offtakePolicy)\b/, 'Offtake'],
  [/^(timeline|costs|tax)\b/, 'Costs'],
  [/^(financing|valuation|lender)\b/, 'Financing']
]

export async function goTo(page: Page, name: string) {
  const link = page.getByRole('navigation').getByRole('link', { name, exact: true })
  if ((await link.getAttribute('aria-current')) !== 'page') await link.click()
  await expect(page.locator('.page-title')).toHaveText(name)
}

export const sectionOf = (path: string): string => SECTION_OF.find(([re]) => re.test(path))?.[1] ?? 'Feedstock'

export const field = (page: Page, path: string): Locator => page.locator(`[data-path="${path}"]`)
const control = (page: Page, path: string): Locator => field(page, path).locator('input, select, textarea').first()

/** Select the stream, contract or deck a path points into (their editors show one at a time). */
export async function selectItemFor(page: Page, path: string) {
  const stream = /^feedstock\.(\d+)\./.exec(path)
  if (stream) return page.getByRole('table', { name: 'Feedstock streams' }).locator('tbody tr').nth(Number(stream[1])).locator('.link-button').click()
  const contract = /^offtake\.(\d+)\./.exec(path)
  if (contract) return page.getByRole('table', { name: 'Offtake contracts' }).locator('tbody tr').nth(Number(contract[1])).locator('.link-button').click()
  const deck = /^prices\.decks\.(\d+)\./.exec(path)
  if (deck) return page.getByRole('list', { name: 'Price decks' }).getByRole('button').nth(Number(deck[1])).click()
}

/** The text a person types for `value` into the field at `path` (percent widgets: × 100). */
async function textFor(page: Page, path: string, value: Value): Promise<string> {
  if (value === null) return ''
  const unit = (await field(page, path).locator('.field-unit').allTextContents()).join(' ')
  if (unit.includes('%') && typeof value === 'string') return new Decimal(value).times(100).toFixed()
  return String(value)
}

/** Type, pick or tick one value; returns the refusal shown at the field, if any. */
export async function setField(page: Page, path: string, value: Value, retry = false): Promise<string | null> {
  await goTo(page, sectionOf(path))
  if (!(await field(page, path).count())) await selectItemFor(page, path)
  const box = field(page, path)
  await expect(box, `field ${path}`).toHaveCount(1)
  const el = control(page, path)
  const tag = await el.evaluate((e) => `${e.tagName}:${(e as unknown as { type?: string }).type ?? ''}`)
  if (tag.startsWith('SELECT')) {
    const v = value === null ? 'none' : String(value)
    if (retry) {
      const other = await el.locator(`option:not([value="${v}"]):not([disabled])`).first().getAttribute('value')
      if (other) await el.selectOption(other)
    }
    await el.selectOption(v)
  } else if (tag === 'INPUT:checkbox') {
    await el.setChecked(value === true)
  } else {
    const text = await textFor(page, path, value)
    if (retry || (await el.inputValue()) !== text) {
      if (retry) await el.fill(text === '' ? '0' : '')
      await el.fill(text)
    }
  }
  const alert = box.getByRole('alert')
  return (await alert.count()) ? await alert.first().textContent() : null
}

/** Set many fields; refused ones are typed again after the others (up to three passes), then must be accepted. */
export async function setAll(page: Page, entries: Entry[]) {
  let pending = entries
  for (let pass = 0; pass < 3 && pending.length; pass++) {
    const refused: Entry[] = []
    for (const [path, value] of pending) if (await setField(page, path, value, pass > 0)) refused.push([path, value])
    pending = refused
  }
  for (const [path] of pending) await expect(field(page, path).getByRole('alert'), `${path} still refused`).toHaveCount(0)
}

/** Grow or shrink a per-year list with its Add/Remove buttons until it has `n` entries. */
export async function resizeList(page: Page, group: Locator, countOf: () => Promise<number>, n: number) {
  for (let c = await countOf(); c < n; c++) await group.getByRole('button', { name: 'Add year' }).click()
  for (let c = await countOf(); c > n; c--) await group.getByRole('button', { name: /^Remove/ }).click()
  await expect.poll(countOf).toBe(n)
}

/** The stored project, read back from IndexedDB as the app wrote it. */
type IdbRequest<T> = { result: T; error: unknown; onsuccess: (() => void) | null; onerror: (() => void) | null }
type IdbFactory = { open(name: string): IdbRequest<{ transaction(store: string): { objectStore(store: string): { get(key: string): IdbRequest<{ doc: unknown }> } } }> }

export async function storedDoc(page: Page, projectId: string): Promise<unknown> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        // The test is compiled without DOM types; this runs in the page.
        const req = (globalThis as unknown as { indexedDB: IdbFactory }).indexedDB.open('bankable')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const get = req.result.transaction('projects').objectStore('projects').get(id)
          get.onsuccess = () => resolve(get.result.doc)
          get.onerror = () => reject(get.error)
        }
      }),
    projectId
  )
}
