export * from './types'
export { runModel, runPrepared } from './run-model'
export { fundingBeforeRepayment } from './waterfall-metrics'
/** The breakeven solver lives in analysis/breakeven.ts (one solver for the app, the sheet, the export and the CLI). */
export { computeAllPricesBreakeven, computeBreakevens } from '../analysis/breakeven'
export { prepare } from './prepare'
export { clampPrice } from '../rules/price-clamp'
export { buildTimeline, addMonths } from './timeline'
