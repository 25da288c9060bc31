/**
 * Evaluates a WorkbookDesc the way Excel/LibreOffice would, for the formula subset we write.
 * Used for the values-only variant, for the "nothing undefined" export guard, and to compare the
 * live model against the engine in fast tests (LibreOffice confirms it in tests/xlsx).
 * Binary floating point on purpose: this is what the spreadsheet computes.
 */
import { serialToDate, dateToSerial } from './a1'
import { parseFormula, type Node } from './formula-parse'
import type { Cell, WorkbookDesc } from './types'

export type XlError = { error: '#DIV/0!' | '#NUM!' | '#VALUE!' | '#N/A' | '#REF!' | '#NAME?' }
export type Scalar = number | string | boolean | null | XlError
type Val = Scalar | Scalar[][]

export const isError = (v: unknown): v is XlError => typeof v === 'object' && v !== null && 'error' in v && !Array.isArray(v)
const err = (e: XlError['error']): XlError => ({ error: e })

function num(v: Scalar): number | XlError {
  if (v === null) return 0
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  if (isError(v)) return v
  if (v === '') return 0
  const n = Number(v)
  return Number.isFinite(n) ? n : err('#VALUE!')
}
const finite = (n: number): number | XlError => (Number.isFinite(n) ? n : err('#NUM!'))

function flat(args: Val[]): { nums: number[]; error: XlError | null } {
  const nums: number[] = []
  for (const a of args) {
    if (Array.isArray(a)) {
      for (const row of a) for (const x of row) {
        if (isError(x)) return { nums, error: x }
        if (typeof x === 'number') nums.push(x)
      }
    } else {
      const n = num(a)
      if (isError(n)) return { nums, error: n }
      nums.push(n)
    }
  }
  return { nums, error: null }
}

const vector = (v: Val): Scalar[] => (Array.isArray(v) ? v.flat() : [v])

/**
 * Excel's IRR: Newton from the guess, bisection as a fallback; #NUM! when no root is found. A zero flow
 * adds nothing at any rate: it is skipped rather than divided, because near r = −1 (1 + r)^i underflows
 * to 0 for i ≳ 80 and 0 / 0 is NaN, which made the bisection close on −0.9999 for a series ending in
 * 80 or more zeros (issue 21).
 */
