/**
 * The in-app Methodology page (issue 17): docs/methodology.md parsed by the small Markdown reader and
 * rendered as text — HTML in the document stays text, links are not followed.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown, slug } from '@renderer/features/help/markdown'
import { MarkdownView } from '@renderer/features/help/MarkdownView'
import methodology from '@docs/methodology.md?raw'

describe('parseInline', () => {
  it('code, bold, italics and links', () => {
    expect(parseInline('a `x*y*z` **b** *c* [d](rules.md) e')).toEqual([
      { t: 'text', v: 'a ' }, { t: 'code', v: 'x*y*z' }, { t: 'text', v: ' ' }, { t: 'strong', c: [{ t: 'text', v: 'b' }] }, { t: 'text', v: ' ' },
      { t: 'em', c: [{ t: 'text', v: 'c' }] }, { t: 'text', v: ' ' }, { t: 'link', c: [{ t: 'text', v: 'd' }], href: 'rules.md' }, { t: 'text', v: ' e' }
    ])
  })
  it('an asterisk inside a formula or before a space is text', () => {
    expect(parseInline('q = Q * r and a*b*c')).toEqual([{ t: 'text', v: 'q = Q * r and a*b*c' }])
  })
  it('an unclosed marker is text', () => expect(parseInline('`open and **bold')).toEqual([{ t: 'text', v: '`open and **bold' }]))
})

describe('parseMarkdown', () => {
  it('headings with unique anchors, paragraphs joined, lists with continuation lines, tables with alignment, code, quotes', () => {
    const md = ['# Title', '', 'one', 'two', '', '- a', '  more a', '- b', '', '1. x', '2. y', '', '| L | R |', '| --- | ---: |', '| 1 | 2 |', '', '```', '<b>raw</b>', '```', '', '> note', '', '## Title'].join('\n')
    expect(parseMarkdown(md)).toEqual([
      { t: 'h', level: 1, id: 'title', c: [{ t: 'text', v: 'Title' }] },
      { t: 'p', c: [{ t: 'text', v: 'one two' }] },
      { t: 'list', ordered: false, items: [[{ t: 'text', v: 'a more a' }], [{ t: 'text', v: 'b' }]] },
      { t: 'list', ordered: true, items: [[{ t: 'text', v: 'x' }], [{ t: 'text', v: 'y' }]] },
      { t: 'table', head: [[{ t: 'text', v: 'L' }], [{ t: 'text', v: 'R' }]], align: ['left', 'right'], rows: [[[{ t: 'text', v: '1' }], [{ t: 'text', v: '2' }]]] },
      { t: 'code', v: '<b>raw</b>' },
      { t: 'quote', c: [{ t: 'text', v: 'note' }] },
      { t: 'h', level: 2, id: 'title-1', c: [{ t: 'text', v: 'Title' }] }
    ])
  })
  it('slugs: "7. Financing" → 7-financing', () => expect(slug('7. Financing')).toBe('7-financing'))

  it('the shipped methodology: its 13 numbered sections, the worked example table, nothing lost to the parser', () => {
    const blocks = parseMarkdown(methodology)
    const h2 = blocks.filter((b) => b.t === 'h' && b.level === 2).map((b) => (b.t === 'h' ? b.id : ''))
    expect(h2.slice(0, 13)).toEqual(['1-timeline', '2-feedstock-and-recovered-metal', '3-prices-and-currencies', '4-offtake-revenue-and-coverage', '5-costs-and-working-capital', '6-capex-depreciation-and-tax', '7-financing', '8-metrics', '9-numbers-and-speed', '10-what-a-scenario-can-change', '11-results-the-engine-returns', '12-worked-example-follow-it-by-hand', '13-the-excel-model-as-a-lender-reads-it'])
    const worked = blocks.find((b) => b.t === 'table' && JSON.stringify(b.head).includes('2026'))
    expect(worked && worked.t === 'table' && worked.rows.length).toBe(21)
    // Every word of the source survives (a crude check: the PMT figure of §12 and the last section's words).
    const html = renderToStaticMarkup(<MarkdownView blocks={blocks} />)
    expect(html).toContain('241,268.88')
    expect(html).toContain('Display unit.')
  })
})

describe('MarkdownView renders text, never markup from the document', () => {
  it('script and event-handler HTML in any place stays text', () => {
    const md = ['# <img src=x onerror=alert(1)>', '', 'para <script>alert(1)</script>', '', '- **<b>x</b>**', '', '| <i>h</i> |', '| --- |', '| [l](javascript:alert(1)) |'].join('\n')
    const html = renderToStaticMarkup(<MarkdownView blocks={parseMarkdown(md)} />)
    expect(html).not.toMatch(/<script|<img|<b>|<i>|href=/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // A link is a span with its target in the tooltip (here cut at the first parenthesis): never an href.
    expect(html).toContain('<span class="md-link" title="javascript:alert(1">l</span>')
  })
})
