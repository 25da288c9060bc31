import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import { t, type MessageKey } from '@shared/i18n'
import { parseProject } from '@shared/model'
import { metricLabel } from '@shared/metrics/registry'
import { cardViews, compactMoney, CARDS, CAPACITY_CARD, LOCKUP_CARD, SUPPLY_CARD, SWEEP_CARD } from '@renderer/features/results/metric-cards'
import { statementRows } from '@renderer/features/results/statement-rows'
import { waterfallRows } from '@renderer/features/results/waterfall'
import { dec } from '@shared/decimal'
import { handProject } from '../../../shared/engine/hand-project'
import { twoTranches } from '../../../shared/engine/two-tranche-project'

const ja = (key: MessageKey, values?: Record<string, string | number>) => t('ja', key, values)
const hand = () => {
  const r = parseProject(handProject())
  if (!r.ok) throw new Error('hand project invalid')
  return runModel(r.value)
}
// Acronyms the Japanese keeps (the glossary): a label made only of these is not English left over.
const latinWords = (s: string) => (s.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !['DSCR', 'LLCR', 'PLCR', 'DSRA', 'IRR', 'NPV', 'CFADS', 'EBITDA', 'EBIT', 'COD', 'MRA', 'EPR', 'USD', 'INR'].includes(w))

describe('Results in Japanese (#20)', () => {
  it('the cards are named as the metric registry names them in English (one name per metric)', () => {
    const short = new Set(['minDscrAllOperating', 'bankableOfftakeCoverage'])
    for (const c of [...CARDS, CAPACITY_CARD, LOCKUP_CARD, SWEEP_CARD, SUPPLY_CARD]) {
      expect(t('en', `results.card.${c.key}` as MessageKey), c.key).toBe(metricLabel(c.key, short.has(c.key) ? 'shortLabel' : 'label'))
    }
  })

  it('cards, waterfall rows and statement rows come out in Japanese, with no English word left', () => {
    const r = hand()
    const cards = cardViews(r, 'full', ja)
    expect(cards.find((c) => c.key === 'minDscr')!.label).toBe('最低DSCR')
    for (const c of cards) expect([c.key, latinWords(c.label), latinWords(c.hint)]).toEqual([c.key, [], []])
    for (const row of waterfallRows(r, ja)) expect([row.id, latinWords(row.label)]).toEqual([row.id, []])
    const st = buildStatements(r)
    for (const kind of ['income', 'balance', 'cashFlow'] as const) for (const row of statementRows(st.annual, kind, ja)) expect([row.id, latinWords(row.label)]).toEqual([row.id, []])
  })

  it('a tranche line keeps its name and currency in either language; hedged is said in words', () => {
    const s = buildStatements(runModel(twoTranches(true)))
    expect(statementRows(s.annual, 'balance', ja).filter((r) => r.id.startsWith('debt-')).map((r) => r.label)).toEqual(['シニアローン：US bank（USD）', 'シニアローン：India DFI（INR、ヘッジあり）'])
  })

  it('the balance-check line is a sentence, naming the periods that fail (#17)', () => {
    const v = { count: 2, periods: '3, 5', amount: '12.00', currency: 'USD' }
    expect(t('en', 'results.st.unbalanced', v)).toBe('The balance sheet does not balance in periods 3, 5: assets − liabilities − equity is off by up to 12.00 USD.')
    expect(t('en', 'results.st.unbalanced', { ...v, count: 1, periods: '3' })).toBe('The balance sheet does not balance in period 3: assets − liabilities − equity is off by up to 12.00 USD.')
    expect(ja('results.st.unbalanced', v)).toBe('貸借対照表が一致しない期間が2期間あります（第3, 5期）：資産 − 負債 − 純資産の差は最大 12.00 USD。')
  })

  it('the reading aid under a long figure uses the language’s scale words', () => {
    expect(compactMoney(dec('1342000000'), 'INR')).toBe('134.2 crore INR')
    expect(compactMoney(dec('1342000000'), 'INR', ja)).toBe('134.2クロール INR')
    expect(compactMoney(dec('-39500000'), 'USD', ja)).toBe('−39.5百万 USD')
    expect(compactMoney(dec('512'), 'USD', ja)).toBe('512 USD')
  })
})
