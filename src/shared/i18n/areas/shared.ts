import type { Translation } from '../merge'

/**
 * Words that shared code (src/shared) builds outside any one screen (#20): the engine's model notes
 * in the reader's language (the engine keeps its English for the CLI and tests; the display looks the
 * note up by its code), the FX exposure sentence, the analysis' exposure drivers and the unit word of
 * a count of periods. English reproduces the English the code always printed (tests hold them equal).
 */
export const sharedEn = {
  'shared.value.periods': '{value} periods',
  'shared.note.periodsMore': '{list} … ({count} periods)',
  'shared.note.negativeCfads':
    'CFADS is negative in operating {count, plural, one {period} other {periods}} {periods} (lowest {lowest} in period {worst}: ramp-up losses or a working-capital build); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support',
  'shared.note.cfadsBelowInterest':
    'CFADS below interest in {count, plural, one {period} other {periods}} {periods}: DSCR is below 1.00x; the DSRA, the facility or sponsor support pays the gap{sculpted, select, yes { (sculpted: no principal, the interest is still paid in cash)} other {}}',
  'shared.note.sculptingFloor': 'sculpted principal floored at zero in {count, plural, one {period} other {periods}} {periods}: CFADS / DSCR* is below the interest, so only interest is paid and DSCR is below DSCR*',
  'shared.fx.none': 'All debt service is in {currency}, the reporting currency: no FX exposure',
  'shared.fx.part':
    '{share}{first, select, yes { of debt service} other {}} is in {currency}, {kind, select, unhedged {unhedged} hedged {hedged into {reporting}} other {the reporting currency}}',
  'shared.fx.sentence': '{text}.',
  'shared.driver.metal': '{metal} price',
  'shared.driver.fx': 'FX: {currency} per USD',
  'shared.driver.byproducts': 'By-product prices',
  'shared.mc.assumption': 'assumption',
  'shared.mc.yours': 'your input',
  'shared.mc.defaultSource': 'assumption (the app’s default, not estimated from a price history)',
  'shared.mc.estimated': 'estimated from its own stored price series (annual averages {from}–{to}, {pairs} yearly pairs)',
  'shared.mc.pooled': 'assumption: no price series of the metal stored — the pooled κ, {citation}',
  'shared.mc.priceModel': 'Price model',
  'shared.mc.gbm': 'random walk of log price per year (GBM), mean-preserving around the deck; no pull back to it',
  'shared.mc.speed': 'κ = {k}/yr, half-life {halfLife} years',
  'shared.mc.ou': 'mean-reverting to the deck (OU), {speed}',
  'shared.mc.ouEach': 'mean-reverting to the deck (OU), each metal at its own speed κ (below)',
  'shared.mc.eachBelow': 'each metal’s, below',
  'shared.mc.meanReversion': '{name} mean reversion',
  'shared.mc.volatility': '{name} price volatility',
  'shared.mc.perYear': '{pct}/yr',
  'shared.mc.correlations': 'Price correlations',
  'shared.mc.independent': 'none: each product’s prices move independently',
  'shared.mc.noCorrelation': 'assumption: no sourced correlation between metals',
  'shared.mc.volume': 'Volume uncertainty',
  'shared.mc.recovery': 'Recovery uncertainty',
  'shared.mc.sd': '{pct} standard deviation, one draw per run',
  'shared.mc.volumesAsEntered': 'none: volumes as entered',
  'shared.mc.recoveriesAsEntered': 'none: recoveries as entered',
  'shared.mc.fx': 'FX',
  'shared.mc.fxFixed': 'fixed on the FX table’s path',
  'shared.mc.fxVolatility': '{currency} per USD volatility',
  'shared.mc.fxWalk': '{pct}/yr, a random walk from the year after construction',
  'shared.mc.fxSource': 'assumption: INR/USD’s realised volatility mostly 4–8 %/yr since 2010 (stress years above), JPY/USD near 10 % (methodology §8)',
  'shared.mc.fxPrice': 'FX–price correlation',
  'shared.mc.inrJpy': 'INR–JPY correlation'
} as const

