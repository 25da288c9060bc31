import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { bankabilityChecklist } from '@shared/format/checklist'
import { incompleteText, missingInputs } from '@shared/format/completeness'
import { lenderThresholds, presetName } from '@shared/format/lender-thresholds'
import { naReasonText, driverLabelText } from '@shared/analysis/localized'
import { LENDER_TYPE_LABELS, coverText, rateText, fxExposure, fxExposureShort } from '@shared/debt-report'
import { trancheTable } from '@shared/sheet/blocks-tranches'
import { lenderPresets } from '@shared/reference/accessors'
import { newProject } from '@shared/model/new-project'
import { sheetProject, trancheSheetProject } from '../sheet/sheet-fixtures'
import { untranslatedWords } from '../../e2e/helpers/untranslated'

/** The checklist, the incomplete stamp and the lender presets in Japanese (#20); English as it was. */
describe('checklist words by locale', () => {
  const p = sheetProject()
  const result = runModel(p)
  const en = bankabilityChecklist(p, result)
  const ja = bankabilityChecklist(p, result, 'ja')

  it('grades, values and thresholds figures are the same in both languages; the words differ', () => {
    expect(ja.map((i) => [i.id, i.grade, i.metricKey])).toEqual(en.map((i) => [i.id, i.grade, i.metricKey]))
    expect(ja.map((i) => i.label)).not.toEqual(en.map((i) => i.label))
    expect(ja.find((i) => i.id === 'minDscr')!.label).toBe('最低DSCR')
    expect(ja.find((i) => i.id === 'dsra')!.label).toBe('元利金返済リザーブ（DSRA）')
    expect(ja.find((i) => i.id === 'sponsorSupport')!.threshold).toBe('立上げ期のみ')
    for (const i of ja) expect(untranslatedWords(`${i.label} ${i.value} ${i.threshold} ${i.reason}`), i.id).toEqual([])
  })

  it('a missed threshold says by how much in Japanese, with the figures of the English reason', () => {
    const strict = { ...p, lender: { ...p.lender, minLlcr: '9', maxGearing: '0.1' } }
    const r = runModel(strict)
    const enItem = bankabilityChecklist(strict, r).find((i) => i.id === 'llcr')!
    const jaItem = bankabilityChecklist(strict, r, 'ja').find((i) => i.id === 'llcr')!
    expect(enItem.reason).toMatch(/ is below the lender’s 9\.00x by more than 10 %$/)
    expect(jaItem.reason).toBe(`${enItem.value}：レンダー基準9.00xを下回る（10 %超）`)
    expect(bankabilityChecklist(strict, r, 'ja').find((i) => i.id === 'gearing')!.reason).toMatch(/レンダー基準10\.0 %を上回る（10 %超）（ギアリング＝/)
  })

  it('an unfinished model: the stamp lists what is missing in the language', () => {
    const bare = newProject('x', 'Bare', 2026)
    const missing = missingInputs(bare)
    expect(incompleteText(missing)).toMatch(/^Incomplete: no /)
    expect(incompleteText(missing, 'ja')).toMatch(/^入力未完了：/)
    expect(incompleteText(missing, 'ja')).not.toMatch(/[A-Za-z]{3,}/)
    expect(incompleteText([{ id: 'feedPrice', text: 'no feed price for Packs', path: 'x', stream: 'Packs' }], 'ja')).toBe('入力未完了：Packsの原料価格なし')
  })

  it('lender presets: every preset has a Japanese name; an edited one says so', () => {
    for (const preset of lenderPresets()) {
      expect(presetName(preset)).toBe(preset.name)
      expect(presetName(preset, 'ja')).not.toBe(preset.name)
      expect(untranslatedWords(presetName(preset, 'ja'))).toEqual([])
    }
    const eca = lenderPresets().find((x) => x.id === 'export-credit-agency')!
    expect(presetName(eca, 'ja')).toBe('輸出信用機関（JBIC型）')
    const lender = { ...p.lender, presetId: 'export-credit-agency', minDscr: '9' }
    expect(lenderThresholds(lender).name).toBe('Export-credit agency (JBIC-style), edited')
    expect(lenderThresholds(lender, 'ja').name).toBe('輸出信用機関（JBIC型）（変更あり）')
    expect(presetName({ id: 'not-in-catalog', name: 'New preset' }, 'ja')).toBe('New preset')
  })

  it('n/a reasons and driver names', () => {
    expect(naReasonText('the project carries no debt', 'en')).toBe('the project carries no debt')
    expect(naReasonText('the project carries no debt', 'ja')).toBe('プロジェクトに借入なし')
    expect(naReasonText('2 rates give NPV = 0 (5 %, 40 %): the IRR is ambiguous, use NPV', 'ja')).toContain('IRRは一意に定まらない')
    expect(naReasonText('something new', 'ja')).toBe('算出不可')
    expect(driverLabelText({ kind: 'priceProduct', label: 'Pt price', productName: 'Pt' }, 'ja')).toBe('Pt価格')
    expect(driverLabelText({ kind: 'fx', label: 'FX rate (units per USD)' }, 'en')).toBe('FX rate (units per USD)')
    expect(driverLabelText({ kind: 'fx', label: 'FX rate (units per USD)' }, 'ja')).toBe('為替レート（対USD）')
  })
})

describe('the tranche table’s words', () => {
  const p = trancheSheetProject()
  const r = runModel(p)
  const text = (h: string) => h.replace(/<[^>]+>/g, ' ')
  it('English is debt-report’s labels, word for word', () => {
    const body = text(trancheTable(p, r).value)
    for (const tr of p.financing.tranches) {
      expect(body).toContain(`${tr.name} (${LENDER_TYPE_LABELS[tr.lenderType]})`)
      expect(body).toContain(rateText(tr))
      const cover = coverText(tr, r.currency)
      if (cover) expect(body).toContain(cover)
    }
    expect(body).toContain(`Debt service by currency: ${fxExposureShort(fxExposure(r)!)}.`)
  })
  it('Japanese has no English word but the lenders’ names', () => {
    const body = text(trancheTable(p, r, false, 'ja').value)
    const names = p.financing.tranches.map((x) => x.name)
    let rest = body
    for (const n of names) rest = rest.split(n).join(' ')
    expect(rest.match(/[A-Za-z]{3,}/g)?.filter((w) => !['USD', 'INR', 'JPY', 'COD', 'ECA', 'DFI'].includes(w)) ?? []).toEqual([])
    expect(body).toContain('据置期間')
    expect(body).toContain('シニアローン合計')
  })
})

describe('the preset picker’s options by locale', () => {
  const lender = { ...sheetProject().lender, presetId: 'export-credit-agency', minDscr: '9' }
  it('English as before; Japanese names, an edited preset said so', async () => {
    const { presetChoices } = await import('@shared/format/lender-thresholds')
    const en = presetChoices(lender)
    const ja = presetChoices(lender, 'ja')
    expect(en.options.find((o) => o.value === 'export-credit-agency')!.label).toBe('JBIC-style, edited')
    expect(en.options.find((o) => o.value === 'commercial-bank')!.label).toBe('Commercial bank (project finance)')
    expect(ja.options.find((o) => o.value === 'export-credit-agency')!.label).toBe('輸出信用機関（JBIC型）（変更あり）')
    expect(ja.options.find((o) => o.value === 'commercial-bank')!.label).toBe('商業銀行（プロジェクト・ファイナンス）')
    expect(ja.selected).toBe(en.selected)
    expect(ja.reset).toEqual(en.reset)
  })
})
