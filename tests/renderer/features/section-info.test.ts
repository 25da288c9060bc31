import { describe, expect, it } from 'vitest'
import { SECTION_IDS, SECTION_INFO } from '@renderer/features/section-info'
import { en, t, type MessageKey, type MessageValues } from '@shared/i18n'
import { handProject } from '../../shared/engine/hand-project'

const ja = (key: MessageKey, values?: MessageValues) => t('ja', key, values)

/**
 * The section registry's words through the catalog (#20): English reads as it did when the words were
 * inline (the pinned "2 streams · …" counts), and Japanese has its own.
 */
describe('section info', () => {
  it('holds and next steps are catalog keys, with Japanese of their own', () => {
    for (const id of SECTION_IDS) {
      const info = SECTION_INFO[id]
      expect(info.holds).toHaveLength(3)
      for (const key of [...info.holds, info.next]) {
        expect(en[key]).toBeTruthy()
        expect(t('ja', key)).not.toBe(en[key])
      }
    }
  })

  it('summaries read as before in English (plurals included) and count in Japanese', () => {
    const doc = handProject()
    expect(SECTION_INFO.feedstock.summary(doc)).toBe(`${doc.feedstock.length} stream${doc.feedstock.length === 1 ? '' : 's'}`)
    expect(SECTION_INFO.feedstock.summary({ ...doc, feedstock: doc.feedstock.slice(0, 1) })).toBe('1 stream')
    expect(SECTION_INFO.feedstock.summary(doc, ja)).toBe(`${doc.feedstock.length}件の原料`)
    const tenor = Math.max(...doc.financing.tranches.map((x) => x.tenorYears))
    const one = { ...doc, financing: { ...doc.financing, sizing: 'gearing' as const, tranches: doc.financing.tranches.slice(0, 1) } }
    expect(SECTION_INFO.financing.summary(one)).toBe(`Gearing · ${doc.financing.tranches[0]!.tenorYears}-year tenor`)
    const two = { ...doc, financing: { ...doc.financing, sizing: 'sculpted' as const, tranches: [doc.financing.tranches[0]!, { ...doc.financing.tranches[0]!, id: 'b' }] } }
    expect(SECTION_INFO.financing.summary(two)).toBe(`DSCR-sculpted · ${doc.financing.tranches[0]!.tenorYears}-year tenor · 2 tranches`)
    expect(SECTION_INFO.financing.summary(two, ja)).toBe(`DSCRスカルプティング · 期間${doc.financing.tranches[0]!.tenorYears}年 · 2トランシェ`)
    expect(tenor).toBeGreaterThan(0)
    expect(SECTION_INFO.results.summary({ ...doc, timeline: { ...doc.timeline, operatingYears: 1, periodMonths: 6 } })).toBe('1 year · 6-month periods')
    expect(SECTION_INFO.recovery.summary({ ...doc, routes: [], products: doc.products.slice(0, 1) })).toBe('0 routes · 1 product')
  })
})
