/**
 * The scenario switch (issue 13): the project's scenarios as inputs, one column each, and a selector
 * every sheet follows. The engine's overrides (engine/scenario-inputs.ts) are applied where the engine
 * applies them: prices (deck choice, multipliers), volumes, ramp-up, recoveries (capped at 100 %),
 * capex (with land and maintenance), opex, the interest rate (floored at 0), FX and offtake on/off.
 * A scenario that holds the debt takes the base case's drawdowns and repayments: the base case is
 * computed live beside the selected case, on the "Base …" sheets (a lane, see grid.ts `Lane`), where
 * every scenario input reads its neutral value.
 */
import { presetScenarios } from '@shared/analysis/presets'
import type { Scenario } from '@shared/engine/types'
import type { Currency, Project } from '@shared/model'
import { INPUT_VALUE_COL, type SheetBuilder } from '../grid'
import { cellRef } from '../a1'
import type { Cell, StyleId } from '../types'
import { type ModelCtx, type WorkbookScenario, fx, num, str } from './context'

type Deck = Project['prices']['decks'][number]

export const BASE_LABEL = 'Base case (as entered)'
/** Prefix of the base-case lane's sheets, row keys and names. */
export const BASE_LANE = { sheetPrefix: 'Base ', prefix: 'base', namePrefix: 'Base_' } as const

/**
 * The cases in the switch: the base case, then the project's scenarios or, when it stores none, the
 * ready-made downside and upside (as the scenario comparison does). Labels are unique regardless of
 * case (MATCH ignores it).
 */
export function workbookScenarios(project: Project): WorkbookScenario[] {
  const listed: Scenario[] = project.scenarios.length ? project.scenarios : presetScenarios().filter((s) => s.id !== 'base')
  const used = new Set([BASE_LABEL.toUpperCase()])
  const out: WorkbookScenario[] = [{ label: BASE_LABEL, scenario: null }]
  for (const s of listed) {
    const name = s.name.trim()
    let label = name
    for (let n = 2; used.has(label.toUpperCase()); n++) label = `${name} (${n})`
    used.add(label.toUpperCase())
    out.push({ label, scenario: s })
  }
  return out
}

/** Price decks laid out on Inputs: the active deck first (deck 1), then the others in project order. */
export function decksLaidOut(project: Project): Deck[] {
  const active = project.prices.decks.find((d) => d.id === project.prices.activeDeckId)!
  return [active, ...project.prices.decks.filter((d) => d !== active)]
}

/** Deck number (1-based) a scenario prices with; an unknown deck is the project's first deck, as in the engine. */
function deckNumber(project: Project, s: Scenario | null): number {
  const decks = decksLaidOut(project)
  const id = s?.priceDeckId ?? project.prices.activeDeckId
  const i = decks.findIndex((d) => d.id === id)
  return i >= 0 ? i + 1 : decks.indexOf(project.prices.decks[0]!) + 1
}

/** The longest ramp-up override of any case (0: no case overrides the ramp-up). */
export const rampRowsOf = (cases: readonly WorkbookScenario[]) => Math.max(0, ...cases.map((c) => c.scenario?.rampUp?.length ?? 0))

/** Names of the selected case's values, as the sheets read them. */
export const SCN = {
  deck: 'Scn_Deck', priceAll: 'Scn_Price_All', price: (i: number) => `Scn_Price${i + 1}`, volume: 'Scn_Volume', recovery: 'Scn_Recovery',
  capex: 'Scn_Capex', opex: 'Scn_Opex', rateDelta: 'Scn_Rate_Delta', fx: 'Scn_FX', fxOf: (c: Currency) => `Scn_FX_${c}`, fxPath: 'Scn_FX_Path', offtake: 'Scn_Offtake', resize: 'Scn_Resize', rampLen: 'Scn_Ramp_Len'
} as const

/**
 * What the base-case lane reads instead of the selected case's values: every override neutral, the
 * interest rate as entered, the first column of the table.
 */
