import { Decimal, DECIMAL_STRING_PATTERN, toDecimalString } from '@shared/decimal'
import type { ValidationIssue } from '@shared/model'

/**
 * THE place where a model validation issue becomes words on screen. The schema speaks the model:
 * paths (`routes.0.recovery.Li`) and fractions (`must be ≥ 0 and ≤ 1`; zod's built-in checks are
 * put in the same words by the parse itself, src/shared/model/issue-message.ts). People read fields: every message names the field by its label,
 * in the unit the field shows (`Li recovery must be between 0 and 100 %`, `Construction must be
 * at least 1 month`). Fields say who they are when they edit (`EditOptions.field`); issues about
 * other places are named from the table below, or from the path's last word.
 */
export type FieldInfo = { label: string; unit?: string; percent?: boolean }

/** The schema's sanity limit on amounts (1e15, model/primitives): never shown as if it were a rule. */
const HUGE = '1000000000000000'

type P = string | FieldInfo
/** Path patterns (`*` = any list index or key) → the label the field shows. `{key}` is the matched key. */
const FIELDS: [string, P][] = [
  ['name', 'Project name'],
  ['timeline.startDate', 'Construction starts'],
  ['timeline.constructionMonths', { label: 'Construction', unit: 'months' }],
  ['timeline.operatingYears', { label: 'Operations', unit: 'years' }],
  ['timeline.periodMonths', 'Period length'],
  ['feedstock.*.name', 'Stream name'],
  ['feedstock.*.routeId', 'Route'],
  ['feedstock.*.inputTonnesPerYear', { label: 'Annual quantity', unit: 't/yr' }],
  ['feedstock.*.unitsPerYear', { label: 'Annual quantity', unit: 'units/yr' }],
  ['feedstock.*.rampUp', 'Ramp-up'],
  ['feedstock.*.rampUp.*', { label: 'Ramp-up', percent: true }],
  ['feedstock.*.grades', 'Grades'],
  ['feedstock.*.grades.*', { label: '{key} grade', percent: true }],
  ['feedstock.*.blackMassYield', { label: 'Black-mass yield', percent: true }],
  ['feedstock.*.recoveryOverrides.*', { label: '{key} recovery', percent: true }],
  ['feedstock.*.purchase.pricePerQuantity', 'Feed price'],
  ['feedstock.*.purchase.pctOfContained', { label: 'Share of contained value paid', percent: true }],
  ['feedstock.*.purchase.logisticsPerTonne', 'Logistics'],
  ['feedstock.*.variableOpexPerTonne', 'Variable opex'],
  ['feedstock.*.treatmentPerTonne', 'Treatment charge'],
  ['feedstock.*.variableOpexPerUnit', 'Variable per converter'],
  ['plant.capacities.*.routeId', 'Capacity serves'],
  ['plant.capacities.*.tonnesPerYear', { label: 'Capacity', unit: 't/yr' }],
  ['plant.capacities.*.availability', { label: 'Availability', percent: true }],
  ['feedstock.*.byproducts', 'By-products'],
  ['feedstock.*.byproducts.*.name', 'By-product'],
  ['feedstock.*.byproducts.*.massFraction', { label: 'Mass fraction', percent: true }],
  ['feedstock.*.byproducts.*.fate.pricePerTonne', { label: 'Price', unit: 'per t' }],
  ['feedstock.*.byproducts.*.fate.payable', { label: 'Payable', percent: true }],
  ['feedstock.*.byproducts.*.fate.costPerTonne', { label: 'Disposal cost', unit: 'per t' }],
  ['epr.activeFrom', 'EPR certificates from'],
  ['epr.kgPerTonneRecovered.*', { label: 'EPR certificates', unit: 'kg/t' }],
  ['epr.pricePerKg', 'EPR certificate prices'],
  ['epr.pricePerKg.*.pricePerKg', { label: 'EPR certificate price', unit: 'per kg' }],
  ['supplyContracts.*.supplier', 'Supplier'],
  ['supplyContracts.*.streamId', 'Stream'],
  ['supplyContracts.*.startDate', 'Start date'],
  ['supplyContracts.*.endDate', 'End date'],
  ['supplyContracts.*.volume.share', { label: 'Share of feed', percent: true }],
  ['supplyContracts.*.volume.tonnesPerYear', { label: 'Committed tonnes', unit: 't of input/yr' }],
  ['supplyContracts.*.price.pricePerQuantity', 'Price'],
  ['supplyContracts.*.price.pctOfContained', { label: 'Share of contained value', percent: true }],
  ['supplyContracts.*.price.floorPerQuantity', 'Floor price'],
  ['supplyContracts.*.price.capPerQuantity', 'Cap price'],
  ['routes.*.name', 'Route name'],
  ['routes.*.recovery.*', { label: '{key} recovery', percent: true }],
  ['products.*', 'Product'],
  ['products.*.name', 'Product name'],
  ['products.*.metal', 'Metal'],
  ['products.*.factor', 'Conversion factor'],
  ['prices.activeDeckId', 'Active price deck'],
  ['prices.decks', 'Price decks'],
  ['prices.decks.*.name', 'Deck name'],
  ['prices.decks.*.asOf', 'Deck date'],
  ['prices.decks.*.prices.*.productId', 'Product'],
  ['prices.decks.*.prices.*.basePricePerUnit', 'Base price'],
  ['prices.decks.*.prices.*.baseYear', 'Base year'],
  ['prices.decks.*.prices.*.points', 'Price table'],
  ['prices.decks.*.prices.*.points.*.year', 'Year'],
  ['prices.decks.*.prices.*.points.*.price', 'Price'],
  ['fx.rates', 'FX rates'],
  ['fx.rates.*.rate', 'FX rate'],
  ['offtake.*.counterparty', 'Counterparty'],
  ['offtake.*.productId', 'Product'],
  ['offtake.*.startDate', 'Start date'],
  ['offtake.*.endDate', 'End date'],
  ['offtake.*.share', { label: 'Share of output', percent: true }],
  ['offtake.*.payable', { label: 'Payable', percent: true }],
  ['offtake.*.floor', 'Floor'],
  ['offtake.*.cap', 'Cap'],
  ['offtakePolicy.bankableTakeOrPayMin', { label: 'Bankable take-or-pay minimum', percent: true }],
  ['costs.capex.items.*.name', 'Capex item'],
  ['costs.capex.items.*.amount', 'Capex amount'],
  ['costs.capex.contingency', { label: 'Contingency', percent: true }],
  ['costs.capex.phasing', 'Capex phasing'],
  ['costs.capex.phasing.*', { label: 'Capex phasing', percent: true }],
  ['costs.opex.fixedPerYear', 'Fixed opex'],
  ['costs.opex.variablePerTonne', 'Variable opex'],
  ['costs.opex.variablePerUnit', 'Variable per converter'],
  ['costs.opex.treatmentPerTonne', 'Treatment charge'],
  ['costs.maintenanceCapexPerYear', 'Maintenance capex'],
  ['costs.workingCapital.receivableDays', { label: 'Receivable days', unit: 'days' }],
  ['costs.workingCapital.inventoryDays', { label: 'Inventory days', unit: 'days' }],
  ['costs.workingCapital.payableDays', { label: 'Payable days', unit: 'days' }],
  ['tax.rate', { label: 'Tax rate', percent: true }],
  ['tax.depreciation.years', { label: 'Depreciation life', unit: 'years' }],
  ['tax.depreciation.rate', { label: 'Depreciation rate', percent: true }],
  // Tax refinements (§14): blocks of their own, the maintenance block, loss expiry, holiday.
  ['costs.capex.items.*.taxBlock', 'Tax block'],
  ['tax.blocks.*.id', 'Tax block'],
  ['tax.blocks.*.name', 'Tax block name'],
  ['tax.blocks.*.depreciation.years', { label: 'Depreciation life', unit: 'years' }],
  ['tax.blocks.*.depreciation.rate', { label: 'WDV rate', percent: true }],
  ['tax.maintenanceBlock', 'Capitalised maintenance joins'],
  ['tax.lossExpiryYears', { label: 'Loss carry-forward', unit: 'years' }],
  ['tax.holiday.years', { label: 'Tax holiday from COD', unit: 'years' }],
  ['tax.holiday.rate', { label: 'Tax rate in the holiday', percent: true }],
  ['financing.gearing', { label: 'Gearing', percent: true }],
  ['financing.targetDscr', { label: 'Target DSCR', unit: 'x' }],
  // Project file v3: the debt's terms are per tranche (financing.tranches.N…).
  // The list itself: its length, and the shares' total ("Would make Senior debt invalid: shares add up to …").
  ['financing.tranches', 'Senior debt'],
  ['financing.tranches.*.name', 'Tranche name'],
  ['financing.tranches.*.lenderType', 'Lender type'],
  ['financing.tranches.*.share', { label: 'Share of senior debt', percent: true }],
  ['financing.tranches.*.currency', 'Tranche currency'],
  ['financing.tranches.*.interest.annualRate', { label: 'Interest rate', percent: true }],
  ['financing.tranches.*.interest.marginAnnualRate', { label: 'Margin', percent: true }],
  ['financing.tranches.*.interest.baseRates', 'Base rate by year'],
  ['financing.tranches.*.interest.baseRates.*.year', 'Base rate year'],
  ['financing.tranches.*.interest.baseRates.*.annualRate', { label: 'Base rate', percent: true }],
  ['financing.tranches.*.tenorYears', { label: 'Tenor', unit: 'years' }],
  ['financing.tranches.*.graceMonths', { label: 'Grace period', unit: 'months' }],
  ['financing.tranches.*.repayment', 'Repayment'],
  ['financing.tranches.*.upfrontFee', { label: 'Upfront fee', percent: true }],
  ['financing.tranches.*.commitmentFeeAnnualRate', { label: 'Commitment fee', percent: true }],
  ['financing.tranches.*.ecaPremium', { label: 'ECA premium', percent: true }],
  ['financing.tranches.*.hedge.annualCost', { label: 'Hedge cost', percent: true }],
  ['financing.tranches.*.hedge.hedged', 'Hedge'],
  // The engine reports repayment problems (balloon, sculpting floor) on the financing as a whole.
  ['financing.repayment', 'Repayment'],
  ['financing.dsra.months', { label: 'DSRA', unit: 'months' }],
  ['financing.waterfall.sweep.share', { label: 'Cash sweep share', percent: true }],
  ['financing.waterfall.sweep.trigger', { label: 'Sweep trigger DSCR', unit: 'x' }],
  ['financing.waterfall.sweep.allocation', 'Sweep allocation'],
  ['financing.grants.*.amount', 'Grant amount'],
  ['valuation.discountRate', { label: 'Discount rate', percent: true }],
  ['lender.minDscr', { label: 'Minimum DSCR (covenant)', unit: 'x' }],
  ['lender.lockupDscr', { label: 'Lock-up DSCR', unit: 'x' }],
  ['lender.minLlcr', { label: 'Minimum LLCR', unit: 'x' }],
  ['lender.maxGearing', { label: 'Maximum gearing', percent: true }],
  ['lender.dsraMonths', { label: 'DSRA required', unit: 'months' }],
  ['lender.minBankableCoverage', { label: 'Minimum bankable coverage', percent: true }],
  ['lender.minSupplyCoverage', { label: 'Minimum supply coverage', percent: true }],
  ['*.escalation', { label: 'Escalation', percent: true }],
  ['*.*.escalation', { label: 'Escalation', percent: true }],
  ['*.*.*.escalation', { label: 'Escalation', percent: true }],
  ['*.*.*.*.*.escalation', { label: 'Escalation', percent: true }]
]

