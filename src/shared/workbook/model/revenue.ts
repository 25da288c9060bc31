/**
 * Prices per product per period (deck, multipliers, FX), contract allocation in priority order,
 * the floor/cap clamp, charges, merchant sales and offtake coverage (methodology §3, §4).
 */
import { clampPriceExcel, contractPriceExcel } from '@shared/rules/price-clamp'
import { colLetter, qualify } from '../a1'
import { FIRST_PERIOD_COL, type PeriodCtx, type SheetBuilder } from '../grid'
import { type ModelCtx, K, N } from './context'
import { SCN, decksLaidOut } from './scenarios'
import { writeByproductRevenue } from './byproducts'

export function writeRevenue(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const decks = decksLaidOut(p)
  const rep = p.reportingCurrency
  // Deck currency: the FX row of the deck the case in view prices with.
  const deckCcy = decks.every((d) => d.currency === decks[0]!.currency) ? decks[0]!.currency : 'deck currency'
  sh.header('Revenue', `Prices, offtake allocation and revenue; amounts in ${rep}`)
  sh.section('Price deck in view')
  sh.calc('deckFx', `FX: deck currency per USD (deck Scn_Deck: ${decks.map((d, i) => `${i + 1} = ${d.currency}`).join(', ')})`, 'x', (c) =>
    choose(decks.map((d) => c.at(K.fx(d.currency)))), { style: 'factor' })
  p.products.forEach((prod, pi) => {
    sh.section(`${prod.name}`)
    sh.calc(K.priceDeck(pi), `Index price (${deckCcy}) = deck price × price and scenario multipliers`, `${deckCcy}/unit`, (c) => {
      const mult = `Price_All_Mult*${N.price(pi, 'Mult')}*${SCN.priceAll}*${SCN.price(pi)}`
      return `${choose(decks.map((deck, d) => deckPrice(sh, deck, d, pi, prod.id, c)))}*${mult}`
    }, { style: 'money' })
    sh.calc(K.priceRep(pi), `Index price (${rep})`, `${rep}/unit`, (c) => `${c.at(K.priceDeck(pi))}*${c.at(K.fx(rep))}/${c.at('deckFx')}`, { style: 'money' })
    sh.calc(`p${pi}.out`, 'Output', 'unit', (c) => c.at(K.productOutput(pi)), { total: 'sum', style: 'quantity' })
    let remaining = `p${pi}.out`
    const mine = ctx.contractOrder.filter((j) => p.offtake[j]!.productId === prod.id)
    for (const j of mine) {
      const ct = p.offtake[j]!
      const key = (f: string) => `c${j}.${f}`
      const name = (f: string) => N.contract(j, f)
      sh.note(`Contract ${j + 1}: ${ct.counterparty}`)
      sh.calc(key('active'), 'Active flag (period within contract dates; 0 when the scenario turns offtake off)', '1/0', (c) => `IF(AND(${c.at('start')}>=${name('Start')},${c.at('end')}<=${name('End')}),1,0)*${SCN.offtake}`, { style: 'flag' })
      sh.calc(key('asked'), 'Quantity asked', 'unit', (c) => ct.volume.basis === 'share'
        ? `${c.at(key('active'))}*${name('Share')}*${c.at(`p${pi}.out`)}`
        : `${c.at(key('active'))}*${name('Annual')}*Period_Months/Months_Per_Year`, { total: 'sum', style: 'quantity' })
      const before = remaining
      sh.calc(key('qty'), 'Quantity received = MIN(asked, unallocated)', 'unit', (c) => `MIN(${c.at(key('asked'))},${c.at(before)})`, { total: 'sum', style: 'quantity' })
      sh.calc(key('left'), 'Unallocated after this contract', 'unit', (c) => `${c.at(before)}-${c.at(key('qty'))}`, { style: 'quantity' })
      remaining = key('left')
      // The contract currency is an input: its FX row is looked up by code among the rows laid out.
      sh.calc(key('fx'), 'FX: contract currency per USD (the FX row of Contract currency)', 'x', (c) => fxOf(ctx, sh, c.k, name('Currency')), { style: 'factor' })
      sh.calc(key('idx'), 'Index in contract currency', 'ccy/unit', (c) => `${c.at(K.priceDeck(pi))}*${c.at(key('fx'))}/${c.at('deckFx')}`, { style: 'money' })
      sh.calc(key('formula'), 'Price before floor and cap = index × payable + premium', 'ccy/unit', (c) => contractPriceExcel(c.at(key('idx')), name('Payable'), name('Premium')), { style: 'money' })
      sh.calc(key('price'), 'Unit price = MIN(cap, MAX(floor, price before)); a blank floor or cap is none', 'ccy/unit', (c) =>
        clampPriceExcel(c.at(key('formula')), name('Floor'), name('Cap')), { style: 'money' })
      sh.calc(key('charges'), `Charges (${rep})`, rep, (c) => `${c.at(key('qty'))}*${name('Charge')}*${c.at(K.fx(rep))}/${c.at(key('fx'))}`, { total: 'sum' })
      sh.calc(key('revenue'), `Revenue net of charges (${rep})`, rep, (c) => `${c.at(key('qty'))}*(${c.at(key('price'))}-${name('Charge')})*${c.at(K.fx(rep))}/${c.at(key('fx'))}`, { total: 'sum' })
      sh.calc(key('cover'), 'Revenue counted for coverage (not below zero)', rep, (c) => `MAX(0,${c.at(key('revenue'))})`, { total: 'sum' })
    }
    const left = remaining
    sh.calc(`p${pi}.merchQty`, 'Merchant quantity (unallocated)', 'unit', (c) => c.at(left), { total: 'sum', style: 'quantity' })
    sh.calc(`p${pi}.merchPrice`, 'Merchant price = index × merchant payable', `${rep}/unit`, (c) => `${c.at(K.priceRep(pi))}*${N.product(pi, 'Merchant')}`, { style: 'money' })
    sh.calc(`p${pi}.merchRev`, 'Merchant revenue', rep, (c) => `${c.at(`p${pi}.merchQty`)}*${c.at(`p${pi}.merchPrice`)}`, { total: 'sum' })
    sh.calc(`p${pi}.contractRev`, 'Contract revenue', rep, (c) => mine.length ? mine.map((j) => c.at(`c${j}.revenue`)).join('+') : `0*${c.at('op')}`, { total: 'sum' })
    sh.calc(K.productRevenue(pi), `${prod.name} revenue`, rep, (c) => `${c.at(`p${pi}.contractRev`)}+${c.at(`p${pi}.merchRev`)}`, { total: 'sum' })
  })
  // By-products and EPR certificates (§13): revenue lines of their own, added to revenue, never to coverage.
  const extra = writeByproductRevenue(ctx, sh)
  sh.section('Totals and offtake coverage')
  const all = p.products.map((_, pi) => pi)
  const sumOf = (c: { at(k: string): string }, key: (pi: number) => string) => (all.length ? all.map((pi) => c.at(key(pi))).join('+') : '0')
  sh.calc('revenue', extra.length ? 'Revenue (products, by-products, EPR certificates)' : 'Revenue', rep, (c) => `${sumOf(c, K.productRevenue)}${extra.map((k) => `+${c.at(k)}`).join('')}`, { total: 'sum', style: 'total' })
  sh.calc('contractRevenue', 'Contract revenue', rep, (c) => sumOf(c, (pi) => `p${pi}.contractRev`), { total: 'sum' })
  sh.calc('merchantRevenue', 'Merchant revenue', rep, (c) => sumOf(c, (pi) => `p${pi}.merchRev`), { total: 'sum' })
  const bankable = ctx.contractOrder
  sh.calc('bankableRevenue', 'Bankable contract revenue', rep, (c) => bankable.length
    ? bankable.map((j) => `IF(${N.contract(j, 'Bankable')},${c.at(`c${j}.revenue`)},0)`).join('+')
    : `0*${c.at('op')}`, { total: 'sum' })
  const covered = (c: { at(k: string): string }, list: number[]) => (list.length ? list.map((j) => c.at(`c${j}.cover`)).join('+') : `0*${c.at('op')}`)
  sh.calc('contractForCover', 'Contract revenue for coverage (each contract not below zero)', rep, (c) => covered(c, ctx.contractOrder), { total: 'sum' })
  sh.calc('bankableForCover', 'Bankable contract revenue for coverage', rep, (c) => ctx.contractOrder.length
    ? ctx.contractOrder.map((j) => `IF(${N.contract(j, 'Bankable')},${c.at(`c${j}.cover`)},0)`).join('+') : `0*${c.at('op')}`, { total: 'sum' })
  sh.calc('coverBase', 'Coverage base = contract revenue for coverage + merchant revenue', rep, (c) => `${c.at('contractForCover')}+${c.at('merchantRevenue')}`, { total: 'sum' })
  sh.calc('coverage', 'Offtake coverage', '%', (c) => `IF(${c.at('coverBase')}>0,${c.at('contractForCover')}/${c.at('coverBase')},"")`, { style: 'pct' })
  sh.calc('coverWindow', 'Coverage window (loan life; whole operations without debt)', '1/0', (c) => `IF(${sh.book.totalOf('debtAtCod', sh.name)}>0,${c.at('loanLife')},${c.at('op')})`, { style: 'flag' })
}

