import { richProject, valid } from '../analysis/fixtures'
import type { Project } from '@shared/model'

/** Hostile user text: markup, a spreadsheet formula, quotes and an ampersand. */
export const HOSTILE = {
  name: '<script>alert("x")</script> & Co',
  sponsor: '=HYPERLINK("http://evil.example","click")',
  location: `Pune "MIDC" <b>bold</b> & 'quoted'`,
  counterparty: '<img src=x onerror=alert(1)>'
}

/** The analysis' rich case dressed as a lender would see it: sponsor, location, summary and risks filled in. */
export function sheetProject(): Project {
  const p = richProject()
  p.sheet = {
    sponsor: 'Shakti Metals Recycling Pvt Ltd',
    location: 'Chakan MIDC, Pune, Maharashtra, India',
    summary: 'A 60,000 converter-per-year PGM recovery line and a 3,000 t/yr hydrometallurgical black-mass line, sharing site services. Platinum is sold 60 % to an A-rated refiner under take-or-pay; nickel sulphate under a fixed-volume contract with a cathode maker.',
    risks: [
      { id: 'r1', risk: 'PGM price volatility, palladium in particular', mitigant: 'Floor in the refiner contract; feed bought at % of contained value so cost moves with price' },
      { id: 'r2', risk: 'Feedstock availability at the assumed volumes', mitigant: 'Three-year supply MoUs with two scrap aggregators; ramp-up at 60 % in year one' },
      { id: 'r3', risk: 'Hydromet recovery below design', mitigant: 'Licensed flowsheet with performance guarantee; 5 % recovery haircut tested' },
      { id: 'r4', risk: 'Construction delay', mitigant: 'EPC lump-sum turnkey with liquidated damages; six months of DSRA' },
      { id: 'r5', risk: 'INR/USD exchange rate', mitigant: 'Nickel contract priced in INR; PGM receipts in USD against USD-linked costs' },
      { id: 'r6', risk: 'Permitting for hazardous-waste handling', mitigant: 'Consent to establish granted; consent to operate on commissioning' }
    ]
  }
  return valid(p)
}

export function hostileProject(): Project {
  const p = sheetProject()
  p.name = HOSTILE.name
  p.sheet.sponsor = HOSTILE.sponsor
  p.sheet.location = HOSTILE.location
  p.offtake[0]!.counterparty = HOSTILE.counterparty
  p.sheet.risks[0] = { id: 'r1', risk: '</td></tr></table><script>x()</script>', mitigant: '=1+1' }
  return valid(p)
}

/** More than one page can hold: a long summary, 10 risks, 7 streams and 8 contracts (the sheet must step down). */
export function crowdedProject(): Project {
  const q = sheetProject()
  q.name = 'Crowded sheet case'
  q.sheet.summary = 'A long summary. '.repeat(40)
  for (let i = 0; i < 4; i++)
    q.sheet.risks.push({ id: `x${i}`, risk: 'A risk described at some length so that it wraps onto a second line of the table '.repeat(2), mitigant: 'A mitigant as long, wrapping across the column '.repeat(2) })
  while (q.feedstock.length < 7) q.feedstock.push({ ...structuredClone(q.feedstock[0]!), id: `fs${q.feedstock.length}`, name: `Extra stream ${q.feedstock.length}` })
  while (q.offtake.length < 8) q.offtake.push({ ...structuredClone(q.offtake[0]!), id: `ot${q.offtake.length}`, counterparty: `Counterparty ${q.offtake.length} Ltd` })
  return valid(q)
}

/**
 * The rich case lent as an India–Japan deal is (issue #14): a JBIC-style USD tranche with NEXI-style
 * cover, swapped into INR; an IFC-style USD tranche at a base rate by year + margin, unhedged; and an
 * INR bank tranche. Gearing sizing, so each tranche keeps its own profile.
 */
export function trancheSheetProject(): Project {
  const p = sheetProject()
  p.name = 'Three-tranche sheet case'
  const base = p.financing.tranches[0]!
  p.financing.sizing = 'gearing'
  p.financing.tranches = [
    { ...base, id: 'jbic', name: 'JBIC buyer’s credit', lenderType: 'eca', currency: 'USD', share: '0.45', interest: { kind: 'fixed', annualRate: '0.058' }, upfrontFee: '0.0075', ecaPremium: '0.045', tenorYears: 10, graceMonths: 12, repayment: 'annuity', hedge: { hedged: true, annualCost: '0.015' } },
    { ...base, id: 'ifc', name: 'IFC A loan', lenderType: 'dfi', currency: 'USD', share: '0.3', interest: { kind: 'floating', baseRates: [{ year: 2026, annualRate: '0.043' }, { year: 2029, annualRate: '0.038' }], marginAnnualRate: '0.0325' }, commitmentFeeAnnualRate: '0.005', tenorYears: 9, graceMonths: 6, repayment: 'equal' },
    { ...base, id: 'sbi', name: 'SBI term loan', lenderType: 'commercialBank', currency: 'INR', share: '0.25', interest: { kind: 'fixed', annualRate: '0.0925' }, tenorYears: 7, graceMonths: 6, repayment: 'annuity' }
  ]
  return valid(p)
}
