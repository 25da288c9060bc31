import type { Project, Tranche } from '../model'
import type { PeriodInfo } from './types'

/** Calendar arithmetic on `YYYY-MM-DD` strings without Date objects (no time zones, no roll-over). */
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** First day of the month `months` after the month of `date` (date is a first-of-month). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4))
  const mo = Number(date.slice(5, 7)) - 1 + months
  const yy = y + Math.floor(mo / 12)
  const mm = ((mo % 12) + 12) % 12
  return `${pad(yy, 4)}-${pad(mm + 1)}-01`
}

/** Last day of the month before the month of `firstOfMonth`. */
function dayBefore(firstOfMonth: string): string {
  const y = Number(firstOfMonth.slice(0, 4))
  const mo = Number(firstOfMonth.slice(5, 7)) // 1-based; the month before is mo − 1
  const py = mo === 1 ? y - 1 : y
  const pm = mo === 1 ? 12 : mo - 1
  const days = new Date(Date.UTC(py, pm, 0)).getUTCDate()
  return `${pad(py, 4)}-${pad(pm)}-${pad(days)}`
}

export type Timeline = {
  periods: PeriodInfo[]
  /** m */
  periodMonths: number
  /** Number of construction periods C. */
  constructionPeriods: number
  /** Total periods K. */
  count: number
  codDate: string
  /** 1-based index of the first repayment period and of final maturity (from grace and tenor; over all tranches). */
  firstRepayment: number
  maturity: number
}

/** 1-based first repayment and final maturity periods of one tranche: after `graceMonths` from COD, for `tenorYears`. */
export function trancheWindow(t: Pick<Tranche, 'graceMonths' | 'tenorYears'>, constructionPeriods: number, periodMonths: number): { firstRepayment: number; maturity: number } {
  const firstRepayment = constructionPeriods + t.graceMonths / periodMonths + 1
  return { firstRepayment, maturity: firstRepayment + (t.tenorYears * 12) / periodMonths - 1 }
}

/**
 * Periods k = 1..K with K = (constructionMonths + 12·operatingYears)/m (methodology §1). Operating
 * year y = floor(((k−1)·m − constructionMonths)/12) + 1; escalation steps floor((k−1)·m/12).
 * Repayment runs from period C + grace/m + 1 for tenor·12/m periods.
 */
export function buildTimeline(project: Project): Timeline {
  const { startDate, constructionMonths, operatingYears, periodMonths } = project.timeline
  const constructionPeriods = constructionMonths / periodMonths
  const periodCount = (constructionMonths + 12 * operatingYears) / periodMonths
  // The debt's repayment window runs from the first tranche's first repayment to the last tranche's
  // final maturity (§10); with one tranche it is that tranche's window.
  const windows = project.financing.tranches.map((t) => trancheWindow(t, constructionPeriods, periodMonths))
  const firstRepayment = Math.min(...windows.map((w) => w.firstRepayment))
  const maturity = Math.max(...windows.map((w) => w.maturity))
  const periods: PeriodInfo[] = []
  for (let k = 1; k <= periodCount; k++) {
    const start = addMonths(startDate, (k - 1) * periodMonths)
    const operating = k > constructionPeriods
    periods.push({
      index: k,
      start,
      end: dayBefore(addMonths(start, periodMonths)),
      calendarYear: Number(start.slice(0, 4)),
      phase: operating ? 'operations' : 'construction',
      operatingYear: operating ? Math.floor(((k - 1) * periodMonths - constructionMonths) / 12) + 1 : null,
      escalationYears: Math.floor(((k - 1) * periodMonths) / 12),
      isRepayment: k >= firstRepayment && k <= maturity,
      isLoanLife: operating && k <= maturity,
      months: periodMonths
    })
  }
  return { periods, periodMonths, constructionPeriods, count: periodCount, codDate: addMonths(startDate, constructionMonths), firstRepayment, maturity }
}
