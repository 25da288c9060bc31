/**
 * Correlation matrices for correlated price shocks: validated (square, symmetric, unit diagonal,
 * entries in [−1, 1], positive semi-definite) and factored by Cholesky, L·Lᵀ = ρ, so that
 * ε = L·z turns independent standard normals z into shocks with correlation ρ.
 */
export type CholeskyResult = { ok: true; lower: number[][] } | { ok: false; reason: string }

const SYMMETRY_TOLERANCE = 1e-12
/** Pivots down to −1e-10 count as zero (rounding in a semi-definite matrix, e.g. ρ = 1 between two products). */
const PSD_TOLERANCE = 1e-10

/** `name` names the matrix in messages (e.g. "price correlation matrix"). */
export function choleskyOfCorrelation(matrix: readonly (readonly number[])[], name = 'correlation matrix', labels?: readonly string[]): CholeskyResult {
  const n = matrix.length
  const label = (i: number) => labels?.[i] ?? `#${i + 1}`
  for (let i = 0; i < n; i++) {
    const row = matrix[i]!
    if (row.length !== n) return { ok: false, reason: `${name}: row ${label(i)} has ${row.length} entries, expected ${n}` }
    for (let j = 0; j < n; j++) {
      const v = row[j]!
      if (!Number.isFinite(v)) return { ok: false, reason: `${name}: entry (${label(i)}, ${label(j)}) is not a number` }
      if (i === j && Math.abs(v - 1) > SYMMETRY_TOLERANCE) return { ok: false, reason: `${name}: diagonal entry ${label(i)} must be 1, is ${v}` }
      if (v < -1 || v > 1) return { ok: false, reason: `${name}: entry (${label(i)}, ${label(j)}) = ${v} lies outside −1…1` }
      if (Math.abs(v - matrix[j]![i]!) > SYMMETRY_TOLERANCE)
        return { ok: false, reason: `${name}: not symmetric — (${label(i)}, ${label(j)}) = ${v} but (${label(j)}, ${label(i)}) = ${matrix[j]![i]}` }
    }
  }
  const L: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0))
  for (let j = 0; j < n; j++) {
    let d = matrix[j]![j]!
    for (let k = 0; k < j; k++) d -= L[j]![k]! * L[j]![k]!
    if (d < -PSD_TOLERANCE)
      return { ok: false, reason: `${name} is not positive semi-definite (no set of prices can have these correlations; check the entries involving ${label(j)})` }
    const pivot = d > 0 ? Math.sqrt(d) : 0
    L[j]![j] = pivot
    for (let i = j + 1; i < n; i++) {
      let s = matrix[i]![j]!
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!
      if (pivot === 0) {
        // Semi-definite: column j is a combination of earlier ones; the residual must vanish too.
        if (Math.abs(s) > 1e-8) return { ok: false, reason: `${name} is not positive semi-definite (check the entries involving ${label(j)} and ${label(i)})` }
        L[i]![j] = 0
      } else L[i]![j] = s / pivot
    }
  }
  return { ok: true, lower: L }
}

/** ε = L·z (lower-triangular product), written into `out`. */
export function correlate(lower: readonly (readonly number[])[], z: readonly number[], out: number[]): void {
  for (let i = 0; i < lower.length; i++) {
    const row = lower[i]!
    let s = 0
    for (let k = 0; k <= i; k++) s += row[k]! * z[k]!
    out[i] = s
  }
}