export function excelIrr(flows: number[], guess = 0.1): number | XlError {
  if (!flows.some((x) => x > 0) || !flows.some((x) => x < 0)) return err('#NUM!')
  const npv = (r: number) => flows.reduce((a, f, i) => (f === 0 ? a : a + f / Math.pow(1 + r, i)), 0)
  const dnpv = (r: number) => flows.reduce((a, f, i) => (f === 0 ? a : a - (i * f) / Math.pow(1 + r, i + 1)), 0)
  let r = guess
  for (let i = 0; i < 100; i++) {
    const f = npv(r)
    const d = dnpv(r)
    if (!Number.isFinite(f) || !Number.isFinite(d) || d === 0) break
    const next = r - f / d
    if (!(next > -1)) break
    if (Math.abs(next - r) <= 1e-15 * Math.max(1, Math.abs(r))) return next
    r = next
  }
  let lo = -0.9999
  let hi = 10
  if (Math.sign(npv(lo)) === Math.sign(npv(hi))) return err('#NUM!')
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2
    if (Math.sign(npv(mid)) === Math.sign(npv(lo))) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

function edate(serial: number, months: number): number {
  const [y, m, d] = serialToDate(serial).split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + Math.trunc(months)
  const ny = Math.floor(total / 12)
  const nm = total - ny * 12 + 1
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate()
  return dateToSerial(`${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`)
}

type Loc = { sheet: number; row: number; col: number }

export class WorkbookEvaluator {
  private readonly sheetIndex = new Map<string, number>()
  private readonly names = new Map<string, Node>()
  private readonly memo = new Map<number, Scalar>()
  private readonly busy = new Set<number>()
  private readonly parsed = new Map<string, Node>()
  private readonly deps = new Map<string, Loc[]>()
  private settling = false

  constructor(private readonly wb: WorkbookDesc) {
    wb.sheets.forEach((s, i) => this.sheetIndex.set(s.name.toUpperCase(), i))
    for (const n of wb.names) this.names.set(n.name.toUpperCase(), parseFormula(`'${n.sheet.replace(/'/g, "''")}'!${n.ref.replace(/\$/g, '')}`))
  }

  private key(l: Loc) { return (l.sheet * 2_000_000 + l.row) * 20_000 + l.col }

  private sheetOf(name: string | null, here: number): number {
    if (name === null) return here
    const i = this.sheetIndex.get(name.toUpperCase())
    if (i === undefined) throw new Error(`unknown sheet ${name}`)
    return i
  }

  cell(sheetName: string, row: number, col: number): Scalar {
    return this.at({ sheet: this.sheetOf(sheetName, 0), row, col })
  }

  /** The value of a defined name that points at one cell. */
  named(name: string): Scalar {
    const node = this.names.get(name.toUpperCase())
    if (!node || node.k !== 'ref') throw new Error(`unknown single-cell name ${name}`)
    return this.at({ sheet: this.sheetOf(node.sheet, 0), row: node.row, col: node.col })
  }

  private labelOf(l: Loc): string {
    const c = this.wb.sheets[l.sheet]!.rows[l.row - 1]?.[0]
    return c && c.t === 's' ? c.v : ''
  }

  at(l: Loc): Scalar {
    const hit = this.memo.get(this.key(l))
    if (hit !== undefined) return hit
    return this.settling ? this.compute(l) : this.settle(l)
  }

  /**
   * Evaluates a cell's precedents before the cell with an explicit stack, so a long chain (a 30-year
   * monthly timeline, a backward recursion, blocks of iterations that read each other) never
   * recurses deeper than one formula. The model's dependency graph is acyclic (as Excel requires,
   * both IF branches count), so every precedent is settled when the cell itself is computed.
   */
  private settle(start: Loc): Scalar {
    this.settling = true
    try {
      const stack: Loc[] = [start]
      const expanded = new Set<number>()
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!
        const k = this.key(top)
        if (this.memo.has(k)) { stack.pop(); continue }
        const c = this.wb.sheets[top.sheet]!.rows[top.row - 1]?.[top.col - 1]
        if (c && c.t === 'f' && !expanded.has(k)) {
          expanded.add(k)
          for (const d of this.precedents(c.f, top.sheet)) {
            const dk = this.key(d)
            if (!this.memo.has(dk) && !expanded.has(dk)) stack.push(d)
          }
          continue
        }
        stack.pop()
        this.compute(top)
      }
    } finally {
      this.settling = false
    }
    return this.memo.get(this.key(start)) ?? null
  }

  /** Every cell a formula refers to, through names and ranges (cached per formula and sheet). */
  private precedents(formula: string, here: number): Loc[] {
    const cacheKey = `${here}|${formula}`
    const hit = this.deps.get(cacheKey)
    if (hit) return hit
    const out: Loc[] = []
    const walk = (n: Node, at: number): void => {
      switch (n.k) {
        case 'ref': out.push({ sheet: this.sheetOf(n.sheet, at), row: n.row, col: n.col }); return
        case 'range': {
          const s = this.sheetOf(n.sheet, at)
          for (let r = n.r1; r <= n.r2; r++) for (let c = n.c1; c <= n.c2; c++) out.push({ sheet: s, row: r, col: c })
          return
        }
        case 'name': { const t = this.names.get(n.name.toUpperCase()); if (t) walk(t, at); return }
        case 'neg': walk(n.e, at); return
        case 'bin': walk(n.a, at); walk(n.b, at); return
        case 'call': for (const a of n.args) walk(a, at); return
        default: return
      }
    }
    walk(this.parse(formula), here)
    this.deps.set(cacheKey, out)
    return out
  }

  private parse(formula: string): Node {
    let node = this.parsed.get(formula)
    if (!node) { node = parseFormula(formula); this.parsed.set(formula, node) }
    return node
  }

  private compute(l: Loc): Scalar {
    const k = this.key(l)
    const hit = this.memo.get(k)
    if (hit !== undefined) return hit
    const c: Cell | undefined = this.wb.sheets[l.sheet]!.rows[l.row - 1]?.[l.col - 1]
    let v: Scalar = null
    if (c) {
      if (c.t === 'n') v = c.v
      else if (c.t === 's') v = c.v
      else if (c.t === 'b') v = c.v
      else if (c.t === 'blank') v = null
      else {
        if (this.busy.has(k)) throw new Error(`circular reference at ${this.wb.sheets[l.sheet]!.name}!R${l.row}C${l.col} (${this.labelOf(l)})`)
        this.busy.add(k)
        const r = this.ev(this.parse(c.f), l.sheet)
        this.busy.delete(k)
        v = Array.isArray(r) ? (r[0]?.[0] ?? null) : r
        if (typeof v === 'number' && !Number.isFinite(v)) v = err('#NUM!')
      }
    }
    this.memo.set(k, v)
    return v
  }

  private ev(n: Node, here: number): Val {
    switch (n.k) {
      case 'num': return n.v
      case 'str': return n.v
      case 'bool': return n.v
      case 'ref': return this.at({ sheet: this.sheetOf(n.sheet, here), row: n.row, col: n.col })
      case 'range': {
        const s = this.sheetOf(n.sheet, here)
        const out: Scalar[][] = []
        for (let r = n.r1; r <= n.r2; r++) {
          const row: Scalar[] = []
          for (let c = n.c1; c <= n.c2; c++) row.push(this.at({ sheet: s, row: r, col: c }))
          out.push(row)
        }
        return out
      }
      case 'name': {
        const target = this.names.get(n.name.toUpperCase())
        if (!target) return err('#NAME?')
        return this.ev(target, here)
      }
      case 'neg': { const x = num(this.scalar(n.e, here)); return isError(x) ? x : -x }
      case 'bin': return this.binary(n.op, this.scalar(n.a, here), this.scalar(n.b, here))
      case 'call': return this.call(n.fn, n.args, here)
    }
  }

  private scalar(n: Node, here: number): Scalar {
    const v = this.ev(n, here)
    return Array.isArray(v) ? (v[0]?.[0] ?? null) : v
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (isError(a)) return a
    if (isError(b)) return b
    if (op === '&') return `${a ?? ''}${b ?? ''}`
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const cmp = (() => {
        if (typeof a === 'string' || typeof b === 'string') {
          const x = String(a ?? '').toUpperCase()
          const y = String(b ?? '').toUpperCase()
          return x < y ? -1 : x > y ? 1 : 0
        }
        const x = num(a) as number
        const y = num(b) as number
        return x < y ? -1 : x > y ? 1 : 0
      })()
      return op === '=' ? cmp === 0 : op === '<>' ? cmp !== 0 : op === '<' ? cmp < 0 : op === '>' ? cmp > 0 : op === '<=' ? cmp <= 0 : cmp >= 0
    }
    const x = num(a)
    const y = num(b)
    if (isError(x)) return x
    if (isError(y)) return y
    switch (op) {
      case '+': return x + y
      case '-': return x - y
      case '*': return x * y
      case '/': return y === 0 ? err('#DIV/0!') : x / y
      case '^': return finite(Math.pow(x, y))
    }
    throw new Error(`operator ${op}`)
  }

  private call(fn: string, args: Node[], here: number): Val {
    if (fn === 'IF') {
      const c = num(this.scalar(args[0]!, here))
      if (isError(c)) return c
      return c !== 0 ? this.ev(args[1]!, here) : args.length > 2 ? this.ev(args[2]!, here) : false
    }
    if (fn === 'CHOOSE') {
      // Only the chosen argument is evaluated, as in Excel, LibreOffice and Gnumeric.
      const i = num(this.scalar(args[0]!, here))
      if (isError(i)) return i
      const k = Math.floor(i)
      return k >= 1 && k < args.length ? this.ev(args[k]!, here) : err('#VALUE!')
    }
    if (fn === 'IFERROR') {
      const v = this.scalar(args[0]!, here)
      return isError(v) ? this.ev(args[1]!, here) : v
    }
    const vals = args.map((a) => this.ev(a, here))
    const nums = () => flat(vals)
    const s = (i: number): Scalar => { const v = vals[i]; return Array.isArray(v) ? (v[0]?.[0] ?? null) : (v ?? null) }
    const n = (i: number) => num(s(i))
    switch (fn) {
      case 'AND': case 'OR': {
        const f = nums(); if (f.error) return f.error
        return fn === 'AND' ? f.nums.every((x) => x !== 0) : f.nums.some((x) => x !== 0)
      }
      case 'NOT': { const x = n(0); return isError(x) ? x : x === 0 }
      case 'SUM': { const f = nums(); return f.error ?? f.nums.reduce((a, b) => a + b, 0) }
      case 'MIN': { const f = nums(); return f.error ?? (f.nums.length ? Math.min(...f.nums) : 0) }
      case 'MAX': { const f = nums(); return f.error ?? (f.nums.length ? Math.max(...f.nums) : 0) }
      case 'COUNT': { const f = nums(); return f.nums.length }
      case 'AVERAGE': { const f = nums(); return f.error ?? (f.nums.length ? f.nums.reduce((a, b) => a + b, 0) / f.nums.length : err('#DIV/0!')) }
      case 'ABS': { const x = n(0); return isError(x) ? x : Math.abs(x) }
      case 'INT': { const x = n(0); return isError(x) ? x : Math.floor(x) }
      case 'ISNUMBER': return typeof s(0) === 'number'
      case 'NA': return err('#N/A')
      case 'SUMPRODUCT': {
        const vs = vals.map(vector)
        let t = 0
        for (let i = 0; i < vs[0]!.length; i++) {
          let p = 1
          for (const v of vs) { const x = v[i] ?? null; if (isError(x)) return x; p *= typeof x === 'number' ? x : 0 }
          t += p
        }
        return t
      }
      case 'COLUMNS': {
        const a = vals[0]
        return Array.isArray(a) ? (a[0]?.length ?? 0) : 1
      }
      case 'ROWS': {
        const a = vals[0]
        return Array.isArray(a) ? a.length : 1
      }
      case 'INDEX': {
        const a = vals[0]
        if (!Array.isArray(a)) return err('#VALUE!')
        const i = n(1)
        if (isError(i)) return i
        let r = 0, c = 0
        if (args.length > 2) { const j = n(2); if (isError(j)) return j; r = i - 1; c = j - 1 }
        else if (a.length === 1) c = i - 1
        else r = i - 1
        const v = a[Math.floor(r)]?.[Math.floor(c)]
        return v === undefined || r < 0 || c < 0 ? err('#REF!') : v
      }
      case 'MATCH': {
        const mode = args.length > 2 ? n(2) : 1
        if (isError(mode)) return mode
        if (mode === 0) {
          // Exact match, the first hit; text compares case-insensitively as in every spreadsheet.
          const want = s(0)
          if (isError(want)) return want
          if (want === null || want === '') return err('#N/A')
          const same = (v: Scalar) => (typeof want === 'string' ? typeof v === 'string' && v.toUpperCase() === want.toUpperCase() : typeof v === typeof want && v === want)
          const i = vector(vals[1]!).findIndex(same)
          return i < 0 ? err('#N/A') : i + 1
        }
        if (mode !== 1) throw new Error('MATCH: only match types 1 and 0 are supported by the evaluator')
        const x = n(0)
        if (isError(x)) return x
        let best = -1
        vector(vals[1]!).forEach((v, i) => { if (typeof v === 'number' && v <= x) best = i })
        return best < 0 ? err('#N/A') : best + 1
      }
      case 'SUMIF': {
        // SUMIF(range, value, sum_range) with a plain value as the criterion: the cells equal to it.
        const x = s(1)
        if (isError(x)) return x
        const keys = vector(vals[0]!)
        const sums = vector(vals[2] ?? vals[0]!)
        let t = 0
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i] ?? null
          const hit = typeof x === 'string' ? typeof k === 'string' && k.toUpperCase() === x.toUpperCase() : typeof k === 'number' && k === num(x)
          if (!hit) continue
          const v = sums[i] ?? null
          if (isError(v)) return v
          if (typeof v === 'number') t += v
        }
        return t
      }
      case 'IRR': {
        const f = nums(); if (f.error) return f.error
        const guess = args.length > 1 ? flat([vals[1]!]).nums[0] : undefined
        return excelIrr(flat([vals[0]!]).nums, guess)
      }
      case 'PMT': {
        const r = n(0), np = n(1), pv = n(2)
        if (isError(r)) return r
        if (isError(np)) return np
        if (isError(pv)) return pv
        if (np === 0) return err('#NUM!')
        if (r === 0) return -pv / np
        const g = Math.pow(1 + r, np)
        return finite((-pv * g * r) / (g - 1))
      }
      case 'YEAR': { const x = n(0); return isError(x) ? x : Number(serialToDate(x).slice(0, 4)) }
      case 'EDATE': { const x = n(0), m = n(1); if (isError(x)) return x; if (isError(m)) return m; return edate(x, m) }
    }
    throw new Error(`function ${fn} is not supported by the evaluator`)
  }
}
