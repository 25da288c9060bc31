import { Decimal, DECIMAL_STRING_PATTERN } from '../../src/shared/decimal'
import type { Project } from '../../src/shared/model'

/**
 * A project in a comparable shape: the app makes its own ids, so ids are dropped and references
 * (route, product, deck, scenario) become positions; decimal strings compare by value ("0.90" = "0.9");
 * what the input sections do not edit (project sheet, analysis scenarios, descriptions, provenance
 * notes) is left out.
 */
const num = (v: unknown): unknown => {
  if (typeof v === 'string' && DECIMAL_STRING_PATTERN.test(v)) return new Decimal(v).toFixed()
  if (Array.isArray(v)) return v.map(num)
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, num(x)]))
  return v
}

export function canonical(p: Project) {
  const route = (id: string) => p.routes.findIndex((r) => r.id === id)
  const product = (id: string) => p.products.findIndex((x) => x.id === id)
  const block = (id: string | undefined) => {
    const k = (p.tax.blocks ?? []).findIndex((b) => b.id === id)
    return k >= 0 ? `block #${k + 1}` : (id ?? 'depreciable')
  }
  return num({
    name: p.name,
    reportingCurrency: p.reportingCurrency,
    timeline: p.timeline,
    routes: p.routes.map(({ name, type, recovery }) => ({ name, type, recovery })),
    products: p.products.map(({ metal, name, factor, merchantPayable }) => ({ metal, name, factor, merchantPayable })),
    feedstock: p.feedstock.map(({ id: _id, defaultsSource: _d, routeId, ...s }) => ({ ...s, route: route(routeId) })),
    prices: {
      decks: p.prices.decks.map(({ id: _id, prices, ...d }) => ({ ...d, prices: prices.map(({ productId, ...x }) => ({ ...x, product: product(productId) })).sort((a, b) => a.product - b.product) })),
      active: p.prices.decks.findIndex((d) => d.id === p.prices.activeDeckId),
      scenarios: p.prices.scenarios.map(({ name, allMultiplier, productMultipliers }) => ({ name, allMultiplier, productMultipliers: productMultipliers.map((m) => ({ product: product(m.productId), multiplier: m.multiplier })) })),
      activeScenario: p.prices.scenarios.findIndex((s) => s.id === p.prices.activeScenarioId)
    },
    fx: p.fx,
    offtake: p.offtake.map(({ id: _id, productId, ...c }) => ({ ...c, product: product(productId) })),
    offtakePolicy: p.offtakePolicy,
    // Optional tax fields compare by meaning: absent = depreciable, expensed, the general pool, no blocks;
    // a block of the project's own is named by its position (the app makes its own ids).
    costs: { ...p.costs, capex: { ...p.costs.capex, items: p.costs.capex.items.map(({ name, amount, taxBlock }) => ({ name, amount, taxBlock: block(taxBlock) })) } },
    tax: { ...p.tax, maintenanceCapex: p.tax.maintenanceCapex ?? 'expensed', blocks: (p.tax.blocks ?? []).map(({ id: _id, ...b }) => b), maintenanceBlock: block(p.tax.maintenanceBlock) },
    financing: { ...p.financing, grants: p.financing.grants.map(({ id: _id, ...g }) => g) },
    valuation: p.valuation,
    lender: p.lender
  })
}