const matchPath = (pattern: string, path: string): string | null => {
  const p = pattern.split('.')
  const s = path.split('.')
  if (p.length !== s.length) return null
  let key = ''
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '*') key = s[i]!
    else if (p[i] !== s[i]) return null
  }
  return key
}

/** `tenorYears` → `Tenor years`: the last word of the path, when no label is known. */
const humanize = (path: string): string => {
  const last = [...path.split('.')].reverse().find((seg) => !/^\d+$/.test(seg)) ?? path
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** How the field at `path` is labelled on screen (and its unit), for issues about other places. */
export function fieldInfoOf(path: string): FieldInfo {
  for (const [pattern, info] of FIELDS) {
    const key = matchPath(pattern, path)
    if (key === null) continue
    const f = typeof info === 'string' ? { label: info } : info
    return { ...f, label: f.label.replace('{key}', key) }
  }
  return { label: path === '(root)' ? 'The project' : humanize(path) }
}

const singular: Record<string, string> = { months: 'month', years: 'year', days: 'day' }

/** A model number in the field's unit: `0.5` in a percent field is `50`. */
function shown(n: string, field: FieldInfo): string {
  if (!DECIMAL_STRING_PATTERN.test(n)) return n
  return field.percent ? toDecimalString(new Decimal(n).times(100)) : n
}
function withUnit(n: string, field: FieldInfo): string {
  if (field.percent) return `${n} %`
  if (!field.unit) return n
  const unit = n === '1' ? (singular[field.unit] ?? field.unit) : field.unit
  return field.unit === 'x' ? `${n}x` : `${n} ${unit}`
}

/** `must be ≥ 0 and ≤ 1` → `must be between 0 and 100 %` (percent field), without the 1e15 sanity limit. */
function bounds(message: string, field: FieldInfo): string {
  const m = /^must be ([<>≤≥]) (-?[\d.]+)(?: and ([<>≤≥]) (-?[\d.]+))?$/.exec(message)
  if (!m) return message
  let parts: [string, string][] = [[m[1]!, m[2]!]]
  if (m[3]) parts.push([m[3], m[4]!])
  const real = parts.filter(([, n]) => n !== HUGE && n !== `-${HUGE}`)
  if (real.length === 0) return 'is beyond the model’s limit of 10^15'
  parts = real
  const phrase = ([op, n]: [string, string]) => `${{ '≥': 'at least', '>': 'more than', '≤': 'at most', '<': 'less than' }[op]} ${withUnit(shown(n, field), field)}`
  if (parts.length === 2 && parts[0]![0] === '≥' && parts[1]![0] === '≤') return `must be between ${shown(parts[0]![1], field)} and ${withUnit(shown(parts[1]![1], field), field)}`
  return `must be ${parts.map(phrase).join(' and ')}`
}

/** The words of an issue in the field's terms, without the label (`must be between 0 and 100 %`). */
export const issueWords = (message: string, field: FieldInfo): string => bounds(message, field)

/**
 * The words for one issue at a field: normalised, in the field's unit, and led by the field's
 * label when the message is a predicate (`must …`, `is …`, `grades add up …`). Messages that are
 * already sentences (`Enter a number`, `Use a dot for decimals: 12.5`) are about the typed text
 * and stay as they are.
 */
export function issueText(message: string, field: FieldInfo): string {
  const text = issueWords(message, field)
  if (!/^[a-z]/.test(text)) return text
  // "must be …", "is required": the label is the subject. Anything else names its own subject
  // ("grace plus tenor runs past …"), so the label goes first as the place.
  return /^(must|is|needs|can) /.test(text) ? `${field.label} ${text}` : `${field.label}: ${text}`
}

/** Issues about any places, for one-line summaries: `Li recovery must be between 0 and 100 %; Product …`. */
export const issuesText = (issues: readonly ValidationIssue[]): string => issues.map((i) => issueText(i.message, fieldInfoOf(i.path))).join('; ')