export const sharedJa = {
  'shared.value.periods': '{value}期',
  'shared.note.periodsMore': '{list} …（計{count}期）',
  'shared.note.negativeCfads':
    '{count, plural, other {操業期間{periods}}}でCFADSがマイナス（最低は期間{worst}の{lowest}：立ち上がり期の損失または運転資本の積み増し）。ウォーターフォールで補填：ロックアップ資金、元利金返済はDSRA、次にファシリティ、最後にスポンサー・サポート',
  'shared.note.cfadsBelowInterest':
    '{count, plural, other {期間{periods}}}でCFADSが利息を下回る：DSCRは1.00x未満。不足分はDSRA、ファシリティまたはスポンサー・サポートが負担{sculpted, select, yes {（スカルプティング：元本返済なし、利息は現金で支払い）} other {}}',
  'shared.note.sculptingFloor': '{count, plural, other {期間{periods}}}でスカルプティングの元本返済なし：CFADS÷目標DSCRが利息を下回るため利息のみを支払い、DSCRは目標DSCRを下回る',
  'shared.fx.none': '元利金返済はすべて報告通貨の{currency}建て：為替エクスポージャーなし',
  'shared.fx.part':
    '{first, select, yes {元利金返済の} other {}}{share}が{kind, select, unhedged {{currency}建て（ヘッジなし）} hedged {{currency}建て（{reporting}にヘッジ済み）} other {報告通貨の{currency}建て}}',
  'shared.fx.sentence': '{text}。',
  'shared.driver.metal': '{metal}価格',
  'shared.driver.fx': '為替：1 USDあたり{currency}',
  'shared.driver.byproducts': '副産物価格',
  'shared.mc.assumption': '前提（仮定）',
  'shared.mc.yours': 'ユーザー入力',
  'shared.mc.defaultSource': '前提（アプリの既定値。価格履歴からの推計ではない）',
  'shared.mc.estimated': '保存済みの自らの価格系列から推計（{from}–{to}年の年平均、{pairs}組の年次ペア）',
  'shared.mc.pooled': '前提：当該金属の価格系列が未保存のため、プールしたκを使用（{citation}）',
  'shared.mc.priceModel': '価格モデル',
  'shared.mc.gbm': '対数価格の年次ランダムウォーク（GBM）。価格デッキの周りで平均を保存し、デッキへの回帰なし',
  'shared.mc.speed': 'κ = {k}/年、半減期{halfLife}年',
  'shared.mc.ou': '価格デッキへの平均回帰（OU）、{speed}',
  'shared.mc.ouEach': '価格デッキへの平均回帰（OU）、金属ごとの回帰速度κ（下記）',
  'shared.mc.eachBelow': '金属ごと（下記）',
  'shared.mc.meanReversion': '{name}の平均回帰',
  'shared.mc.volatility': '{name}の価格ボラティリティ',
  'shared.mc.perYear': '年{pct}',
  'shared.mc.correlations': '価格の相関',
  'shared.mc.independent': 'なし：各製品の価格は独立に変動',
  'shared.mc.noCorrelation': '前提：金属間の相関は出典なし',
  'shared.mc.volume': '数量の不確実性',
  'shared.mc.recovery': '回収率の不確実性',
  'shared.mc.sd': '標準偏差{pct}、試行ごとに1回抽出',
  'shared.mc.volumesAsEntered': 'なし：入力どおりの数量',
  'shared.mc.recoveriesAsEntered': 'なし：入力どおりの回収率',
  'shared.mc.fx': '為替',
  'shared.mc.fxFixed': '為替テーブルの推移で固定',
  'shared.mc.fxVolatility': '1 USDあたり{currency}のボラティリティ',
  'shared.mc.fxWalk': '年{pct}、建設完了の翌年からランダムウォーク',
  'shared.mc.fxSource': '前提：INR/USDの実現ボラティリティは2010年以降おおむね年4–8 %（ストレス年はそれ以上）、JPY/USDは約10 %（方法論§8）',
  'shared.mc.fxPrice': '為替と価格の相関',
  'shared.mc.inrJpy': 'INRとJPYの相関'
} satisfies Translation<typeof sharedEn>
