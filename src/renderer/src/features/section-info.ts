import type { Project } from '@shared/model'

/**
 * What each workspace section is for: its title, what it holds and the next step, plus a count
 * of what the project already has there. Components live in `sections.ts` (the registry).
 */
export const SECTION_IDS = ['feedstock', 'recovery', 'prices', 'offtake', 'costs', 'financing', 'results', 'scenarios', 'sheet'] as const
export type SectionId = (typeof SECTION_IDS)[number]

export type SectionInfo = {
  id: SectionId
  title: string
  /** One line under the title in the header. */
  tagline: string
  /** What the section will hold. */
  holds: string[]
  /** What the user should do next, when it is empty. */
  next: string
  /** Where the user should go first, when this section depends on another. */
  dependsOn?: SectionId
  /** A short count of what the project already has here, e.g. "2 streams". */
  summary: (doc: Project) => string
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export const SECTION_INFO: Record<SectionId, SectionInfo> = {
  feedstock: {
    id: 'feedstock',
    title: 'Feedstock',
    tagline: 'What comes in: converters and batteries, volumes and purchase terms',
    holds: ['Catalytic-converter streams by class with Pt/Pd/Rh loadings (g/unit)', 'Li-ion packs, modules, cells or black mass by chemistry with Li/Co/Ni grades', 'Annual volumes with ramp-up, and fixed or %-of-contained purchase prices'],
    next: 'Add the first feedstock stream: pick a converter class or battery chemistry and enter the annual volume.',
    summary: (d) => plural(d.feedstock.length, 'stream')
  },
  recovery: {
    id: 'recovery',
    title: 'Recovery',
    tagline: 'Process routes, yields per metal and the products sold',
    holds: ['Process routes (pyro, hydro, smelter toll) and recovery yields per metal', 'Products and their forms (Li₂CO₃, NiSO₄, PGM concentrate) with conversion factors', 'Per-stream recovery overrides'],
    next: 'Define a process route with its recovery yields, then the products it makes.',
    dependsOn: 'feedstock',
    summary: (d) => `${plural(d.routes.length, 'route')} · ${plural(d.products.length, 'product')}`
  },
  prices: {
    id: 'prices',
    title: 'Prices',
    tagline: 'Price decks per metal, escalation and FX',
    holds: ['Price decks per product (USD/oz, USD/t) with source and date', 'Flat, escalating or year-by-year curves; price cases (multipliers on the deck)', 'FX rates for INR and JPY reporting'],
    next: 'Price each product in the base deck, with the source and date of the quote.',
    dependsOn: 'recovery',
    summary: (d) => `${plural(d.prices.decks.length, 'deck')} · ${plural(d.fx.rates.length, 'FX curve')}`
  },
  offtake: {
    id: 'offtake',
    title: 'Offtake',
    tagline: 'Who buys the metal, on what terms',
    holds: ['Contracts by counterparty and product: share or fixed volume, tenor', 'Payables, premiums/discounts, floors and caps, refining charges', 'Take-or-pay and counterparty rating for bankable coverage'],
    next: 'Add offtake contracts for your products; lenders look at how much of the output is contracted.',
    dependsOn: 'recovery',
    summary: (d) => plural(d.offtake.length, 'contract')
  },
  costs: {
    id: 'costs',
    title: 'Costs',
    tagline: 'Capex, opex, working capital and tax',
    holds: ['Capex items with phasing and contingency', 'Fixed and variable opex, treatment charges, maintenance capex', 'Working-capital days, tax rate and depreciation'],
    next: 'Enter the plant capex and the yearly operating costs.',
    summary: (d) => `${plural(d.costs.capex.items.length, 'capex item')}`
  },
  financing: {
    id: 'financing',
    title: 'Financing',
    tagline: 'Debt sizing, terms and the lender’s covenants',
    holds: ['Gearing or DSCR-sculpted debt, rate, tenor, grace and repayment profile', 'Fees, interest during construction, DSRA and grants', 'Lender thresholds: minimum DSCR, LLCR, gearing'],
    next: 'Set the debt terms and the lender’s covenant thresholds.',
    dependsOn: 'costs',
    summary: (d) => `${d.financing.sizing === 'gearing' ? 'Gearing' : 'DSCR-sculpted'} · ${Math.max(...d.financing.tranches.map((t) => t.tenorYears))}-year tenor${d.financing.tranches.length > 1 ? ` · ${d.financing.tranches.length} tranches` : ''}`
  },
  results: {
    id: 'results',
    title: 'Results',
    tagline: 'Cash flow, cover ratios, returns and the bankability checklist',
    holds: ['Cash-flow waterfall and revenue by metal', 'DSCR per period with the covenant line, LLCR, PLCR', 'Project and equity IRR, NPV, payback, breakeven prices; the green/amber/red checklist'],
    next: 'Results appear once the project has feedstock, a route, products and prices.',
    dependsOn: 'feedstock',
    summary: (d) => `${d.timeline.operatingYears} years · ${d.timeline.periodMonths}-month periods`
  },
  scenarios: {
    id: 'scenarios',
    title: 'Scenarios',
    tagline: 'Side-by-side cases, sensitivities, Monte Carlo and the natural hedge',
    holds: ['Named scenarios side by side', 'Tornado sensitivities on prices, yields, costs', 'Monte Carlo P10/P50/P90 and the chance of breaching the DSCR covenant'],
    next: 'Create a downside case (lower prices, lower yields) and compare it with the base.',
    dependsOn: 'results',
    summary: (d) => plural(d.scenarios.length, 'scenario')
  },
  sheet: {
    id: 'sheet',
    title: 'Project sheet',
    tagline: 'The one-page summary a lender reads first',
    holds: ['Sponsor, location and a short summary', 'Key risks and their mitigants', 'Headline metrics, exported as PDF next to the Excel model'],
    next: 'Write the sponsor, location and a short summary, then list the main risks with mitigants.',
    summary: (d) => plural(d.sheet.risks.length, 'risk')
  }
}
