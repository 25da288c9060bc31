/** The senior debt by tranche as the app's Results and Financing sections and the project sheet show it (§10). */
export { LENDER_TYPE_LABELS, allInAnnualRate, coverText, lenderText, rateText } from './labels'
export { debtByTranche, type DebtByTranche, type TrancheLine } from './debt-by-tranche'
export { fxExposure, fxExposureShort, fxExposureText, trancheDebtService, type FxExposure, type FxExposureLine } from './fx-exposure'
export { trancheYears, type TrancheYear } from './tranche-years'
