/**
 * The Inputs sheet: every assumption once, in input style, with its unit and a workbook-scoped
 * name. Derived helpers (period counts, effective recoveries) are formulas in calculation style,
 * and values the app solves iteratively are marked "solved value" with their check on Checks.
 */
import { minorUnit } from '@shared/rules/minor-unit'
import { dateToSerial } from '../a1'
import { BATTERY_METALS, GRAMS_PER_TROY_OUNCE, INVESTMENT_GRADES, METALS, PGM_METALS, TAX_BLOCKS, isPgm, streamQuantityPerYear } from '@shared/model'
import { INPUT_VALUE_COL, type SheetBuilder } from '../grid'
import type { Cell } from '../types'
import { type ModelCtx, N, STRUCTURE_NOTE, fx, num, str, streamMetals } from './context'
import { writeTaxInputs } from './tax-inputs'
import { writeDisplayInputs } from './display'
import { projectRateRead, writeCapacityInputs, writeStreamCostInputs } from './inputs-plant'
import { decksLaidOut, writeScenarioSelector } from './scenarios'
import { writeSupplyInputs } from './supply'
import { writeByproductInputs } from './byproducts'
import { writeTrancheInputs } from './tranche-inputs'
import { writeWaterfallInputs } from './waterfall-inputs'

const unusedNote = (why: string) => `Not used: ${why}. ${STRUCTURE_NOTE}`