export function baseLaneNames(project: Project): Map<string, string> {
  const m = new Map<string, string>([
    ['Scenario_Index', '1'], [SCN.deck, '1'], [SCN.priceAll, '1'], [SCN.volume, '1'], [SCN.recovery, '1'], [SCN.capex, '1'], [SCN.opex, '1'],
    [SCN.rateDelta, '0'], [SCN.fx, '1'], [SCN.fxPath, '0'], [SCN.offtake, '1'], [SCN.resize, '1'], [SCN.rampLen, '0'], ['Periodic_Rate', 'Base_Periodic_Rate']
  ])
  project.products.forEach((_, i) => m.set(SCN.price(i), '1'))
  // A currency's own FX multiplier is laid out only when some case moves one (fxCurrenciesLaidOut); an unused entry rewrites nothing.
  for (const c of ['INR', 'JPY'] as const) m.set(SCN.fxOf(c), '1')
  return m
}

/**
 * The currencies whose own FX multiplier (a scenario's `fxMultipliers`) the workbook lays out: every
 * non-USD currency of the model once some case moves one currency on its own, else none — so a file
 * whose scenarios move FX only all together writes the same workbook as before.
 */
export function fxCurrenciesLaidOut(currencies: readonly Currency[], cases: readonly WorkbookScenario[]): Currency[] {
  return cases.some((c) => (c.scenario?.fxMultipliers?.length ?? 0) > 0) ? currencies.filter((c) => c !== 'USD') : []
}

/** The selector, near the top of Inputs. */
export function writeScenarioSelector(sh: SheetBuilder) {
  sh.section('Scenario in view (every sheet computes the case selected here; the cases are on the Scenarios sheet)')
  sh.scalar(null, 'Scenario in view', '', { ...str(BASE_LABEL, 'inChoice'), choicesFrom: 'Scenario_Names' }, 'Scenario_Selected', 'Pick a case from the list (Scenario_Names)')
  sh.scalar(null, 'Scenario number', '#', fx('MATCH(Scenario_Selected,Scenario_Names,0)', 'count'), 'Scenario_Index')
  sh.scalar(null, 'Debt in this case', '', fx(`IF(${SCN.resize}=1,"sized on this case","held at the base case (drawdowns and repayments)")`, 'text'))
}

type Field = { name: string; label: string; unit: string; style: StyleId; baseStyle: StyleId; base: number; of: (s: Scenario, project: Project) => number }

const mult = (v: string | undefined) => (v === undefined ? 1 : Number(v))

