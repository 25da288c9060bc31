/** The one period axis every calculation sheet reads (methodology §1). Flags are 1/0. */
import { fxRateExcel } from '@shared/engine/prices'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, K, N } from './context'
import { SCN, fxCurrenciesLaidOut } from './scenarios'
import { currencyFxMultiplierExcel } from '@shared/rules/fx-multiplier'

export function writeTimeline(ctx: ModelCtx, sh: SheetBuilder) {
  sh.header('Timeline', `One column per period of Period_Months months; flags are 1 (yes) or 0 (no)`)
  sh.next = 2
  sh.calc('period', 'Period', '#', (c) => `${c.prev('period')}+1`, { style: 'header' })
  sh.calc('start', 'Period start', 'date', (c) => `EDATE(Start_Date,(${c.at('period')}-1)*Period_Months)`, { style: 'date' })
  sh.next = 5
  sh.section('Dates and phases')
  sh.calc('end', 'Period end', 'date', (c) => `EDATE(Start_Date,${c.at('period')}*Period_Months)-1`, { style: 'date' })
  sh.calc('calYear', 'Calendar year (prices, FX)', 'year', (c) => `YEAR(${c.at('start')})`, { style: 'year' })
  sh.calc('constr', 'Construction flag', '1/0', (c) => `IF(${c.at('period')}<=Constr_Periods,1,0)`, { style: 'flag' })
  sh.calc('op', 'Operations flag', '1/0', (c) => `1-${c.at('constr')}`, { style: 'flag' })
  sh.calc('lastConstr', 'Last construction period flag', '1/0', (c) => `IF(${c.at('period')}=Constr_Periods,1,0)`, { style: 'flag' })
  sh.calc('lastPeriod', 'Last period flag', '1/0', (c) => `IF(${c.at('period')}=Total_Periods,1,0)`, { style: 'flag' })
  sh.calc('opIndex', 'Operating period number', '#', (c) => `${c.at('op')}*(${c.at('period')}-Constr_Periods)`, { style: 'number' })
  sh.calc('opYear', 'Operating year', '#', (c) => `${c.at('op')}*(INT(((${c.at('period')}-1)*Period_Months-Constr_Months)/Months_Per_Year)+1)`, { style: 'number' })
  sh.calc('escYears', 'Escalation steps (anniversaries of the start date)', '#', (c) => `INT((${c.at('period')}-1)*Period_Months/Months_Per_Year)`, { style: 'number' })
  sh.calc('repay', 'Repayment window flag (first to last scheduled repayment)', '1/0', (c) => `IF(AND(${c.at('opIndex')}>Grace_Periods,${c.at('opIndex')}<=Grace_Periods+Tenor_Periods),1,0)`, { style: 'flag' })
  sh.calc('loanLife', 'Loan-life flag (operations up to maturity)', '1/0', (c) => `IF(AND(${c.at('op')}=1,${c.at('period')}<=Maturity_Period),1,0)`, { style: 'flag' })
  sh.calc('opexEsc', 'Opex escalation factor', 'x', (c) => `(1+Opex_Esc)^${c.at('escYears')}`, { style: 'factor' })
  writeFxRows(ctx, sh)
}

/**
 * FX rows: units of currency per USD by calendar year, times the scenario's FX multiplier (USD stays
 * 1). On Timeline for the case in view; the base-case lane writes its own (the multiplier reads 1 there).
 */
export function writeFxRows(ctx: ModelCtx, sh: SheetBuilder) {
  const fxOwn = fxCurrenciesLaidOut(ctx.currencies, ctx.scenarios)
  const own = fxOwn.length > 0 ? ' × the currency’s own multiplier' : ''
  sh.section(`FX: units of currency per USD, by calendar year (× the scenario FX multiplier${own}, × (1 + its FX path stress)^(year − start year))`)
  for (const cur of ctx.currencies) {
    if (cur === 'USD') sh.calc(K.fx(cur), 'USD per USD', 'USD/USD', () => 'FX_USD_Rate', { style: 'factor' })
    else {
      const ys = N.fx(cur, 'Years')
      const rs = N.fx(cur, 'Rates')
      const table = ctx.project.fx.rates.find((r) => r.currency === cur)
      const points = table?.points.length ?? 1
      // A table that gives an annual depreciation beyond its last year has it on Inputs (FX_<ccy>_Depreciation).
      const depreciation = table?.annualDepreciation !== undefined ? N.fx(cur, 'Depreciation') : null
      sh.calc(K.fx(cur), `${cur} per USD${depreciation ? ' (after the last listed year: × (1 + depreciation) a year)' : ''}`, `${cur}/USD`, (c) => fxRateExcel({
        calendarYear: c.at('calYear'), years: ys, firstYear: sh.book.nth(ys, 1), lastYear: sh.book.nth(ys, points), nthRate: (n) => sh.book.nth(rs, n),
        lastRate: sh.book.nth(rs, points), depreciation, multiplier: currencyFxMultiplierExcel(SCN.fx, fxOwn.includes(cur) ? SCN.fxOf(cur) : null), pathStress: SCN.fxPath, closeYear: 'YEAR(Start_Date)'
      }), { style: 'factor' })
    }
  }
}
