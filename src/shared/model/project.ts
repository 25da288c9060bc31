import { z } from 'zod'
import { DECIMAL_STRING_PATTERN, Decimal } from '../decimal'
import { LAND_BLOCK, TAX_BLOCKS, costsSchema, taxSchema } from './costs'
import { productSchema, routeSchema, streamSchema } from './feedstock'
import { financingSchema, lenderSchema, valuationSchema } from './financing'
import { contractSchema, offtakePolicySchema } from './offtake'
import { fxSchema, pricesSchema } from './prices'
import { plantSchema } from './plant'
import { supplyContractSchema } from './supply'
import { eprSchema } from './epr'
import { projectIssueMessage } from './issue-message'
import { calendarDate, currency, id, requiredText, text } from './primitives'
import { scenarioSchema } from './scenarios'
import { TRANCHE_SHARE_TOLERANCE } from './tranches'

/**
 * The project file format version. Bump it with a migration in `model/migrations.ts`.
 * 2: field names carry their units (`unitsPerYear`, `inputTonnesPerYear`, `productUnitsPerYear`,
 * `premiumPerUnit`, `basePricePerUnit`).
 * 3: senior debt in 1–4 tranches (`financing.tranches`), an FX depreciation beyond the table.
 */
export const PROJECT_SCHEMA_VERSION = 3

export const timelineSchema = z.strictObject({
  /** First day of a month. */
  startDate: calendarDate().refine((d) => d.endsWith('-01'), { message: 'must be the first day of a month' }),
  constructionMonths: z.number().int().min(1).max(120),
  operatingYears: z.number().int().min(1).max(40),
  /** Months per period: lenders size and test debt semi-annually by default. */
  periodMonths: z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(12)])
})

export const projectSheetSchema = z.strictObject({
  sponsor: text(200),
  location: text(200),
  summary: text(4000),
  risks: z.array(z.strictObject({ id: id(), risk: text(1000), mitigant: text(1000) })).max(30)
})

const projectShape = z.strictObject({
  schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
  id: id(),
  name: requiredText(),
  description: text(4000),
  reportingCurrency: currency(),
  timeline: timelineSchema,
  feedstock: z.array(streamSchema).max(100),
  routes: z.array(routeSchema).max(50),
  products: z.array(productSchema).max(20),
  prices: pricesSchema,
  fx: fxSchema,
  offtake: z.array(contractSchema).max(100),
  /** Plant capacity and availability (methodology §13); absent = no limit. */
  plant: plantSchema.optional(),
  /** Feedstock supply contracts (methodology §13); absent or empty = all feed bought on the streams' own terms. */
  supplyContracts: z.array(supplyContractSchema).max(100).optional(),
  /** EPR certificates on recovered metal (India BWMR 2022, methodology §13); absent = none. */
  epr: eprSchema.optional(),
  offtakePolicy: offtakePolicySchema,
  costs: costsSchema,
  tax: taxSchema,
  financing: financingSchema,
  valuation: valuationSchema,
  lender: lenderSchema,
  scenarios: z.array(scenarioSchema).max(100),
  sheet: projectSheetSchema
})

/** A Decimal when the string is a valid decimal, else null (its own field already reported it). */
const safeDec = (s: string | null | undefined): Decimal | null => (typeof s === 'string' && DECIMAL_STRING_PATTERN.test(s) ? new Decimal(s) : null)

type Ctx = z.core.$RefinementCtx<z.infer<typeof projectShape>>
const issue = (ctx: Ctx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })

function uniqueIds(ctx: Ctx, list: readonly { id: string }[], path: string) {
  const seen = new Set<string>()
  list.forEach((item, i) => {
    if (seen.has(item.id)) issue(ctx, [path, i, 'id'], `duplicate id "${item.id}"`)
    seen.add(item.id)
  })
}

