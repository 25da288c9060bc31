import { describe, expect, it } from 'vitest'
import { modelNote } from '@renderer/features/results/model-notes'
import { english } from '@renderer/features/results/translate'
import { t as tr } from '@shared/i18n'

describe('model notes in the screen’s words (#17)', () => {
  it('the sculpting note names the target DSCR, not DSCR*, and its place by label', () => {
    const n = modelNote({ code: 'sculpting-floor', path: 'financing.tranches.0.repayment', message: 'sculpted principal floored at zero in periods 3–5: CFADS / DSCR* is below the interest, so only interest is paid and DSCR is below DSCR*' }, 'INR')
    expect(n).toEqual({ place: 'Sculpted repayment', path: 'financing.tranches.0.repayment', sep: ': ', text: 'No principal in periods 3–5: CFADS ÷ target DSCR is below the interest, so only interest is paid and DSCR is below the target DSCR' })
  })
  it('amounts in the project’s currency, periods and ratios left alone', () => {
    const n = modelNote({ code: 'negative-cfads', path: 'financing', message: 'CFADS is negative in operating periods 1–2 (lowest -12345678.90 in period 1: ramp-up losses or a working-capital build); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support' }, 'INR')
    expect(n.place).toBe('Cash flow')
    expect(n.text).toBe('CFADS is negative in operating periods 1–2 (lowest -₹1,23,45,679 in period 1: ramp-up losses or a working-capital build); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support')
    expect(modelNote({ code: 'balloon', path: 'financing.tranches.0.repayment', message: 'the repayment profile leaves 1500000.00 at maturity; the last instalment clears it' }, 'USD').text).toBe('The repayment profile leaves $1,500,000 at maturity; the last instalment clears it')
    expect(modelNote({ code: 'cfads-below-interest', path: 'financing', message: 'CFADS below interest in period 4: DSCR is below 1.00x; the DSRA, the facility or sponsor support pays the gap' }, 'USD').text).toContain('below 1.00x')
  })
  it('a note that starts with its place reads on from the place', () => {
    expect(modelNote({ code: 'grant-exceeds-uses', path: 'financing.grants', message: 'grants exceed construction uses by 1000.00; the excess is ignored' }, 'USD')).toEqual({ place: 'Grants', path: 'financing.grants', sep: ' ', text: 'exceed construction uses by $1,000; the excess is ignored' })
  })
  it('an unknown note keeps its words, named by its field’s label, never by its path', () => {
    const n = modelNote({ code: 'something-new', path: 'lender.minDscr', message: 'odd' }, 'USD')
    expect(n).toEqual({ place: 'Minimum DSCR (covenant)', path: 'lender.minDscr', sep: ': ', text: 'Odd' })
  })
  it('in Japanese (#20): the place from the catalog, the note rebuilt from its code, amounts in the project’s money', () => {
    const t = (key: Parameters<typeof english>[0], values?: Parameters<typeof english>[1]) => tr('ja', key, values)
    const n = modelNote({ code: 'negative-cfads', path: 'financing', message: 'CFADS is negative in operating period 3 (lowest -12345678.90 in period 3: ramp-up losses or a working-capital build); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support' }, 'INR', t, 'ja')
    expect(n.sep).toBe('：')
    expect(n.text).toContain('最低は期間3の-₹1,23,45,679')
    // A note the display does not know keeps the engine's words (English rather than a guess).
    expect(modelNote({ code: 'something-new', path: 'lender.minDscr', message: 'odd' }, 'USD', t, 'ja').text).toBe('Odd')
  })
})
