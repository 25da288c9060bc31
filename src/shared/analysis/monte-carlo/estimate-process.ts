/**
 * Ornstein–Uhlenbeck parameters of a log price from a yearly series, as the reference file's Ni figures
 * were estimated (docs/methodology.md, Monte Carlo): regress x_t = ln P_t on x_{t−1} by least squares,
 * x_t = a + b·x_{t−1} + e_t. The exact discretisation of dx = κ(μ − x)dt + σ dW over one year gives
 * b = e^{−κ} and Var(e) = σ²(1 − e^{−2κ})/(2κ), so κ = −ln b and σ = sd(e)·√(2κ/(1 − e^{−2κ})).
 * sd(e) divides by n − 2 (two fitted parameters). Valid only for 0 < b < 1 (a series that pulls back).
 */
export type OuEstimate = { slope: number; meanReversionPerYear: number; halfLifeYears: number; residualSd: number; volatility: number; pairs: number }

export function estimateOu(prices: readonly number[]): OuEstimate {
  if (prices.length < 4) throw new Error('estimateOu: at least 4 yearly prices are needed')
  if (prices.some((p) => !(p > 0))) throw new Error('estimateOu: prices must be above 0')
  const x = prices.map(Math.log)
  const prev = x.slice(0, -1)
  const next = x.slice(1)
  const n = prev.length
  const mean = (v: number[]) => v.reduce((s, y) => s + y, 0) / v.length
  const mx = mean(prev)
  const my = mean(next)
  let sxy = 0
  let sxx = 0
  for (let i = 0; i < n; i++) {
    // Stryker disable next-line ArithmeticOperator: equivalent, Σ(prev − x̄)(next − ȳ) = Σ(prev ± x̄)(next − ȳ) = Σ(prev − x̄)(next ± ȳ) since Σ(next − ȳ) = Σ(prev − x̄) = 0 (to rounding)
    sxy += (prev[i]! - mx) * (next[i]! - my)
    sxx += (prev[i]! - mx) ** 2
  }
  const slope = sxy / sxx
  if (!(slope > 0 && slope < 1)) throw new Error(`estimateOu: the slope ${slope} is not between 0 and 1 — the series does not revert`)
  const intercept = my - slope * mx
  let sse = 0
  for (let i = 0; i < n; i++) sse += (next[i]! - intercept - slope * prev[i]!) ** 2
  const residualSd = Math.sqrt(sse / (n - 2))
  const kappa = -Math.log(slope)
  return { slope, meanReversionPerYear: kappa, halfLifeYears: Math.log(2) / kappa, residualSd, volatility: residualSd * Math.sqrt((2 * kappa) / (1 - Math.exp(-2 * kappa))), pairs: n }
}
