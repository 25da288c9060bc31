/**
 * Seeded pseudo-random numbers so a Monte Carlo run repeats exactly: xoshiro128** (Blackman & Vigna)
 * for uniform 32-bit words, seeded through splitmix32, and Box–Muller for standard normals.
 */
export type Rng = { uniform(): number; normal(): number }

function splitmix32(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * xoshiro128** from an integer seed (any safe integer; the high bits are folded in). `stream` picks an
 * independent sequence for the same seed (0, the default, is the original one): the FX paths of a Monte
 * Carlo run draw from stream 1, so switching FX on leaves the price, volume and recovery draws as they were.
 */
export function createRng(seed: number, stream = 0): Rng {
  const hi = Math.floor(seed / 0x100000000)
  const mix = splitmix32(((seed >>> 0) ^ Math.imul(hi >>> 0, 0x27d4eb2d) ^ Math.imul(stream, 0x632be5ab)) >>> 0)
  let a = mix()
  let b = mix()
  let c = mix()
  let d = mix()
  if ((a | b | c | d) === 0) a = 1 // the all-zero state is a fixed point
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0
    const t = b << 9
    c ^= a
    d ^= b
    b ^= c
    a ^= d
    c ^= t
    d = rotl(d, 11)
    return result
  }
  /** Uniform on (0, 1): 53 random bits, never exactly 0 (Box–Muller takes a log). */
  const uniform = (): number => {
    const x = ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992
    return x === 0 ? 1 / 9007199254740992 : x
  }
  let spare: number | null = null
  const normal = (): number => {
    if (spare !== null) {
      const s = spare
      spare = null
      return s
    }
    const r = Math.sqrt(-2 * Math.log(uniform()))
    const theta = 2 * Math.PI * uniform()
    spare = r * Math.sin(theta)
    return r * Math.cos(theta)
  }
  return { uniform, normal }
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0
