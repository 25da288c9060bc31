/** Feedstock purchase, opex, EBITDA, working capital, capex and grants (methodology §5, §6). */
import { constructionFundingExcel } from '@shared/engine/construction'
import { isPgm } from '@shared/model'
import { streamVariableOpexExcel } from '@shared/rules/stream-opex'
import { workingCapitalExcel } from '@shared/rules/working-capital'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, K, N, productForMetal, streamMetals } from './context'
import { streamRateNames } from './inputs-plant'
import { SCN } from './scenarios'
import { needsContainedValue, writeStreamSupply, writeSupplyTotals } from './supply'
import { writeDisposalCosts } from './byproducts'

export function writeCosts(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const rep = p.reportingCurrency
  sh.header('Costs', `Costs as positive amounts, nominal ${rep}; escalation steps on the anniversaries of the start date`)
  p.feedstock.forEach((s, i) => {
    sh.section(`Feedstock purchase: ${s.name}`)
    sh.calc(`s${i}.esc`, 'Purchase escalation factor', 'x', (c) => `(1+${N.stream(i, 'Esc')})^${c.at('escYears')}`, { style: 'factor' })
    if (needsContainedValue(p, s)) {
      const priced = streamMetals(s.kind).map((m) => ({ m, pi: productForMetal(p, m) })).filter((x) => x.pi >= 0)
      sh.calc(`s${i}.value`, 'Contained metal value at index (PGM in toz, battery metals as product)', rep, (c) => priced.length
        ? priced.map(({ m, pi }) => isPgm(m)
          ? `${c.at(K.streamContained(i, m))}/Grams_Per_Toz*${c.at(K.priceRep(pi))}`
          : `${c.at(K.streamContained(i, m))}*${N.product(pi, 'Factor')}*${c.at(K.priceRep(pi))}`).join('+')
        : `0*${c.at('op')}`, { total: 'sum' })
    }
    // Supply contracts (§13): their tonnes at their own prices; only the rest on the stream's terms.
    const supplyCosts = writeStreamSupply(ctx, sh, s, i)
    if (!supplyCosts) {
      if (s.purchase.basis === 'fixed') sh.calc(`s${i}.purchase`, 'Purchase = price × quantity × escalation', rep, (c) => `${N.stream(i, 'Price')}*${c.at(K.streamQty(i))}*${c.at(`s${i}.esc`)}`, { total: 'sum' })
      else sh.calc(`s${i}.purchase`, 'Purchase = % × contained value', rep, (c) => `${N.stream(i, 'Pct')}*${c.at(`s${i}.value`)}`, { total: 'sum' })
    } else {
      const contracts = (c: { at(k: string): string }) => supplyCosts.map((k) => `+${c.at(k)}`).join('')
      if (s.purchase.basis === 'fixed')
        sh.calc(`s${i}.purchase`, "Purchase = supply contracts' costs + price × quantity on own terms × escalation", rep, (c) => `${N.stream(i, 'Price')}*${c.at(`s${i}.ownQty`)}*${c.at(`s${i}.esc`)}${contracts(c)}`, { total: 'sum' })
      else sh.calc(`s${i}.purchase`, "Purchase = supply contracts' costs + % × contained value × share on own terms", rep, (c) =>
        `IF(${c.at(K.streamQty(i))}>0,${N.stream(i, 'Pct')}*${c.at(`s${i}.value`)}*${c.at(`s${i}.ownQty`)}/${c.at(K.streamQty(i))},0)${contracts(c)}`, { total: 'sum' })
    }
    sh.calc(`s${i}.logistics`, 'Logistics = per tonne × input tonnes × escalation', rep, (c) => `${N.stream(i, 'Logistics')}*${c.at(K.streamTonnes(i))}*${c.at(`s${i}.esc`)}`, { total: 'sum' })
    sh.calc(`s${i}.feed`, 'Feedstock cost', rep, (c) => `${c.at(`s${i}.purchase`)}+${c.at(`s${i}.logistics`)}`, { total: 'sum' })
    sh.calc(`s${i}.varOpex`, 'Variable opex (the stream\'s per tonne + treatment + per unit rates) × escalation × opex multiplier', rep, (c) =>
      streamVariableOpexExcel(c.at('op'), c.at(K.streamTonnes(i)), c.at(K.streamQty(i)), streamRateNames(s, i), `${c.at('opexEsc')}*${SCN.opex}`), { total: 'sum' })
  })
  writeSupplyTotals(ctx, sh)
  const streams = p.feedstock.map((_, i) => i)
  const sumStreams = (c: { at(k: string): string }, f: (i: number) => string) => (streams.length ? streams.map((i) => c.at(f(i))).join('+') : `0*${c.at('op')}`)
  sh.section('Operating costs and EBITDA')
  sh.calc('feedstock', 'Feedstock cost', rep, (c) => sumStreams(c, (i) => `s${i}.feed`), { total: 'sum' })
  sh.calc('fixedOpex', 'Fixed opex (× opex multiplier)', rep, (c) => `${c.at('op')}*Opex_Fixed*Period_Months/Months_Per_Year*${c.at('opexEsc')}*${SCN.opex}`, { total: 'sum' })
  sh.calc('variableOpex', 'Variable opex', rep, (c) => sumStreams(c, (i) => `s${i}.varOpex`), { total: 'sum' })
  const disposal = writeDisposalCosts(ctx, sh, (c) => `${c.at('op')}*${c.at('opexEsc')}*${SCN.opex}`)
  sh.calc('opex', disposal ? 'Opex (fixed, variable, disposal of residues)' : 'Opex', rep, (c) => `${c.at('fixedOpex')}+${c.at('variableOpex')}${disposal ? `+${c.at(disposal)}` : ''}`, { total: 'sum' })
  sh.calc('ebitda', 'EBITDA = revenue − feedstock − opex', rep, (c) => `${c.at('revenue')}-${c.at('feedstock')}-${c.at('opex')}`, { total: 'sum', style: 'total' })
  sh.section('Working capital (released in the last period)')
  sh.calc('receivables', 'Receivables', rep, (c) => workingCapitalExcel.receivables(c.at('revenue'), c.at('lastPeriod')))
  sh.calc('inventory', 'Inventory', rep, (c) => workingCapitalExcel.inventory(c.at('feedstock'), c.at('lastPeriod')))
  sh.calc('payables', 'Payables', rep, (c) => workingCapitalExcel.payables(c.at('feedstock'), c.at('opex'), c.at('lastPeriod')))
  sh.calc('wc', 'Working capital', rep, (c) => workingCapitalExcel.workingCapital(c.at('receivables'), c.at('inventory'), c.at('payables')))
  sh.calc('dwc', 'Change in working capital (positive absorbs cash)', rep, (c) => `${c.at('wc')}-${c.prev('wc')}`, { total: 'sum' })
  sh.section('Capex and grants')
  sh.calc('phase', 'Capex phasing', '%', (c) => `IF(${c.at('constr')}=1,${sh.book.nth('Capex_Phasing', c.at('period'))},0)`, { style: 'pct' })
  sh.calc('capex', 'Capex (× capex multiplier)', rep, (c) => `Capex_Total*${SCN.capex}*${c.at('phase')}`, { total: 'sum' })
  sh.calc('contingency', 'Contingency', rep, (c) => `${c.at('capex')}*Contingency`, { total: 'sum' })
  sh.calc('capexc', 'Capex with contingency', rep, (c) => `${c.at('capex')}+${c.at('contingency')}`, { total: 'sum', style: 'total' })
  sh.calc('land', 'Of which land with its contingency (funded; never depreciated)', rep, (c) => `Capex_Land*${SCN.capex}*(1+Contingency)*${c.at('phase')}`, { total: 'sum' })
  sh.calc('grants', 'Grants (phased like capex, at most capex + IDC of the period)', rep, (c) => constructionFundingExcel.grant(c.at('phase'), c.at('capexc'), c.at('idc')), { total: 'sum' })
  sh.calc('maint', 'Maintenance capex (escalated at the opex rate; × capex multiplier)', rep, (c) => `${c.at('op')}*Maint_Capex*${SCN.capex}*Period_Months/Months_Per_Year*${c.at('opexEsc')}`, { total: 'sum' })
}