/** Tranches (§10): periods line up, shares add up to 100 %, sculpted sizing sculpts every tranche, hedges make sense. */
function trancheRules(p: z.infer<typeof projectShape>, ctx: Ctx) {
  const m = p.timeline.periodMonths
  const tranches = p.financing.tranches
  uniqueIds(ctx, tranches, 'financing.tranches')
  tranches.forEach((t, i) => {
    const at = (field: string) => ['financing', 'tranches', i, field]
    if (t.graceMonths % m !== 0) issue(ctx, at('graceMonths'), `must be a multiple of the period length (${m} months)`)
    if (t.graceMonths + t.tenorYears * 12 > p.timeline.operatingYears * 12) issue(ctx, at('tenorYears'), 'grace plus tenor runs past the end of operations')
    if (p.financing.sizing === 'sculpted' && t.repayment !== 'sculpted') issue(ctx, at('repayment'), 'sculpted sizing needs sculpted repayment')
    if (t.hedge.hedged && t.currency === p.reportingCurrency) issue(ctx, ['financing', 'tranches', i, 'hedge', 'hedged'], `a tranche in the reporting currency (${t.currency}) has nothing to hedge`)
    if (t.interest.kind === 'floating') {
      const years = t.interest.baseRates.map((x) => x.year)
      if (years.some((y, k) => k > 0 && y <= years[k - 1]!)) issue(ctx, ['financing', 'tranches', i, 'interest', 'baseRates'], 'years must be in increasing order')
    }
  })
  const allocation = p.financing.waterfall?.sweep?.allocation
  if (allocation !== undefined && allocation !== 'pro-rata' && !tranches.some((t) => t.id === allocation))
    issue(ctx, ['financing', 'waterfall', 'sweep', 'allocation'], `names no tranche ("${allocation}"): choose pro rata or one of the tranches`)
  if (tranches.every((t) => safeDec(t.share) !== null)) {
    const total = tranches.reduce((a, t) => a.plus(t.share), new Decimal(0))
    if (total.minus(1).abs().gt(TRANCHE_SHARE_TOLERANCE))
      issue(ctx, ['financing', 'tranches'], `shares add up to ${total.times(100).toDecimalPlaces(4).toString()} %, not 100 %`)
  }
}

/** Tax blocks (§14): ids unique and not a reserved word; every capex item's block and the maintenance block exist. */
function taxBlockRules(p: z.infer<typeof projectShape>, ctx: Ctx) {
  const blocks = p.tax.blocks ?? []
  uniqueIds(ctx, blocks, 'tax.blocks')
  blocks.forEach((b, i) => {
    if ((TAX_BLOCKS as readonly string[]).includes(b.id)) issue(ctx, ['tax', 'blocks', i, 'id'], `"${b.id}" is reserved (the general pool and land are built in)`)
  })
  const known = new Set<string>([...TAX_BLOCKS, ...blocks.map((b) => b.id)])
  p.costs.capex.items.forEach((it, i) => {
    if (it.taxBlock !== undefined && !known.has(it.taxBlock)) issue(ctx, ['costs', 'capex', 'items', i, 'taxBlock'], `unknown tax block "${it.taxBlock}"`)
  })
  const m = p.tax.maintenanceBlock
  if (m !== undefined && (m === LAND_BLOCK || !known.has(m))) issue(ctx, ['tax', 'maintenanceBlock'], m === LAND_BLOCK ? 'maintenance capex cannot go into land (never depreciated)' : `unknown tax block "${m}"`)
}

/** Supply contracts (§13): ids unique, the stream exists, the tenor runs forwards, floor ≤ cap. */
function supplyContractRules(p: z.infer<typeof projectShape>, ctx: Ctx) {
  const contracts = p.supplyContracts ?? []
  uniqueIds(ctx, contracts, 'supplyContracts')
  const streamIds = new Set(p.feedstock.map((s) => s.id))
  contracts.forEach((c, i) => {
    if (!streamIds.has(c.streamId)) issue(ctx, ['supplyContracts', i, 'streamId'], `unknown stream "${c.streamId}"`)
    if (c.endDate < c.startDate) issue(ctx, ['supplyContracts', i, 'endDate'], 'ends before it starts')
    if (c.price.basis === 'pctOfContained') {
      const floor = safeDec(c.price.floorPerQuantity)
      const cap = safeDec(c.price.capPerQuantity)
      if (floor && cap && floor.gt(cap)) issue(ctx, ['supplyContracts', i, 'price', 'capPerQuantity'], 'cap is below the floor')
    }
  })
}

