import { useState } from 'react'
import { issuesText } from '@renderer/store/issue-text'
import { CURRENCIES, followReportingCurrency, type Currency, type Project } from '@shared/model'
import { convertReportingCurrency, reportingFxRate } from '@shared/model/convert-currency'
import { Button, Dialog, Select } from '@renderer/ui'
import { useApplyEdit, useReadOnly } from '../editors'
import { useT } from '@renderer/i18n'

const figure = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 })

/** "1 USD = 87.2 INR": the stronger currency first, so the figure reads as it is quoted. */
export function quoteRate(from: Currency, to: Currency, rateToPerFrom: number): string {
  return rateToPerFrom >= 1 ? `1 ${from} = ${figure(rateToPerFrom)} ${to}` : `1 ${to} = ${figure(1 / rateToPerFrom)} ${from}`
}

/**
 * The reporting-currency switch. A change asks first: convert every cost, capex, grant and purchase
 * amount at the FX table's start-year rate, or keep the figures (they then read in the new currency).
 * Without the question a ₹360-crore plant silently became $3.6 billion. Either choice is one undo step.
 */
export function ReportingCurrencyField({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const readOnly = useReadOnly()
  const [pending, setPending] = useState<Currency | null>(null)
  const [error, setError] = useState<string | null>(null)
  const from = doc.reportingCurrency
  const fx = pending ? reportingFxRate(doc, pending) : null
  const close = () => {
    setPending(null)
    setError(null)
  }

  const keep = () => {
    if (!pending) return
    const to = pending
    const r = applyEdit(t('prices.currency.keepEdit', { from, to }), (d) => {
      followReportingCurrency(d.financing, d.reportingCurrency, to)
      d.reportingCurrency = to
    })
    if (r.ok) close()
    else setError(r.issues.length > 0 ? issuesText(r.issues.slice(0, 3)) : t('prices.currency.refused'))
  }
  const convert = () => {
    if (!pending || !fx?.ok) return
    const converted = convertReportingCurrency(doc, pending, fx.rate)
    if (!converted.ok) return setError(converted.reason)
    const r = applyEdit(t('prices.currency.convertEdit', { from, to: pending }), () => converted.value)
    if (r.ok) close()
    else setError(r.issues.length > 0 ? issuesText(r.issues.slice(0, 3)) : t('prices.currency.refused'))
  }

  return (
    <>
      <Select
        label={t('prices.currency.label')}
        value={from}
        options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        disabled={readOnly}
        hint={t('prices.currency.hint')}
        onChange={(c) => c !== from && setPending(c)}
      />
      <Dialog
        open={pending !== null}
        title={t('prices.currency.dialogTitle', { currency: pending ?? '' })}
        onClose={close}
        onSubmit={fx?.ok ? convert : keep}
        description={
          fx?.ok && pending
            ? t('prices.currency.convertAt', { rate: quoteRate(from, pending, Number(fx.rate)), year: String(fx.year) })
            : t('prices.currency.cannot', { reason: fx && !fx.ok ? fx.reason : '' })
        }
        footer={
          <>
            <Button onClick={close}>{t('prices.currency.cancel')}</Button>
            <Button onClick={keep} data-testid="currency-keep">
              {t('prices.currency.keep')}
            </Button>
            <Button type="submit" variant="primary" disabled={!fx?.ok} data-testid="currency-convert">
              {t('prices.currency.convert')}
            </Button>
          </>
        }
      >
        <p>{t('prices.currency.body')}</p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </Dialog>
    </>
  )
}
