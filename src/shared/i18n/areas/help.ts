import type { Translation } from '../merge'

/** The Help page's frame (#20): its title, contents and the way back to the first-run guide. */
export const helpEn = {
  'help.title': 'Methodology',
  'help.tagline': 'How Bankable computes every number — the page the Excel model’s cover refers to',
  'help.reopenGuide': 'Show the first-run guide',
  'help.contentsLabel': 'Methodology contents',
  'help.contents': 'Contents',
  'help.article': 'Methodology',
  'help.englishOnly': 'The methodology below is written in English only for now; its formulas and figures are those the model computes in every language.'
} as const

export const helpJa = {
  'help.title': '計算方法',
  'help.tagline': 'Bankableがすべての数値をどう計算するか — Excelモデルの表紙が参照するページです',
  'help.reopenGuide': '初回ガイドを表示',
  'help.contentsLabel': '計算方法の目次',
  'help.contents': '目次',
  'help.article': '計算方法',
  'help.englishOnly': '以下の計算方法の説明は現時点では英語のみです。数式と数値は、どの言語で表示してもモデルが計算するものと同じです。'
} satisfies Translation<typeof helpEn>
