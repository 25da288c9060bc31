/**
 * The engine's model notes in Japanese (#20): rebuilt from the note's code and the figures in its
 * English text. The English catalog messages, given the figures read back, reproduce the engine's
 * English exactly — so the reading of a note cannot drift from what the engine writes.
 */
import { describe, expect, it } from 'vitest'
import { modelNoteText } from '@shared/format/model-note-text'
import { t } from '@shared/i18n'

const money = (n: string) => `USD ${n}`
// The engine's wording (src/shared/engine/run-model.ts), with its own period lists.
const NEGATIVE = 'CFADS is negative in operating period 3 (lowest -3308179.00 in period 3: ramp-up losses or a working-capital build); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support'
const NEGATIVE_MANY = 'CFADS is negative in operating periods 1, 2, 3, 4, 5, 6 … (9 periods) (lowest -12.50 in period 4: ramp-up losses or a working-capital build); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support'
const BELOW = 'CFADS below interest in periods 3, 4: DSCR is below 1.00x; the DSRA, the facility or sponsor support pays the gap'
const BELOW_SCULPTED = `${BELOW} (sculpted: no principal, the interest is still paid in cash)`
const FLOOR = 'sculpted principal floored at zero in period 7: CFADS / DSCR* is below the interest, so only interest is paid and DSCR is below DSCR*'

describe('model notes in Japanese', () => {
  it('English is the engine’s note unchanged', () => {
    for (const [code, m] of [['negative-cfads', NEGATIVE], ['cfads-below-interest', BELOW], ['sculpting-floor', FLOOR]] as const) expect(modelNoteText(code, m, 'en', money)).toBe(m)
  })

  it('negative CFADS: the periods, the worst period and its amount in the screen’s money', () => {
    expect(modelNoteText('negative-cfads', NEGATIVE, 'ja', money)).toBe(
      '操業期間3でCFADSがマイナス（最低は期間3のUSD -3308179.00：立ち上がり期の損失または運転資本の積み増し）。ウォーターフォールで補填：ロックアップ資金、元利金返済はDSRA、次にファシリティ、最後にスポンサー・サポート'
    )
  })

  it('a long list keeps its first six periods and counts the rest in Japanese', () => {
    expect(modelNoteText('negative-cfads', NEGATIVE_MANY, 'ja', money)).toContain('操業期間1, 2, 3, 4, 5, 6 …（計9期）でCFADSがマイナス（最低は期間4のUSD -12.50')
  })

  it('CFADS below interest, with and without the sculpted clause', () => {
    expect(modelNoteText('cfads-below-interest', BELOW, 'ja', money)).toBe('期間3, 4でCFADSが利息を下回る：DSCRは1.00x未満。不足分はDSRA、ファシリティまたはスポンサー・サポートが負担')
    expect(modelNoteText('cfads-below-interest', BELOW_SCULPTED, 'ja', money)).toMatch(/負担（スカルプティング：元本返済なし、利息は現金で支払い）$/)
  })

  it('the sculpting floor', () => {
    expect(modelNoteText('sculpting-floor', FLOOR, 'ja', money)).toBe('期間7でスカルプティングの元本返済なし：CFADS÷目標DSCRが利息を下回るため利息のみを支払い、DSCRは目標DSCRを下回る')
  })

  it('an unknown code or a reworded note stays as the engine wrote it (never a wrong reading)', () => {
    expect(modelNoteText('balloon', 'a balloon of 12.00 at maturity', 'ja', money)).toBe('a balloon of 12.00 at maturity')
    expect(modelNoteText('negative-cfads', 'CFADS is negative somewhere', 'ja', money)).toBe('CFADS is negative somewhere')
  })

  it('the English catalog messages, given the figures, write the engine’s notes byte for byte', () => {
    expect(t('en', 'shared.note.negativeCfads', { count: 1, periods: '3', lowest: '-3308179.00', worst: '3' })).toBe(NEGATIVE)
    expect(t('en', 'shared.note.negativeCfads', { count: 9, periods: t('en', 'shared.note.periodsMore', { list: '1, 2, 3, 4, 5, 6', count: 9 }), lowest: '-12.50', worst: '4' })).toBe(NEGATIVE_MANY)
    expect(t('en', 'shared.note.cfadsBelowInterest', { count: 2, periods: '3, 4', sculpted: 'no' })).toBe(BELOW)
    expect(t('en', 'shared.note.cfadsBelowInterest', { count: 2, periods: '3, 4', sculpted: 'yes' })).toBe(BELOW_SCULPTED)
    expect(t('en', 'shared.note.sculptingFloor', { count: 1, periods: '7' })).toBe(FLOOR)
  })

  it('reads only a whole note: text before or after the engine’s wording leaves it unchanged', () => {
    for (const [code, m] of [['negative-cfads', NEGATIVE], ['cfads-below-interest', BELOW], ['sculpting-floor', FLOOR]] as const) {
      expect(modelNoteText(code, `Note: ${m}`, 'ja', money)).toBe(`Note: ${m}`)
      expect(modelNoteText(code, `${m}; see above`, 'ja', money)).toBe(`${m}; see above`)
    }
  })

  it('one period or several, a long list with a two-digit count', () => {
    expect(modelNoteText('cfads-below-interest', 'CFADS below interest in period 4: DSCR is below 1.00x; the DSRA, the facility or sponsor support pays the gap', 'ja', money)).toMatch(/^期間4でCFADSが利息を下回る/)
    expect(modelNoteText('sculpting-floor', FLOOR.replace('period 7', 'periods 7, 8'), 'ja', money)).toMatch(/^期間7, 8でスカルプティング/)
    expect(modelNoteText('negative-cfads', NEGATIVE_MANY.replace('(9 periods)', '(12 periods)'), 'ja', money)).toContain('操業期間1, 2, 3, 4, 5, 6 …（計12期）')
    expect(modelNoteText('negative-cfads', NEGATIVE.replace('in period 3:', 'in period 12:'), 'ja', money)).toContain('最低は期間12の')
    // The list's own text stays as the engine wrote it when it does not end in the count.
    expect(modelNoteText('negative-cfads', NEGATIVE_MANY.replace('(9 periods)', '(9 periods) more'), 'ja', money)).toContain('操業期間1, 2, 3, 4, 5, 6 … (9 periods) moreで')
  })
})
