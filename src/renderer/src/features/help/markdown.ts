/**
 * A small Markdown reader for the in-app Methodology page: exactly the subset docs/methodology.md
 * uses (ATX headings, paragraphs, bullet and numbered lists with continuation lines, pipe tables,
 * fenced code, block quotes; inline code, bold, italics, links). It produces plain data that
 * MarkdownView renders as React elements, so text is always text: no HTML from the document is
 * ever interpreted (no innerHTML), and links are not followed (nothing remote is loaded).
 */
export type Inline = { t: 'text'; v: string } | { t: 'code'; v: string } | { t: 'strong'; c: Inline[] } | { t: 'em'; c: Inline[] } | { t: 'link'; c: Inline[]; href: string }
export type Block =
  | { t: 'h'; level: number; id: string; c: Inline[] }
  | { t: 'p'; c: Inline[] }
  | { t: 'list'; ordered: boolean; items: Inline[][] }
  | { t: 'table'; head: Inline[][]; align: ('left' | 'right' | 'center')[]; rows: Inline[][][] }
  | { t: 'code'; v: string }
  | { t: 'quote'; c: Inline[] }

/** A heading's anchor: lower case, letters and digits joined by dashes (`## 7. Financing` → `7-financing`). */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')

const plain = (c: Inline[]): string => c.map((x) => (x.t === 'text' || x.t === 'code' ? x.v : plain(x.c))).join('')

/** Inline spans: `code` first (its content is literal), then **strong**, *em* / _em_, [text](href). */
export function parseInline(src: string): Inline[] {
  const out: Inline[] = []
  let text = ''
  const flush = () => {
    if (text) out.push({ t: 'text', v: text })
    text = ''
  }
  let i = 0
  while (i < src.length) {
    const ch = src[i]!
    if (ch === '`') {
      const end = src.indexOf('`', i + 1)
      if (end > i) {
        flush()
        out.push({ t: 'code', v: src.slice(i + 1, end) })
        i = end + 1
        continue
      }
    }
    if (ch === '*' && src[i + 1] === '*') {
      const end = src.indexOf('**', i + 2)
      if (end > i + 2) {
        flush()
        out.push({ t: 'strong', c: parseInline(src.slice(i + 2, end)) })
        i = end + 2
        continue
      }
    }
    // Emphasis opens only before a non-space and not inside a word (so `a*b*c` formulas stay text).
    if ((ch === '*' || ch === '_') && src[i + 1] !== undefined && src[i + 1] !== ' ' && src[i + 1] !== ch && !/[\p{L}\p{N}]/u.test(src[i - 1] ?? ' ')) {
      const end = src.indexOf(ch, i + 1)
      if (end > i + 1 && src[end - 1] !== ' ' && !/[\p{L}\p{N}]/u.test(src[end + 1] ?? ' ')) {
        flush()
        out.push({ t: 'em', c: parseInline(src.slice(i + 1, end)) })
        i = end + 1
        continue
      }
    }
    if (ch === '[') {
      const m = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(src.slice(i))
      if (m) {
        flush()
        out.push({ t: 'link', c: parseInline(m[1]!), href: m[2]! })
        i += m[0].length
        continue
      }
    }
    text += ch
    i++
  }
  flush()
  return out
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim())
const isRule = (line: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)
const BULLET = /^(\s*)([-*]|\d+\.)\s+(.*)$/

export function parseMarkdown(src: string): Block[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n')
  const blocks: Block[] = []
  const used = new Map<string, number>()
  let i = 0
  const paragraphEnds = (l: string) => l.trim() === '' || /^#{1,6}\s/.test(l) || /^```/.test(l) || BULLET.test(l) || /^>/.test(l) || (/^\s*\|/.test(l) && isRule(lines[i + 1] ?? ''))
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '') {
      i++
      continue
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
    if (h) {
      const c = parseInline(h[2]!)
      const base = slug(plain(c)) || 'section'
      const n = used.get(base) ?? 0
      used.set(base, n + 1)
      blocks.push({ t: 'h', level: h[1]!.length, id: n === 0 ? base : `${base}-${n}`, c })
      i++
      continue
    }
    if (/^```/.test(line)) {
      const body: string[] = []
      i++
      while (i < lines.length && !/^```/.test(lines[i]!)) body.push(lines[i++]!)
      i++ // the closing fence (or the end)
      blocks.push({ t: 'code', v: body.join('\n') })
      continue
    }
    if (/^\s*\|/.test(line) && isRule(lines[i + 1] ?? '')) {
      const head = cells(line).map(parseInline)
      const align = cells(lines[i + 1]!).map((c) => (c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : 'left'))
      i += 2
      const rows: Inline[][][] = []
      while (i < lines.length && /^\s*\|/.test(lines[i]!)) rows.push(cells(lines[i++]!).map(parseInline))
      blocks.push({ t: 'table', head, align, rows })
      continue
    }
    if (/^>/.test(line)) {
      const body: string[] = []
      while (i < lines.length && /^>/.test(lines[i]!)) body.push(lines[i++]!.replace(/^>\s?/, ''))
      blocks.push({ t: 'quote', c: parseInline(body.join(' ')) })
      continue
    }
    const b = BULLET.exec(line)
    if (b) {
      const ordered = /\d/.test(b[2]!)
      const items: string[] = []
      while (i < lines.length) {
        const l = lines[i]!
        const m = BULLET.exec(l)
        if (m && /\d/.test(m[2]!) === ordered && m[1]!.length <= 1) items.push(m[3]!)
        else if (l.trim() !== '' && (/^\s+/.test(l) || !paragraphEnds(l)) && items.length > 0) items[items.length - 1] += ` ${l.trim()}` // a continuation (or a nested item, kept inline)
        else break
        i++
      }
      blocks.push({ t: 'list', ordered, items: items.map(parseInline) })
      continue
    }
    const para: string[] = []
    while (i < lines.length && (para.length === 0 || !paragraphEnds(lines[i]!))) para.push(lines[i++]!.trim())
    blocks.push({ t: 'p', c: parseInline(para.join(' ')) })
  }
  return blocks
}