export function writeInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const { project: p, result } = ctx
  const ccy = p.reportingCurrency
  sh.header('Inputs', `Every assumption once. Input cells: blue on yellow. Amounts in ${ccy} unless stated; money of the start date for costs.`)

  sh.section('Timeline')
  sh.scalar(null, 'Start date', 'date', num(dateToSerial(p.timeline.startDate), 'inDate'), 'Start_Date')
  // The period columns, the capex phasing and the loan window are laid out for these lengths, so they
  // are structure, not inputs: shown in calculation style, and Checks!chk.layout turns FALSE if edited.
  const structure = 'Structure: the period columns are laid out for this value; re-export from the app to change'
  // Whole numbers by construction: an integer format (a 'number' style would show "12.00 months").
  sh.scalar(null, 'Construction', 'months', num(p.timeline.constructionMonths, 'count'), 'Constr_Months', structure)
  sh.scalar(null, 'Operations', 'years', num(p.timeline.operatingYears, 'count'), 'Oper_Years', structure)
  sh.scalar(null, 'Months per period', 'months', num(p.timeline.periodMonths, 'count'), 'Period_Months', structure)
  sh.scalar(null, 'Construction periods', 'periods', fx('Constr_Months/Period_Months', 'number'), 'Constr_Periods')
  sh.scalar(null, 'Total periods', 'periods', fx('Constr_Periods+Oper_Years*Months_Per_Year/Period_Months', 'number'), 'Total_Periods')

  sh.section('Constants')
  sh.scalar(null, 'Months per year', 'months', num(12, 'inNumber'), 'Months_Per_Year')
  sh.scalar(null, 'Days per year (working-capital days)', 'days', num(365, 'inNumber'), 'Days_Per_Year')
  const converters = p.feedstock.some((s) => s.kind === 'catalyst')
  sh.scalar(null, 'Grams per troy ounce', 'g/toz', num(GRAMS_PER_TROY_OUNCE, converters ? 'inFactor' : 'factor'), 'Grams_Per_Toz', converters ? undefined : unusedNote('no converter streams'))
  sh.scalar(null, 'Kilograms per tonne', 'kg/t', num(1000, converters ? 'inNumber' : 'number'), 'Kilograms_Per_Tonne', converters ? undefined : unusedNote('no converter streams'))
  // Fractions of a currency unit: the money style (no decimals) would show 0.01 as "0".
  sh.scalar(null, 'Check tolerance (amounts)', ccy, num('0.01', 'inTolerance'), 'Check_Tolerance')
  sh.scalar(null, 'Minor unit (a balance below it is repaid; no ratio divides by less)', ccy, num(minorUnit(p.reportingCurrency).toString(), 'inTolerance'), 'Minor_Unit')
  sh.scalar(null, 'Check tolerance (ratios)', 'x', num('0.000001', 'inFactor'), 'Ratio_Tolerance')

  writeDisplayInputs(sh, ccy)
  writeScenarioSelector(sh)

  sh.section('Currency and FX (units of currency per 1 USD; the latest year not after the calendar year applies)')
  sh.scalar(null, 'Reporting currency', '', str(ccy, 'text'), undefined, STRUCTURE_NOTE)
  sh.list('FX_Currencies', 'Currencies with an FX row on Timeline (in this order)', '', ctx.currencies.map((c) => str(c)), `${STRUCTURE_NOTE} (another currency needs its FX row)`)
  sh.scalar(null, 'USD per USD', 'USD/USD', num(1, 'inFactor'), 'FX_USD_Rate')
  for (const c of ctx.currencies) {
    if (c === 'USD') continue
    const rate = p.fx.rates.find((r) => r.currency === c)
    if (!rate) throw new Error(`Cannot export: no FX rate for ${c}`)
    sh.list(N.fx(c, 'Years'), `FX ${c}: calendar year`, 'year', rate.points.map((x) => num(x.year, 'inYear')))
    sh.list(N.fx(c, 'Rates'), `FX ${c} per USD`, `${c}/USD`, rate.points.map((x) => num(x.perUsd, 'inFactor')))
    if (rate.annualDepreciation !== undefined)
      sh.scalar(null, `FX ${c}: change a year after the last listed year (positive = ${c} weaker)`, '%/yr', num(rate.annualDepreciation, 'inPct'), N.fx(c, 'Depreciation'))
  }

  const scen = p.prices.activeScenarioId ? p.prices.scenarios.find((s) => s.id === p.prices.activeScenarioId) : undefined
  decksLaidOut(p).forEach((deck, d) => {
    sh.section(`Price deck ${d + 1} "${deck.name}" (${deck.currency} per product unit; as of ${deck.asOf})${d === 0 ? ': the active deck' : ': a scenario may price with it'}`)
    sh.scalar(null, 'Deck', '', str(deck.name, 'text'))
    sh.scalar(null, 'Deck source', '', str(deck.source, 'text'))
    sh.scalar(null, 'Deck currency', '', str(deck.currency, 'text'), undefined, STRUCTURE_NOTE)
    if (d === 0) sh.scalar(null, 'Price multiplier, all products (every deck)', 'x', num(scen?.allMultiplier ?? '1', 'inFactor'), 'Price_All_Mult', scen ? `Price case "${scen.name}"` : 'No price case')
    p.products.forEach((prod, i) => {
      const name = (field: string) => N.deckPrice(d, i, field)
      const pp = deck.prices.find((x) => x.productId === prod.id)
      const unit = `${deck.currency}/${isPgm(prod.metal) ? 'toz' : 't'}`
      if (!pp) sh.scalar(null, `${prod.name}: no price in this deck (0 used, as in the app)`, unit, num(0, 'money'), undefined, STRUCTURE_NOTE)
      else {
        sh.scalar(null, `${prod.name}: price mode`, '', str(pp.mode === 'escalating' ? 'escalating from a base year' : 'price per calendar year', 'text'), undefined, STRUCTURE_NOTE)
        if (pp.mode === 'escalating') {
          sh.scalar(null, `${prod.name}: base price`, unit, num(pp.basePricePerUnit, 'inMoney'), name('Base'))
          sh.scalar(null, `${prod.name}: base year`, 'year', num(pp.baseYear, 'inYear'), name('BaseYear'))
          sh.scalar(null, `${prod.name}: escalation`, '%/yr', num(pp.escalation, 'inPct'), name('Esc'))
        } else {
          sh.list(name('Years'), `${prod.name}: calendar year`, 'year', pp.points.map((x) => num(x.year, 'inYear')))
          sh.list(name('Values'), `${prod.name}: price`, unit, pp.points.map((x) => num(x.price, 'inMoney')))
        }
      }
      if (d === 0) {
        const pm = scen?.productMultipliers.find((x) => x.productId === prod.id)
        sh.scalar(null, `${prod.name}: price multiplier (every deck)`, 'x', num(pm?.multiplier ?? '1', 'inFactor'), N.price(i, 'Mult'))
      }
    })
  })

  sh.section('Products (one per metal)')
  p.products.forEach((prod, i) => {
    // PGMs are sold as metal per troy ounce: their factor takes no part.
    if (isPgm(prod.metal)) sh.scalar(null, `${prod.name} (${prod.metal}): product factor`, 't product/t metal', num(prod.factor, 'factor'), N.product(i, 'Factor'), unusedNote('PGMs are sold as metal, per troy ounce'))
    else sh.scalar(null, `${prod.name} (${prod.metal}): product factor`, 't product/t metal', num(prod.factor, 'inFactor'), N.product(i, 'Factor'))
    sh.scalar(null, `${prod.name}: merchant payable`, '%', num(prod.merchantPayable, 'inPct'), N.product(i, 'Merchant'))
  })

  sh.section('Process routes: recovery to saleable product')
  p.routes.forEach((r, i) => {
    for (const m of METALS) {
      const v = r.recovery[m]
      if (v === undefined) continue
      // A route recovery every stream on the route overrides (or no stream uses) drives nothing.
      const read = p.feedstock.some((s) => s.routeId === r.id && streamMetals(s.kind).includes(m) && s.recoveryOverrides[m] === undefined)
      if (read) sh.scalar(null, `${r.name}: recovery ${m}`, '%', num(v, 'inPct'), N.route(i, `Rec_${m}`))
      else sh.scalar(null, `${r.name}: recovery ${m}`, '%', num(v, 'pct'), N.route(i, `Rec_${m}`), unusedNote('no stream on this route takes this recovery (overridden or not fed)'))
    }
  })

  writeStreamInputs(ctx, sh)
  writeStreamCostInputs(ctx, sh)
  writeCapacityInputs(ctx, sh)
  writeSupplyInputs(ctx, sh)
  writeByproductInputs(ctx, sh)
  writeContractInputs(ctx, sh)
  writeCostInputs(ctx, sh)
  writeFinancingInputs(ctx, sh, result)
}

function writeStreamInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  p.feedstock.forEach((s, i) => {
    const ri = p.routes.findIndex((r) => r.id === s.routeId)
    const route = p.routes[ri]!
    sh.section(`Feedstock stream ${i + 1}: ${s.kind === 'catalyst' ? 'catalytic converters' : `Li-ion ${s.chemistry} ${s.form}`}`)
    sh.scalar(null, 'Stream name', '', str(s.name, 'text'))
    sh.scalar(null, 'Nameplate quantity', s.kind === 'catalyst' ? 'units/yr' : 't/yr', num(streamQuantityPerYear(s), 'inQuantity'), N.stream(i, 'Qty'))
    sh.list(N.stream(i, 'Ramp'), 'Ramp-up by operating year (last repeats)', 'x nameplate', s.rampUp.map((x) => num(x, 'inPct')))
    if (s.kind === 'catalyst') {
      sh.scalar(null, 'Gross mass per converter', 'kg/unit', num(s.massKgPerUnit, 'inQuantity'), N.stream(i, 'MassKg'))
      if (s.loading.mode === 'monolithPpm') sh.scalar(null, 'Monolith mass per converter', 'kg/unit', num(s.loading.monolithKgPerUnit, 'inQuantity'), N.stream(i, 'MonolithKg'))
      for (const m of PGM_METALS) {
        if (s.loading.mode === 'gramsPerUnit') sh.scalar(null, `Loading ${m}`, 'g/unit', num(s.loading.gramsPerUnit[m], 'inQuantity'), N.stream(i, `Load_${m}`))
        else {
          sh.scalar(null, `Assay ${m}`, 'ppm (g/t)', num(s.loading.ppm[m], 'inQuantity'), N.stream(i, `Ppm_${m}`))
          sh.scalar(null, `Loading ${m} = monolith kg × ppm / 1000`, 'g/unit', fx(`${N.stream(i, 'MonolithKg')}*${N.stream(i, `Ppm_${m}`)}/Kilograms_Per_Tonne`, 'quantity'), N.stream(i, `Load_${m}`))
        }
      }
    } else {
      sh.scalar(null, 'Black-mass yield', 't BM/t input', num(s.blackMassYield, 'inPct'), N.stream(i, 'BMYield'))
      for (const m of BATTERY_METALS) sh.scalar(null, `Grade ${m} in black mass`, '%', num(s.grades[m], 'inPct'), N.stream(i, `Grade_${m}`))
    }
    for (const m of streamMetals(s.kind)) {
      const o = s.recoveryOverrides[m]
      if (o !== undefined) sh.scalar(null, `Recovery ${m} (stream override)`, '%', num(o, 'inPct'), N.stream(i, `Rec_${m}`))
      else if (route.recovery[m] !== undefined) sh.scalar(null, `Recovery ${m} (route "${route.name}")`, '%', fx(N.route(ri, `Rec_${m}`), 'pct'), N.stream(i, `Rec_${m}`))
      else sh.scalar(null, `Recovery ${m} (not recovered by route)`, '%', num(0, 'inPct'), N.stream(i, `Rec_${m}`))
    }
    const t = s.purchase
    sh.scalar(null, 'Purchase basis', '', str(t.basis === 'fixed' ? 'fixed price' : '% of contained metal value', 'text'), undefined, STRUCTURE_NOTE)
    if (t.basis === 'fixed') sh.scalar(null, 'Purchase price (negative = gate fee received)', `${p.reportingCurrency}/${s.kind === 'catalyst' ? 'unit' : 't'}`, num(t.pricePerQuantity, 'inMoney'), N.stream(i, 'Price'))
    else sh.scalar(null, 'Share of contained metal value paid', '%', num(t.pctOfContained, 'inPct'), N.stream(i, 'Pct'))
    sh.scalar(null, 'Logistics', `${p.reportingCurrency}/t input`, num(t.logisticsPerTonne, 'inMoney'), N.stream(i, 'Logistics'))
    sh.scalar(null, 'Purchase escalation', '%/yr', num(t.escalation, 'inPct'), N.stream(i, 'Esc'))
  })
}

function writeContractInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  sh.section('Offtake contracts (in allocation order: priority, then list order)')
  if (p.offtake.length === 0) {
    sh.scalar(null, 'Bankable: minimum take-or-pay', '%', num(p.offtakePolicy.bankableTakeOrPayMin, 'pct'), 'Bankable_TOP_Min', `No contracts, so not used. ${STRUCTURE_NOTE} (add a contract)`)
    return
  }
  sh.scalar(null, 'Bankable: minimum take-or-pay', '%', num(p.offtakePolicy.bankableTakeOrPayMin, 'inPct'), 'Bankable_TOP_Min')
  // The scale's investment grades by name, so a rating typed into the file sets the flag live.
  sh.listDown('Investment_Grades', 'Investment-grade ratings (BBB- or better)', '', INVESTMENT_GRADES.map((r) => str(r)), 'A rating in this list is investment grade')
  for (const j of ctx.contractOrder) {
    const c = p.offtake[j]!
    const prod = p.products.find((x) => x.id === c.productId)!
    const name = (f: string) => N.contract(j, f)
    const per = isPgm(prod.metal) ? 'toz' : 't'
    // Amounts are in the contract currency, which the reader may change: the unit follows it.
    const money = (label: string, cell: Cell, field: string, note?: string) => {
      const row = sh.scalar(null, `Contract ${j + 1}: ${label}`, '', cell, name(field), note)
      sh.set(row, 2, fx(`${name('Currency')}&"/${per}"`, 'unit'))
    }
    sh.scalar(null, `Contract ${j + 1}: counterparty`, '', str(c.counterparty, 'text'))
    sh.scalar(null, `Contract ${j + 1}: product`, '', str(prod.name, 'text'), undefined, `${STRUCTURE_NOTE} (the contract's rows sit in this product's block on Revenue)`)
    sh.scalar(null, `Contract ${j + 1}: priority (lower first)`, '', num(c.priority, 'number'), undefined, `${STRUCTURE_NOTE} (Revenue allocates in this order)`)
    sh.scalar(null, `Contract ${j + 1}: currency`, '', str(c.currency, 'inText'), name('Currency'), 'One of FX_Currencies (the FX rows laid out); floor, cap, premium and charge are in it')
    if (c.volume.basis === 'share') sh.scalar(null, `Contract ${j + 1}: share of output`, '%', num(c.volume.share, 'inPct'), name('Share'))
    else sh.scalar(null, `Contract ${j + 1}: fixed annual quantity`, `${per}/yr`, num(c.volume.productUnitsPerYear, 'inQuantity'), name('Annual'))
    sh.scalar(null, `Contract ${j + 1}: payable`, '%', num(c.payable, 'inPct'), name('Payable'))
    money('premium (negative = discount)', num(c.premiumPerUnit, 'inMoney'), 'Premium')
    money('floor (blank = none)', c.floor !== null ? { ...num(c.floor, 'inMoney'), blankOk: true } : { t: 'blank', style: 'inMoney', blankOk: true }, 'Floor')
    money('cap (blank = none)', c.cap !== null ? { ...num(c.cap, 'inMoney'), blankOk: true } : { t: 'blank', style: 'inMoney', blankOk: true }, 'Cap')
    money('refining/handling charge', num(c.chargePerUnit, 'inMoney'), 'Charge')
    sh.scalar(null, `Contract ${j + 1}: start`, 'date', num(dateToSerial(c.startDate), 'inDate'), name('Start'))
    sh.scalar(null, `Contract ${j + 1}: end`, 'date', num(dateToSerial(c.endDate), 'inDate'), name('End'))
    sh.scalar(null, `Contract ${j + 1}: take-or-pay`, '%', num(c.takeOrPay, 'inPct'), name('TakeOrPay'))
    sh.scalar(null, `Contract ${j + 1}: counterparty rating`, '', str(c.rating, 'inText'), name('Rating'), 'AAA … D or NR (S&P/Fitch scale)')
    sh.scalar(null, `Contract ${j + 1}: investment grade (rating in Investment_Grades)`, 'TRUE/FALSE', fx(`ISNUMBER(MATCH(${name('Rating')},Investment_Grades,0))`, 'flag'), name('InvGrade'))
    sh.scalar(null, `Contract ${j + 1}: bankable`, 'TRUE/FALSE', fx(`AND(${name('TakeOrPay')}>=Bankable_TOP_Min,${name('InvGrade')})`, 'flag'), name('Bankable'))
    if (c.notes) sh.scalar(null, `Contract ${j + 1}: notes`, '', str(c.notes, 'text'))
  }
}

function writeCostInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const c = p.costs
  const ccy = p.reportingCurrency
  const own = (p.tax.blocks ?? []).map((b) => `'${b.id}'`)
  sh.section(`Capex (${ccy}, money of the start date; column D: tax block, 'depreciable' or 'land'${own.length ? ` or ${own.join(', ')}` : ''} — land is funded but never depreciated)`)
  const first = sh.next
  c.capex.items.forEach((it, i) => {
    const row = sh.scalar(null, `Capex item: ${it.name}`, ccy, num(it.amount, 'inMoney'), `Capex_Item${i + 1}`)
    sh.set(row, INPUT_VALUE_COL + 1, { ...str(it.taxBlock ?? 'depreciable', 'inText'), choices: [...TAX_BLOCKS, ...(p.tax.blocks ?? []).map((b) => b.id)] })
    sh.book.addName(`Capex_Item${i + 1}_Block`, sh.name, `$D$${row}`)
  })
  const last = sh.next - 1
  sh.book.addName('Capex_Amounts', sh.name, `$C$${first}:$C$${last}`)
  sh.book.addName('Capex_Blocks', sh.name, `$D$${first}:$D$${last}`)
  sh.scalar(null, 'Capex before contingency', ccy, fx('SUM(Capex_Amounts)', 'money'), 'Capex_Total')
  sh.scalar(null, "Of which land (items whose tax block is 'land'; not depreciated)", ccy, fx('SUMIF(Capex_Blocks,"land",Capex_Amounts)', 'money'), 'Capex_Land')
  sh.scalar(null, 'Contingency', '% of capex', num(c.capex.contingency, 'inPct'), 'Contingency')
  const nc = p.timeline.constructionMonths / p.timeline.periodMonths
  const phasing = c.capex.phasing.length > 0 ? c.capex.phasing.map((x) => num(x, 'inPct')) : Array.from({ length: nc }, () => fx('1/Constr_Periods', 'pct'))
  sh.list('Capex_Phasing', `Phasing by construction period${c.capex.phasing.length ? '' : ' (even)'}`, '% of capex', phasing)
  sh.section(`Operating costs (${ccy}, money of the start date)`)
  sh.scalar(null, 'Fixed opex', `${ccy}/yr`, num(c.opex.fixedPerYear, 'inMoney'), 'Opex_Fixed')
  // A project-wide rate every stream replaces with its own drives nothing (inputs-plant.ts).
  const projectRate = (label: string, unit: string, value: string, name: string, field: Parameters<typeof projectRateRead>[1], why: string) =>
    projectRateRead(p, field) ? sh.scalar(null, label, unit, num(value, 'inMoney'), name) : sh.scalar(null, label, unit, num(value, 'money'), name, unusedNote(why))
  const everyStream = 'every stream sets its own rate'
  projectRate('Variable opex per tonne of input', `${ccy}/t`, c.opex.variablePerTonne, 'Opex_Var_Tonne', 'variableOpexPerTonne', everyStream)
  const converters = p.feedstock.some((s) => s.kind === 'catalyst')
  projectRate('Variable opex per converter', `${ccy}/unit`, c.opex.variablePerUnit, 'Opex_Var_Unit', 'variableOpexPerUnit', converters ? 'every converter stream sets its own rate' : 'no converter streams')
  projectRate('Treatment charge per tonne of input', `${ccy}/t`, c.opex.treatmentPerTonne, 'Opex_Treatment', 'treatmentPerTonne', everyStream)
  sh.scalar(null, 'Opex escalation', '%/yr', num(c.opex.escalation, 'inPct'), 'Opex_Esc')
  sh.scalar(null, 'Maintenance capex', `${ccy}/yr`, num(c.maintenanceCapexPerYear, 'inMoney'), 'Maint_Capex')
  sh.scalar(null, 'Receivable days', 'days', num(c.workingCapital.receivableDays, 'inNumber'), 'Receivable_Days')
  sh.scalar(null, 'Inventory days', 'days', num(c.workingCapital.inventoryDays, 'inNumber'), 'Inventory_Days')
  sh.scalar(null, 'Payable days', 'days', num(c.workingCapital.payableDays, 'inNumber'), 'Payable_Days')
  writeTaxInputs(ctx, sh)
}