function fields(project: Project, fxOwn: readonly Currency[]): Field[] {
  const decks = decksLaidOut(project)
  const factor = (name: string, label: string, of: (s: Scenario) => string | undefined): Field =>
    ({ name, label, unit: 'x', style: 'inFactor', baseStyle: 'factor', base: 1, of: (s) => mult(of(s)) })
  return [
    { name: 'Deck', label: `Price deck (number 1–${decks.length}, as laid out on Inputs)`, unit: '#', style: 'inNumber', baseStyle: 'count', base: 1, of: (s, p) => deckNumber(p, s) },
    factor('Price_All', 'Price multiplier, all products (on top of the price case on Inputs)', (s) => s.priceMultiplierAll),
    ...project.products.map((prod, i) => factor(`Price${i + 1}`, `${prod.name}: price multiplier`, (s) => s.priceMultipliers?.find((x) => x.productId === prod.id)?.multiplier)),
    factor('Volume', 'Volume multiplier (every stream)', (s) => s.volumeMultiplier),
    factor('Recovery', 'Recovery multiplier (the product capped at 100 %)', (s) => s.recoveryMultiplier),
    factor('Capex', 'Capex multiplier (items, land and maintenance capex)', (s) => s.capexMultiplier),
    factor('Opex', 'Opex multiplier (fixed and variable opex)', (s) => s.opexMultiplier),
    { name: 'Rate_Delta', label: 'Interest rate change (added to the all-in rate; floored at 0)', unit: '%/yr', style: 'inPct', baseStyle: 'pct', base: 0, of: (s) => Number(s.interestRateDelta ?? 0) },
    factor('FX', 'FX multiplier (units of currency per USD; above 1 weakens the currency)', (s) => s.fxMultiplier),
    ...fxOwn.map((c) => factor(`FX_${c}`, `${c}: its own FX multiplier (× the FX multiplier; above 1 weakens ${c})`, (s) => s.fxMultipliers?.find((x) => x.currency === c)?.multiplier)),
    { name: 'FX_Path', label: 'FX path stress: INR and JPY weaker against USD by this a year, compounding from the start year (negative = stronger)', unit: '%/yr', style: 'inPct', baseStyle: 'pct', base: 0, of: (s) => Number(s.fxDepreciationPerYear ?? 0) },
    { name: 'Offtake', label: 'Offtake contracts: 1 = on, 0 = off (all output sold merchant)', unit: '1/0', style: 'inNumber', baseStyle: 'count', base: 1, of: (s) => (s.offtakeEnabled === false ? 0 : 1) },
    { name: 'Resize', label: 'Debt: 1 = sized on this case, 0 = held at the base case', unit: '1/0', style: 'inNumber', baseStyle: 'count', base: 1, of: (s) => (s.resizeDebt === true ? 1 : 0) }
  ]
}

/**
 * The Scenarios sheet: the cases as a table (one column each, the base case first and not editable),
 * then the selected case's values. A sheet of its own so Inputs still prints one page wide.
 */
