import { describe, expect, it } from 'vitest'
import { bisectionSteps, curveScales, searchLargestMeeting, type SearchPoint, type SearchSpec } from '@shared/analysis/breach-sizing/search'

/** A probe that meets where `meets(scale)` says, recording every scale asked. */
function recorder(meets: (s: number) => boolean) {
  const asked: number[] = []
  const probe = (scale: number): SearchPoint => {
    asked.push(scale)
    return { scale, meets: meets(scale) }
  }
  return { asked, probe }
}

const spec: SearchSpec = { upper: 1.5, curvePoints: 21, tolerance: 0.001 }

describe('curve and bisection steps', () => {
  it('21 points from 0 to 1.5 in steps of 0.075, the last exactly the upper end', () => {
    const xs = curveScales(spec)
    expect(xs).toHaveLength(21)
    expect(xs[0]).toBe(0)
    expect(xs[1]).toBeCloseTo(0.075, 15)
    expect(xs[10]).toBeCloseTo(0.75, 15)
    expect(xs[20]).toBe(1.5)
    expect(curveScales({ upper: 0.7, curvePoints: 3, tolerance: 0.1 })).toEqual([0, 0.35, 0.7])
    // The last point is the upper end itself, not (upper × 3) / 3 = 0.6999999999999998.
    expect(curveScales({ upper: 0.7, curvePoints: 4, tolerance: 0.1 }).at(-1)).toBe(0.7)
  })
  it('steps to close one curve step: ⌈log2(0.075 / 0.001)⌉ = 7; none when the step is already within the tolerance', () => {
    expect(bisectionSteps(spec)).toBe(7)
    expect(bisectionSteps({ upper: 1, curvePoints: 2, tolerance: 0.25 })).toBe(2) // 1 → 0.5 → 0.25
    expect(bisectionSteps({ upper: 1, curvePoints: 11, tolerance: 0.1 })).toBe(0) // the step equals the tolerance
    expect(bisectionSteps({ upper: 1, curvePoints: 11, tolerance: 0.5 })).toBe(0)
  })
})

describe('searchLargestMeeting', () => {
  it('a threshold at 0.8123: chosen below it, the next amount above it, within the tolerance', () => {
    const { probe, asked } = recorder((s) => s <= 0.8123)
    const r = searchLargestMeeting(probe, spec)
    expect(r.chosen!.meets).toBe(true)
    expect(r.next!.meets).toBe(false)
    expect(r.chosen!.scale).toBeLessThanOrEqual(0.8123)
    expect(r.next!.scale).toBeGreaterThan(0.8123)
    expect(r.next!.scale - r.chosen!.scale).toBeLessThanOrEqual(0.001)
    expect(r.next!.scale - r.chosen!.scale).toBeGreaterThan(0.0005) // stops as soon as the bracket is within the tolerance
    expect(r.curve.map((p) => p.scale)).toEqual(curveScales(spec))
    expect(r.probes).toBe(21 + 7)
    expect(asked).toHaveLength(r.probes)
    // Bisection stays between the curve points 0.75 (meets) and 0.825 (fails).
    for (const s of asked.slice(21)) {
      expect(s).toBeGreaterThan(0.75)
      expect(s).toBeLessThan(0.825)
    }
    expect(asked[21]).toBeCloseTo(0.7875, 12)
    expect(r.nonMonotone).toEqual([])
  })
  it('a threshold exactly on a curve point meets there (≤) and the answer is that point', () => {
    const { probe } = recorder((s) => s <= 0.75)
    const r = searchLargestMeeting(probe, spec)
    expect(r.chosen!.scale).toBe(0.75)
    expect(r.next!.scale).toBeLessThanOrEqual(0.751)
  })
  it('the whole range meets: the top of the curve, nothing above it, no bisection', () => {
    const { probe } = recorder(() => true)
    const r = searchLargestMeeting(probe, spec)
    expect(r.chosen!.scale).toBe(1.5)
    expect(r.next).toBeNull()
    expect(r.probes).toBe(21)
    expect(r.nonMonotone).toEqual([])
  })
  it('stops when the bracket is exactly the tolerance wide: 1 → 0.5 → 0.25 in two bisection steps', () => {
    const { probe, asked } = recorder((s) => s <= 0.3)
    const r = searchLargestMeeting(probe, { upper: 1, curvePoints: 2, tolerance: 0.25 })
    expect(asked).toEqual([0, 1, 0.5, 0.25])
    expect(r.chosen!.scale).toBe(0.25)
    expect(r.next!.scale).toBe(0.5)
  })
  it('nothing meets, not even scale 0: no answer, the failing zero beside it', () => {
    const { probe } = recorder(() => false)
    const r = searchLargestMeeting(probe, spec)
    expect(r.chosen).toBeNull()
    expect(r.next!.scale).toBe(0)
    expect(r.probes).toBe(21)
  })
  it('not monotone: fails on (0.5, 0.7), meets again above — the answer stays below the first failure and the later points are reported', () => {
    const { probe } = recorder((s) => s <= 0.5 || s >= 0.7)
    const r = searchLargestMeeting(probe, spec)
    expect(r.chosen!.scale).toBeLessThanOrEqual(0.5)
    expect(r.chosen!.scale).toBeGreaterThan(0.499)
    expect(r.nonMonotone.map((p) => p.scale)).toEqual(curveScales(spec).filter((s) => s >= 0.7))
  })
  it('the first failure is the last curve point: the bracket is the last step', () => {
    const { probe } = recorder((s) => s < 1.45)
    const r = searchLargestMeeting(probe, spec)
    expect(r.chosen!.scale).toBeGreaterThan(1.449)
    expect(r.chosen!.scale).toBeLessThan(1.45)
    expect(r.nonMonotone).toEqual([])
  })
  it('refuses a curve of fewer than 2 points, a fractional count, a range or tolerance not above 0', () => {
    const { probe } = recorder(() => true)
    expect(() => searchLargestMeeting(probe, { ...spec, curvePoints: 1 })).toThrow(/curvePoints/)
    expect(() => searchLargestMeeting(probe, { ...spec, curvePoints: 2.5 })).toThrow(/curvePoints/)
    expect(() => searchLargestMeeting(probe, { ...spec, upper: 0 })).toThrow(/upper and tolerance/)
    expect(() => searchLargestMeeting(probe, { ...spec, tolerance: 0 })).toThrow(/upper and tolerance/)
    expect(searchLargestMeeting(probe, { ...spec, curvePoints: 2 }).curve.map((p) => p.scale)).toEqual([0, 1.5])
  })
})