function writeFinancingInputs(ctx: ModelCtx, sh: SheetBuilder, result: ModelCtx['result']) {
  const p = ctx.project
  const f = p.financing
  const ccy = p.reportingCurrency
  const debt = ctx.debt
  sh.section('Financing')
  sh.scalar(null, 'Debt sizing', '', str(f.sizing === 'gearing' ? 'gearing × uses' : 'sculpted to target DSCR (capped at gearing × uses)', 'text'), undefined, STRUCTURE_NOTE)
  if (debt) sh.scalar(null, 'Repayment profile', '', str(debt.repayment, 'text'), undefined, STRUCTURE_NOTE)
  sh.scalar(null, f.sizing === 'gearing' ? 'Gearing (debt share of uses net of grants)' : 'Maximum gearing (cap)', '%', num(f.gearing, 'inPct'), 'Debt_Gearing')
  // Under gearing sizing the target only feeds the sculpted-repayment check (Checks!chk.dscrTarget);
  // with tranches, the sculpting blocks start from it and a tranche not sculpted keeps 1 / target.
  const targetRead = f.sizing === 'sculpted' || (debt ? debt.repayment === 'sculpted' && result.metrics.minDscr.ok : f.tranches.some((t) => t.repayment === 'sculpted'))
  sh.scalar(null, 'Target DSCR', 'x', num(f.targetDscr, targetRead ? 'inRatio' : 'ratio'), 'Target_DSCR', targetRead ? undefined : unusedNote('debt is sized by gearing'))
  if (debt) {
    sh.scalar(null, 'All-in interest rate', '%/yr', num(debt.annualRate, 'inPct'), 'Debt_Rate')
    sh.scalar(null, 'Tenor', 'years', num(debt.tenorYears, 'inNumber'), 'Tenor_Years')
    sh.scalar(null, 'Grace from COD', 'months', num(debt.graceMonths, 'inNumber'), 'Grace_Months')
    sh.scalar(null, 'Upfront fee on each drawdown', '%', num(debt.upfrontFee, 'inPct'), 'Upfront_Fee')
  }
  sh.scalar(null, 'DSRA: months of debt service (0 = no DSRA)', 'months', num(f.dsra.enabled ? f.dsra.months : 0, 'inNumber'), 'DSRA_Months')
  const g0 = sh.next
  f.grants.forEach((g, i) => sh.scalar(null, `Grant: ${g.name}`, ccy, num(g.amount, 'inMoney'), `Grant_Item${i + 1}`))
  sh.scalar(null, 'Grants (phased like capex)', ccy, fx(f.grants.length ? `SUM($C$${g0}:$C$${sh.next - 1})` : '0', 'money'), 'Grant_Total')
  if (debt) {
    sh.scalar(null, 'Periodic interest rate in the scenario in view', '%/period', fx('Rate_In_Case*Period_Months/Months_Per_Year', 'pct'), 'Periodic_Rate')
    sh.scalar(null, 'Periodic interest rate in the base case (sizes the debt a scenario holds)', '%/period', fx('Debt_Rate*Period_Months/Months_Per_Year', 'pct'), 'Base_Periodic_Rate')
    sh.scalar(null, 'Grace periods', 'periods', fx('Grace_Months/Period_Months', 'number'), 'Grace_Periods')
    sh.scalar(null, 'Repayment periods', 'periods', fx('Tenor_Years*Months_Per_Year/Period_Months', 'number'), 'Tenor_Periods')
    sh.scalar(null, 'Maturity period', 'period', fx('Constr_Periods+Grace_Periods+Tenor_Periods', 'number'), 'Maturity_Period')
  }
  sh.scalar(null, 'DSRA: whole periods of debt service', 'periods', fx('INT(DSRA_Months/Period_Months)', 'number'), 'DSRA_Full_Periods')
  sh.scalar(null, 'DSRA: share of the following period', 'x', fx('DSRA_Months/Period_Months-DSRA_Full_Periods', 'factor'), 'DSRA_Part_Period')
  writeWaterfallInputs(ctx, sh)
  if (!debt) writeTrancheInputs(ctx, sh)

  // Debt sizing and the sculpting ratio are live (Sizing sheet); only IRR's starting points come from the app.
  sh.section('Starting guesses (from the app; a starting point for IRR(), not a result)')
  // IRR() iterates from a guess; Excel gives up after 20 tries. Starting from the app's answer
  // (rounded, so it is visibly a starting point and not the result) keeps both programs converging.
  const guess = (m: typeof result.metrics.projectIrr) => (m.ok ? Number((Math.pow(1 + m.value.toNumber(), p.timeline.periodMonths / 12) - 1).toPrecision(3)) : 0.1)
  sh.scalar(null, 'IRR starting guess: project (periodic)', '%/period', num(guess(result.metrics.projectIrr), 'solvedPct'), 'Project_IRR_Guess')
  sh.scalar(null, 'IRR starting guess: equity (periodic)', '%/period', num(guess(result.metrics.equityIrr), 'solvedPct'), 'Equity_IRR_Guess')
  // A scenario or an edit can move the IRR far from the app's base case (below zero): IRR() is then
  // asked again from these. With one rate solving NPV = 0 (the app's condition for an IRR) any guess
  // that converges finds it.
  sh.scalar(null, 'IRR starting guess when the first does not converge', '%/period', num(0, 'solvedPct'), 'IRR_Guess_2')
  sh.scalar(null, 'IRR starting guess when neither converges', '%/period', num(-0.1, 'solvedPct'), 'IRR_Guess_3')
  sh.section('Valuation')
  sh.scalar(null, 'Discount rate for NPV (annual effective)', '%/yr', num(p.valuation.discountRate, 'inPct'), 'Discount_Rate')
}