export function writeScenarioTable(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const cases = ctx.scenarios
  const width = cases.length
  sh.header('Scenarios', 'Overrides on the Inputs sheet, one column per case. Input cells: blue on yellow.')
  sh.section('Cases (the base case column overrides nothing)')
  sh.note('A multiplier of 1 and a rate change of 0 leave an input as entered. Inputs!Scenario_Selected picks the column every sheet computes.')
  sh.scalar(null, 'Price decks laid out on Inputs', '#', num(decksLaidOut(p).length, 'count'), 'Deck_Count', 'Structure: re-export from the app to add a deck')
  sh.list('Scenario_Names', 'Case', '', cases.map((c) => str(c.label, 'header')), 'Names the selector matches: rename a case here and pick it again')
  // Case names head their columns and fill the selector cell (column C): wide enough to read them.
  while (sh.colWidths.length < INPUT_VALUE_COL + width) sh.colWidths.push(14)
  for (let i = INPUT_VALUE_COL - 1; i < INPUT_VALUE_COL - 1 + width; i++) sh.colWidths[i] = Math.max(sh.colWidths[i] ?? 0, 24)
  const fxOwn = fxCurrenciesLaidOut(ctx.currencies, cases)
  for (const f of fields(p, fxOwn)) {
    const cells: Cell[] = cases.map((c) => (c.scenario ? num(f.of(c.scenario, p), f.style) : num(f.base, f.baseStyle)))
    sh.list(`ScnTab_${f.name}`, f.label, f.unit, cells)
  }
  const rampRows = rampRowsOf(cases)
  if (rampRows > 0) {
    sh.list('ScnTab_Ramp_Len', 'Ramp-up override: years given (0 = every stream keeps its own; the last year repeats)', 'years',
      cases.map((c) => (c.scenario ? num(c.scenario.rampUp?.length ?? 0, 'inNumber') : num(0, 'count'))))
    const first = sh.next
    for (let y = 1; y <= rampRows; y++) {
      const row = sh.next++
      sh.set(row, 1, { t: 's', v: `Ramp-up override, operating year ${y}`, style: 'label' })
      sh.set(row, 2, { t: 's', v: 'x nameplate', style: 'unit' })
      cases.forEach((c, i) => {
        const v = c.scenario?.rampUp?.[y - 1]
        sh.set(row, INPUT_VALUE_COL + i, c.scenario === null ? { t: 'blank', style: 'pct' } : v !== undefined ? num(v, 'inPct') : { t: 'blank', style: 'inPct', blankOk: true })
      })
    }
    sh.book.addName('ScnTab_Ramp', sh.name, `${cellRef(first, INPUT_VALUE_COL, true)}:${cellRef(sh.next - 1, INPUT_VALUE_COL + width - 1, true)}`)
  }

  sh.section('Scenario in view: the values every sheet reads')
  const pick = (table: string) => fx(sh.book.nth(table, 'Scenario_Index'), 'factor')
  sh.scalar(null, 'Price deck', '#', { ...pick('ScnTab_Deck'), style: 'count' }, SCN.deck)
  sh.scalar(null, 'Price multiplier, all products', 'x', pick('ScnTab_Price_All'), SCN.priceAll)
  p.products.forEach((prod, i) => sh.scalar(null, `${prod.name}: price multiplier`, 'x', pick(`ScnTab_Price${i + 1}`), SCN.price(i)))
  sh.scalar(null, 'Volume multiplier', 'x', pick('ScnTab_Volume'), SCN.volume)
  sh.scalar(null, 'Recovery multiplier', 'x', pick('ScnTab_Recovery'), SCN.recovery)
  sh.scalar(null, 'Capex multiplier', 'x', pick('ScnTab_Capex'), SCN.capex)
  sh.scalar(null, 'Opex multiplier', 'x', pick('ScnTab_Opex'), SCN.opex)
  sh.scalar(null, 'Interest rate change', '%/yr', { ...pick('ScnTab_Rate_Delta'), style: 'pct' }, SCN.rateDelta)
  sh.scalar(null, 'FX multiplier', 'x', pick('ScnTab_FX'), SCN.fx)
  for (const c of fxOwn) sh.scalar(null, `${c}: its own FX multiplier`, 'x', pick(`ScnTab_FX_${c}`), SCN.fxOf(c))
  sh.scalar(null, 'FX path stress', '%/yr', { ...pick('ScnTab_FX_Path'), style: 'pct' }, SCN.fxPath)
  sh.scalar(null, 'Offtake contracts on', '1/0', { ...pick('ScnTab_Offtake'), style: 'count' }, SCN.offtake)
  sh.scalar(null, 'Debt sized on this case', '1/0', { ...pick('ScnTab_Resize'), style: 'count' }, SCN.resize)
  sh.scalar(null, 'Ramp-up override: years given', 'years', rampRows > 0 ? { ...pick('ScnTab_Ramp_Len'), style: 'count' } : fx('0', 'count'), SCN.rampLen)
  // With tranches the change is added to each tranche's all-in rate on its own rate row (Debt sheet).
  if (ctx.debt) sh.scalar(null, 'All-in interest rate in this case', '%/yr', fx(`MAX(0,Debt_Rate+${SCN.rateDelta})`, 'pct'), 'Rate_In_Case')
}

/**
 * The selected case's table entries are whole where they must be: a deck laid out, offtake and debt
 * 1 or 0, a ramp-up length within the rows laid out (Checks: chk.scenario).
 */
export function scenarioInputsValid(ctx: ModelCtx): string {
  const whole = (n: string, lo: number | string, hi: number | string) => `AND(${n}=INT(${n}),${n}>=${lo},${n}<=${hi})`
  const ramp = rampRowsOf(ctx.scenarios) > 0 ? whole(SCN.rampLen, 0, 'ROWS(ScnTab_Ramp)') : `${SCN.rampLen}=0`
  return `AND(ISNUMBER(Scenario_Index),${whole(SCN.deck, 1, 'Deck_Count')},${whole(SCN.offtake, 0, 1)},${whole(SCN.resize, 0, 1)},${ramp})`
}
