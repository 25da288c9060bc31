/**
 * Feedstock supply contracts in the Excel model (methodology §13): their terms on Inputs, the tonnes each
 * receives and what they cost on Costs (inside the stream's purchase block, by the Excel forms of
 * src/shared/rules/supply-contract.ts), the committed and required tonnes, and supply coverage on
 * Metrics. Nothing is written for a project without supply contracts, so its workbook is unchanged.
 */
import type { Project, SupplyContract } from '@shared/model'
import { suppliedTonnesExcel, supplyUnitPriceExcel } from '@shared/rules/supply-contract'
import { dateToSerial } from '../a1'
import type { SheetBuilder } from '../grid'
import type { Cell } from '../types'
import { type ModelCtx, K, N, STRUCTURE_NOTE, num, str } from './context'

type Stream = Project['feedstock'][number]
type At = { at(k: string): string }

/** Inputs name of supply contract j's field (0-based, in project order). */
export const supplyName = (j: number, field: string) => `Supply${j + 1}_${field}`

const contractsOf = (p: Project) => p.supplyContracts ?? []
/** The supply contracts on stream i, with their index in the project list (the order they are served in). */
export const streamSupply = (p: Project, s: Stream) => contractsOf(p).map((c, j) => ({ c, j })).filter((x) => x.c.streamId === s.id)
export const hasSupply = (p: Project) => contractsOf(p).length > 0
/** Whether a stream's contained value is needed on Costs: its own %-of-contained price or a contract's. */
export const needsContainedValue = (p: Project, s: Stream) => s.purchase.basis === 'pctOfContained' || streamSupply(p, s).some((x) => x.c.price.basis === 'pctOfContained')

const blankOr = (v: string | null): Cell => (v !== null ? { ...num(v, 'inMoney'), blankOk: true } : { t: 'blank', style: 'inMoney', blankOk: true })

export function writeSupplyInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const list = contractsOf(p)
  if (list.length === 0) return
  sh.section(`Feedstock supply contracts (served in this order on each stream; ${p.reportingCurrency}, the stream's unit)`)
  list.forEach((c, j) => {
    const s = p.feedstock.find((x) => x.id === c.streamId)
    if (!s) return
    const per = `${p.reportingCurrency}/${s.kind === 'catalyst' ? 'unit' : 't'}`
    const label = (t: string) => `Supply ${j + 1}: ${t}`
    sh.scalar(null, label('supplier'), '', str(c.supplier, 'text'))
    sh.scalar(null, label('stream'), '', str(s.name, 'text'), undefined, `${STRUCTURE_NOTE} (the contract's rows sit in this stream's block on Costs)`)
    sh.scalar(null, label('counterparty rating'), '', str(c.rating, 'text'))
    if (c.volume.basis === 'share') sh.scalar(null, label("share of the stream's processed feed"), '%', num(c.volume.share, 'inPct'), supplyName(j, 'Share'))
    else sh.scalar(null, label('committed tonnes of input per year'), 't/yr', num(c.volume.tonnesPerYear, 'inQuantity'), supplyName(j, 'Tonnes'))
    sh.scalar(null, label('start'), 'date', num(dateToSerial(c.startDate), 'inDate'), supplyName(j, 'Start'))
    sh.scalar(null, label('end'), 'date', num(dateToSerial(c.endDate), 'inDate'), supplyName(j, 'End'))
    sh.scalar(null, label('price basis'), '', str(c.price.basis === 'fixed' ? 'fixed price, escalated' : '% of contained metal value, floor and cap', 'text'), undefined, STRUCTURE_NOTE)
    if (c.price.basis === 'fixed') {
      sh.scalar(null, label('price (negative = gate fee received)'), per, num(c.price.pricePerQuantity, 'inMoney'), supplyName(j, 'Price'))
      sh.scalar(null, label('price escalation'), '%/yr', num(c.price.escalation, 'inPct'), supplyName(j, 'Esc'))
    } else {
      sh.scalar(null, label('share of contained metal value paid'), '%', num(c.price.pctOfContained, 'inPct'), supplyName(j, 'Pct'))
      sh.scalar(null, label('floor (blank = none; nominal)'), per, blankOr(c.price.floorPerQuantity), supplyName(j, 'Floor'))
      sh.scalar(null, label('cap (blank = none; nominal)'), per, blankOr(c.price.capPerQuantity), supplyName(j, 'Cap'))
    }
  })
}

