import type { Catalog } from './messages-en'

/**
 * The Japanese catalog (#20), typed as `Catalog`: a key missing from English's set, or one English
 * does not have, fails typecheck. Terms follow docs/glossary-ja.md (a test keeps them in step):
 * the words a Japanese project-finance banker uses in an approval paper; DSCR and LLCR stay acronyms.
 */
export const ja: Catalog = {
  'shell.skipToContent': '本文へ移動',
  'shell.offline': 'オフライン · この端末に保存',
  'nav.main': 'メイン',
  'nav.project': 'プロジェクト',
  'nav.chooseProject': 'プロジェクトを選択…',
  'nav.noProjects': 'プロジェクトはまだありません',
  'nav.sections': 'セクション',
  'nav.allProjects': 'すべてのプロジェクト',
  'nav.workspace': 'ワークスペース',
  'nav.help': 'ヘルプ',
  'nav.helpMethodology': 'ヘルプと計算方法',
  'theme.group': 'カラーテーマ',
  'theme.system': 'システムのテーマ',
  'theme.light': 'ライトテーマ',
  'theme.dark': 'ダークテーマ',
  'language.group': '言語',
  'language.system': 'システム（{name}）',
  'language.title': 'この端末でのアプリの言語（シート、メモ、Excelモデルはエクスポート時に選択）',
  'units.group': '金額の表示単位',
  'units.title': '金額の表示方法（この端末、この通貨のすべてのプロジェクト）',
  'units.full': '全桁（{mark}）',
  'units.scaled': '{mark} {unit}',
  'units.word.lakh': 'ラク',
  'units.word.crore': 'クロール',
  'units.word.million': '百万',
  'units.word.oku': '億',
  'units.word.man': '万',
  'section.feedstock': '原料',
  'section.recovery': '回収',
  'section.prices': '価格',
  'section.offtake': '引取契約',
  'section.costs': 'コスト',
  'section.financing': 'ファイナンス',
  'section.results': '結果',
  'section.scenarios': 'シナリオ',
  'section.sheet': 'プロジェクト概要書',
  'count.streams': '{count, plural, other {#件の原料}}',
  'count.projects': '{count, plural, other {#件のプロジェクト}}'
}
