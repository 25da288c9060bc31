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
  'shared.driver.byproducts': 'By-product prices'
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
  'shared.driver.byproducts': '副産物価格'
} satisfies Translation<typeof sharedEn>