/**
 * Stream i's contract rows on Costs, before its purchase line: each contract's active flag, tonnes
 * asked and received, quantity in the stream's unit, unit price and cost; then the quantity left on the
 * stream's own terms (`s{i}.ownQty`). Returns the cost-row keys to add to the purchase, or null for a
 * stream without contracts (its purchase stays as it was).
 */
export function writeStreamSupply(ctx: ModelCtx, sh: SheetBuilder, s: Stream, i: number): string[] | null {
  const mine = streamSupply(ctx.project, s)
  if (mine.length === 0) return null
  const rep = ctx.project.reportingCurrency
  const qUnit = s.kind === 'catalyst' ? 'units' : 't'
  const costs: string[] = []
  const before: string[] = []
  for (const { c, j } of mine) {
    const key = (f: string) => `sc${j}.${f}`
    const n = (f: string) => supplyName(j, f)
    sh.calc(key('active'), `Supply ${j + 1} (${c.supplier}): active (period within its dates, in operations)`, '1/0', (x) => `IF(AND(${x.at('start')}>=${n('Start')},${x.at('end')}<=${n('End')}),1,0)*${x.at('op')}`, { style: 'flag' })
    sh.calc(key('asked'), c.volume.basis === 'share' ? 'Tonnes asked = share × input tonnes processed' : 'Tonnes asked = tonnes per year × m/12', 't', (x) =>
      c.volume.basis === 'share' ? `${x.at(key('active'))}*${n('Share')}*${x.at(K.streamTonnes(i))}` : `${x.at(key('active'))}*${n('Tonnes')}*Period_Months/Months_Per_Year`, { total: 'sum', style: 'quantity' })
    // The rows of the contracts served before this one (a copy: the formulas are written later).
    const earlier = [...before]
    const free = (x: At) => [x.at(K.streamTonnes(i)), ...earlier.map((b) => x.at(b))].join('-')
    sh.calc(key('t'), 'Tonnes received = MAX(0, MIN(asked, tonnes not yet committed))', 't', (x) => suppliedTonnesExcel(x.at(key('asked')), free(x)), { total: 'sum', style: 'quantity' })
    before.push(key('t'))
    sh.calc(key('qty'), `Quantity received (${qUnit})`, qUnit, (x) => (s.kind === 'catalyst' ? `${x.at(key('t'))}*Kilograms_Per_Tonne/${N.stream(i, 'MassKg')}` : x.at(key('t'))), { total: 'sum', style: 'quantity' })
    if (c.price.basis === 'fixed') sh.calc(key('price'), 'Unit price = price × (1 + escalation)^steps', rep, (x) => `${n('Price')}*(1+${n('Esc')})^${x.at('escYears')}`, { style: 'money' })
    else sh.calc(key('price'), 'Unit price = MIN(cap, MAX(floor, % × contained value per unit of feed))', rep, (x) =>
      supplyUnitPriceExcel(`IF(${x.at(K.streamQty(i))}>0,${x.at(`s${i}.value`)}/${x.at(K.streamQty(i))},0)`, n('Pct'), n('Floor'), n('Cap')), { style: 'money' })
    sh.calc(key('cost'), 'Cost = quantity received × unit price', rep, (x) => `${x.at(key('qty'))}*${x.at(key('price'))}`, { total: 'sum' })
    costs.push(key('cost'))
  }
  sh.calc(`s${i}.ownQty`, "Quantity on the stream's own terms = processed − received under contracts", qUnit, (x) =>
    `${x.at(K.streamQty(i))}-${mine.map(({ j }) => x.at(`sc${j}.qty`)).join('-')}`, { total: 'sum', style: 'quantity' })
  return costs
}

/** After the streams on Costs: committed and required tonnes, the supply-coverage numerator and denominator. */
export function writeSupplyTotals(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  if (!hasSupply(p)) return
  const list = contractsOf(p).map((c, j) => ({ c, j })).filter(({ c }) => p.feedstock.some((s) => s.id === c.streamId))
  sh.section('Feedstock supply coverage (committed / processed tonnes of input)')
  sh.calc('supplyT', 'Tonnes of input under supply contracts', 't', (x) => (list.length ? list.map(({ j }) => x.at(`sc${j}.t`)).join('+') : `0*${x.at('op')}`), { total: 'sum', style: 'quantity' })
  sh.calc('supplyReqT', 'Tonnes of input processed (the feed the plant needs)', 't', (x) => p.feedstock.map((_, i) => x.at(K.streamTonnes(i))).join('+'), { total: 'sum', style: 'quantity' })
}

export type { SupplyContract }