/** One value, or CHOOSE among them by the deck in view (Scn_Deck). */
const choose = (xs: string[]) => (xs.length === 1 ? xs[0]! : `CHOOSE(${SCN.deck},${xs.join(',')})`)

/** Deck d's price of a product in period c, before multipliers (0 where the deck has no price for it, as in the engine). */
function deckPrice(sh: SheetBuilder, deck: ReturnType<typeof decksLaidOut>[number], d: number, pi: number, productId: string, c: PeriodCtx): string {
  const pp = deck.prices.find((x) => x.productId === productId)
  const name = (field: string) => N.deckPrice(d, pi, field)
  if (!pp) return '0'
  if (pp.mode === 'escalating') return `${name('Base')}*(1+${name('Esc')})^(${c.at('calYear')}-${name('BaseYear')})`
  const ys = name('Years')
  const vs = name('Values')
  return `IF(${c.at('calYear')}<${sh.book.nth(ys, 1)},${sh.book.nth(vs, 1)},${sh.book.nth(vs, `MATCH(${c.at('calYear')},${ys},1)`)})`
}

/**
 * Period k's FX rate (per USD) of the currency named in `currencyCell`, from the FX rows on Timeline
 * (one per code in FX_Currencies, in that order); #N/A for a currency not laid out. One FX row is
 * compared directly: Gnumeric answers #REF! for INDEX over a single cell.
 */
function fxOf(ctx: ModelCtx, sh: SheetBuilder, k: number, currencyCell: string): string {
  const rows = ctx.currencies.map((c) => sh.book.row(K.fx(c)))
  const col = colLetter(FIRST_PERIOD_COL + k - 1)
  const first = rows[0]!
  if (rows.length === 1) return `IF(${currencyCell}=FX_Currencies,${qualify(first.sheet, `${col}$${first.row}`)},NA())`
  rows.forEach((r, i) => { if (r.sheet !== first.sheet || r.row !== first.row + i) throw new Error('FX rows must be contiguous') })
  return `INDEX(${qualify(first.sheet, `${col}$${first.row}:${col}$${first.row + rows.length - 1}`)},MATCH(${currencyCell},FX_Currencies,0),1)`
}
