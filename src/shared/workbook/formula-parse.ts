/**
 * A parser for the small Excel formula subset the model writes (arithmetic, comparisons, &,
 * references, ranges, defined names and a few functions). It lets us evaluate our own workbook
 * for the values-only variant and check it against the engine without a spreadsheet program.
 * Precedence follows Excel: comparison < & < + - < * / < ^ < unary minus.
 */
import { colIndex } from './a1'

export type RefNode = { k: 'ref'; sheet: string | null; row: number; col: number }
export type Node =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | RefNode
  | { k: 'range'; sheet: string | null; r1: number; c1: number; r2: number; c2: number }
  | { k: 'name'; name: string }
  | { k: 'neg'; e: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; fn: string; args: Node[] }

type Tok = { t: 'num' | 'str' | 'ref' | 'id' | 'op' | '(' | ')' | ',' | ':' | 'sheet'; v: string }

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/
// Sticky patterns: match at a position without copying the rest of the formula for every token.
const NUM = /(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/y
const ID = /[$A-Za-z_][$A-Za-z0-9_.]*/y

function tokenize(src: string): Tok[] {
  const out: Tok[] = []
  let i = 0
  while (i < src.length) {
    const ch = src[i]!
    if (ch === ' ') { i++; continue }
    if (ch === '"') {
      let j = i + 1
      let s = ''
      for (;;) {
        if (j >= src.length) throw new SyntaxError(`unterminated string in ${src}`)
        if (src[j] === '"') { if (src[j + 1] === '"') { s += '"'; j += 2; continue } break }
        s += src[j]; j++
      }
      out.push({ t: 'str', v: s }); i = j + 1; continue
    }
    if (ch === "'") {
      let j = i + 1
      let s = ''
      for (;;) {
        if (j >= src.length) throw new SyntaxError(`unterminated sheet name in ${src}`)
        if (src[j] === "'") { if (src[j + 1] === "'") { s += "'"; j += 2; continue } break }
        s += src[j]; j++
      }
      if (src[j + 1] !== '!') throw new SyntaxError(`expected ! after sheet name in ${src}`)
      out.push({ t: 'sheet', v: s }); i = j + 2; continue
    }
    NUM.lastIndex = i
    const num = NUM.exec(src)
    if (num) { out.push({ t: 'num', v: num[1]! }); i += num[1]!.length; continue }
    ID.lastIndex = i
    const id = ID.exec(src)
    if (id) {
      const word = id[0]
      if (src[i + word.length] === '!') { out.push({ t: 'sheet', v: word }); i += word.length + 1; continue }
      out.push({ t: CELL.test(word) ? 'ref' : 'id', v: word }); i += word.length; continue
    }
    const two = src.slice(i, i + 2)
    if (two === '<=' || two === '>=' || two === '<>') { out.push({ t: 'op', v: two }); i += 2; continue }
    if ('+-*/^&=<>'.includes(ch)) { out.push({ t: 'op', v: ch }); i++; continue }
    if (ch === '(' || ch === ')' || ch === ',' || ch === ':') { out.push({ t: ch, v: ch }); i++; continue }
    throw new SyntaxError(`unexpected "${ch}" in ${src}`)
  }
  return out
}

const LEVELS: string[][] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']]

export function parseFormula(src: string): Node {
  const toks = tokenize(src)
  let p = 0
  const peek = () => toks[p]
  const expect = (t: Tok['t']) => {
    const tok = toks[p++]
    if (!tok || tok.t !== t) throw new SyntaxError(`expected ${t} in ${src}`)
    return tok
  }
  const cell = (v: string) => {
    const m = CELL.exec(v)!
    return { col: colIndex(m[1]!), row: Number(m[2]) }
  }
  function level(n: number): Node {
    if (n === LEVELS.length) return unary()
    let a = level(n + 1)
    for (;;) {
      const t = peek()
      if (!t || t.t !== 'op' || !LEVELS[n]!.includes(t.v)) return a
      p++
      // ^ is left-associative in Excel too
      a = { k: 'bin', op: t.v, a, b: level(n + 1) }
    }
  }
  function unary(): Node {
    const t = peek()
    if (t && t.t === 'op' && (t.v === '-' || t.v === '+')) { p++; const e = unary(); return t.v === '-' ? { k: 'neg', e } : e }
    return primary()
  }
  function primary(): Node {
    const t = toks[p++]
    if (!t) throw new SyntaxError(`unexpected end of ${src}`)
    if (t.t === 'num') return { k: 'num', v: Number(t.v) }
    if (t.t === 'str') return { k: 'str', v: t.v }
    if (t.t === '(') { const e = level(0); expect(')'); return e }
    let sheet: string | null = null
    let tok = t
    if (t.t === 'sheet') { sheet = t.v; tok = toks[p++]! }
    if (tok && tok.t === 'ref') {
      const a = cell(tok.v)
      if (peek()?.t === ':') {
        p++
        const b = cell(expect('ref').v)
        return { k: 'range', sheet, r1: Math.min(a.row, b.row), c1: Math.min(a.col, b.col), r2: Math.max(a.row, b.row), c2: Math.max(a.col, b.col) }
      }
      return { k: 'ref', sheet, row: a.row, col: a.col }
    }
    if (tok && tok.t === 'id' && sheet === null) {
      const up = tok.v.toUpperCase()
      if (peek()?.t === '(') {
        p++
        const args: Node[] = []
        if (peek()?.t !== ')') {
          for (;;) { args.push(level(0)); if (peek()?.t === ',') { p++; continue } break }
        }
        expect(')')
        return { k: 'call', fn: up, args }
      }
      if (up === 'TRUE' || up === 'FALSE') return { k: 'bool', v: up === 'TRUE' }
      return { k: 'name', name: tok.v }
    }
    throw new SyntaxError(`unexpected token "${tok?.v}" in ${src}`)
  }
  const node = level(0)
  if (p !== toks.length) throw new SyntaxError(`trailing input in ${src}`)
  return node
}