/** Rules that span fields: references resolve, periods line up, contracts make sense. */
function crossFieldRules(p: z.infer<typeof projectShape>, ctx: Ctx) {
  const m = p.timeline.periodMonths
  if (p.timeline.constructionMonths % m !== 0)
    issue(ctx, ['timeline', 'constructionMonths'], `must be a multiple of the period length (${m} months)`)
  trancheRules(p, ctx)
  taxBlockRules(p, ctx)

  uniqueIds(ctx, p.feedstock, 'feedstock')
  uniqueIds(ctx, p.routes, 'routes')
  uniqueIds(ctx, p.products, 'products')
  uniqueIds(ctx, p.offtake, 'offtake')
  uniqueIds(ctx, p.prices.decks, 'prices.decks')
  uniqueIds(ctx, p.scenarios, 'scenarios')

  const routeIds = new Set(p.routes.map((r) => r.id))
  const productIds = new Set(p.products.map((x) => x.id))
  const metals = new Set<string>()
  p.products.forEach((x, i) => {
    if (metals.has(x.metal)) issue(ctx, ['products', i, 'metal'], `a product for ${x.metal} already exists (one product per metal)`)
    metals.add(x.metal)
  })
  p.feedstock.forEach((s, i) => {
    if (!routeIds.has(s.routeId)) issue(ctx, ['feedstock', i, 'routeId'], `unknown route "${s.routeId}"`)
    if (s.kind === 'battery') {
      if (s.form === 'blackMass' && safeDec(s.blackMassYield)?.eq(1) === false)
        issue(ctx, ['feedstock', i, 'blackMassYield'], 'must be 1 (100 %) when the feed already is black mass')
      const total = Object.values(s.grades).reduce((a, g) => a.plus(safeDec(g) ?? 0), new Decimal(0))
      if (total.gt(1)) issue(ctx, ['feedstock', i, 'grades'], 'grades add up to more than 100 %')
    }
    const byproducts = s.byproducts ?? []
    uniqueIds(ctx, byproducts, `feedstock.${i}.byproducts`)
    const massTotal = byproducts.reduce((a, b) => a.plus(safeDec(b.massFraction) ?? 0), new Decimal(0))
    if (massTotal.gt(1)) issue(ctx, ['feedstock', i, 'byproducts'], `by-products add up to ${massTotal.times(100).toDecimalPlaces(4).toString()} % of the input, more than 100 %`)
    // A sold by-product is priced by the deck (its kind) or by its own price: it needs one of them.
    byproducts.forEach((b, k) => {
      if (b.fate.kind === 'sold' && b.fate.pricePerTonne === undefined && b.kind === undefined)
        issue(ctx, ['feedstock', i, 'byproducts', k, 'fate', 'pricePerTonne'], 'a sold by-product needs a price: its own, or a kind priced in the deck')
    })
  })

  const capacities = p.plant?.capacities ?? []
  uniqueIds(ctx, capacities, 'plant.capacities')
  const scopes = new Set<string | null>()
  capacities.forEach((c, i) => {
    if (c.routeId !== null && !routeIds.has(c.routeId)) issue(ctx, ['plant', 'capacities', i, 'routeId'], `unknown route "${c.routeId}"`)
    if (scopes.has(c.routeId)) issue(ctx, ['plant', 'capacities', i, 'routeId'], c.routeId === null ? 'the whole plant already has a capacity' : 'this route already has a capacity')
    scopes.add(c.routeId)
  })

  supplyContractRules(p, ctx)

  const constructionPeriods = p.timeline.constructionMonths / m
  const phasing = p.costs.capex.phasing
  if (phasing.length > 0) {
    if (phasing.length !== constructionPeriods)
      issue(ctx, ['costs', 'capex', 'phasing'], `needs one share per construction period (${constructionPeriods}), or none for even phasing`)
    else if (phasing.every((x) => safeDec(x) !== null)) {
      const total = phasing.reduce((a, x) => a.plus(x), new Decimal(0))
      if (total.minus(1).abs().gt('1e-9')) issue(ctx, ['costs', 'capex', 'phasing'], `shares add up to ${total.times(100).toDecimalPlaces(4).toString()} %, not 100 %`)
    }
  }

  const deck = p.prices.decks.find((d) => d.id === p.prices.activeDeckId)
  if (!deck) issue(ctx, ['prices', 'activeDeckId'], `unknown price deck "${p.prices.activeDeckId}"`)
  p.prices.decks.forEach((d, di) => {
    const priced = new Set<string>()
    d.prices.forEach((pp, pi) => {
      if (!productIds.has(pp.productId)) issue(ctx, ['prices', 'decks', di, 'prices', pi, 'productId'], `unknown product "${pp.productId}"`)
      if (priced.has(pp.productId)) issue(ctx, ['prices', 'decks', di, 'prices', pi, 'productId'], `product "${pp.productId}" is priced twice`)
      priced.add(pp.productId)
      if (pp.mode === 'table') {
        const years = pp.points.map((x) => x.year)
        if (years.some((y, k) => k > 0 && y <= years[k - 1]!)) issue(ctx, ['prices', 'decks', di, 'prices', pi, 'points'], 'years must be in increasing order')
      }
    })
    if (d.id === p.prices.activeDeckId)
      p.products.forEach((x, i) => {
        if (!priced.has(x.id)) issue(ctx, ['products', i], `no price for "${x.name}" in the active deck "${d.name}"`)
      })
  })
  if (p.prices.activeScenarioId !== null && !p.prices.scenarios.some((s) => s.id === p.prices.activeScenarioId))
    issue(ctx, ['prices', 'activeScenarioId'], `unknown price scenario "${p.prices.activeScenarioId}"`)
  p.prices.scenarios.forEach((s, si) =>
    s.productMultipliers.forEach((pm, k) => {
      if (!productIds.has(pm.productId)) issue(ctx, ['prices', 'scenarios', si, 'productMultipliers', k, 'productId'], `unknown product "${pm.productId}"`)
    })
  )

  p.prices.decks.forEach((d, di) => {
    const pricedKinds = new Set<string>()
    for (const [k, bp] of (d.byproductPrices ?? []).entries()) {
      if (pricedKinds.has(bp.byproductId)) issue(ctx, ['prices', 'decks', di, 'byproductPrices', k, 'byproductId'], `by-product "${bp.byproductId}" is priced twice`)
      pricedKinds.add(bp.byproductId)
      const years = bp.points.map((x) => x.year)
      if (years.some((y, j) => j > 0 && y <= years[j - 1]!)) issue(ctx, ['prices', 'decks', di, 'byproductPrices', k, 'points'], 'years must be in increasing order')
    }
    const eprYears = d.eprPrices?.points.map((x) => x.year) ?? []
    if (eprYears.some((y, j) => j > 0 && y <= eprYears[j - 1]!)) issue(ctx, ['prices', 'decks', di, 'eprPrices', 'points'], 'years must be in increasing order')
  })
  if (p.epr) {
    const years = p.epr.pricePerKg.map((x) => x.year)
    if (years.some((y, k) => k > 0 && y <= years[k - 1]!)) issue(ctx, ['epr', 'pricePerKg'], 'years must be in increasing order')
  }
  const needsFx = new Set<string>([...(p.epr ? [p.epr.currency, ...p.prices.decks.flatMap((d) => (d.eprPrices ? [d.eprPrices.currency] : []))] : []), p.reportingCurrency, ...p.prices.decks.map((d) => d.currency), ...p.offtake.map((c) => c.currency), ...p.financing.tranches.map((t) => t.currency)])
  for (const c of needsFx) {
    if (c !== 'USD' && !p.fx.rates.some((r) => r.currency === c)) issue(ctx, ['fx', 'rates'], `needs a USD/${c} rate (used by the project)`)
  }

  p.offtake.forEach((c, i) => {
    if (!productIds.has(c.productId)) issue(ctx, ['offtake', i, 'productId'], `unknown product "${c.productId}"`)
    if (c.endDate < c.startDate) issue(ctx, ['offtake', i, 'endDate'], 'ends before it starts')
    const floor = safeDec(c.floor)
    const cap = safeDec(c.cap)
    if (floor && cap && floor.gt(cap))
      issue(ctx, ['offtake', i, 'cap'], 'cap is below the floor')
  })

  p.scenarios.forEach((s, si) => {
    if (s.priceDeckId && !p.prices.decks.some((d) => d.id === s.priceDeckId)) issue(ctx, ['scenarios', si, 'priceDeckId'], `unknown price deck "${s.priceDeckId}"`)
    s.priceMultipliers?.forEach((pm, k) => {
      if (!productIds.has(pm.productId)) issue(ctx, ['scenarios', si, 'priceMultipliers', k, 'productId'], `unknown product "${pm.productId}"`)
    })
  })
}

/** The whole project document: what is stored, edited, exchanged and evaluated. */
export const projectSchema = projectShape.superRefine(crossFieldRules)
export type Project = z.infer<typeof projectSchema>

export type ValidationIssue = { path: string; message: string }
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] }

/** `feedstock.0.unitsPerYear` style path, as the CLI prints and the UI maps to a field. */
export const formatPath = (path: readonly PropertyKey[]): string => (path.length === 0 ? '(root)' : path.map(String).join('.'))

export function parseProject(input: unknown): ParseResult<Project> {
  const r = projectSchema.safeParse(input, { error: projectIssueMessage })
  if (r.success) return { ok: true, value: r.data }
  return { ok: false, issues: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) }
}
