import { useState } from 'react'
import { CURRENCIES, type Currency } from '@shared/model'
import { defaultFxPerUsd } from '@shared/reference'
import { navigate } from '@renderer/app/route'
import { useAppStore } from '@renderer/store'
import { Button, Dialog, NumberField, Select, TextField } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import type { Locale, MessageKey, MessageValues } from '@shared/i18n'
import { formatDate } from '@shared/format/money'

/** Where the suggested rate comes from, while it is the suggestion. */
function referenceHint(t: (key: MessageKey, values?: MessageValues) => string, locale: Locale, currency: Exclude<Currency, 'USD'>, fx: string | null): string {
  const ref = defaultFxPerUsd(currency)
  const tail = t('projects.create.fxTail')
  return ref && fx === ref.value ? t('projects.create.fxReference', { date: locale === 'en' ? ref.date : formatDate(ref.date, locale), source: ref.source.replace(/\s*https?:\/\/\S+/g, ''), tail }) : tail
}

/** New project: a name and the reporting currency (with its USD rate when not USD). Opens it on success. */
export function CreateProjectDialog() {
  const open = useAppStore((s) => s.dialog === 'create-project')
  const openDialog = useAppStore((s) => s.openDialog)
  const close = () => openDialog(null)
  const create = useAppStore((s) => s.createProject)
  const [name, setName] = useState('')
  const [currency, setCurrency] = useState<Currency>('USD')
  const [fx, setFx] = useState<string | null>(null)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const t = useT()
  // English keeps the reference's ISO date as it always showed it (pinned by e2e); Japanese reads 2025年6月27日.
  const locale = useAppStore((s) => s.locale)

  const nameError = tried && name.trim() === '' ? t('projects.create.nameError') : undefined
  const fxError = tried && currency !== 'USD' && (fx === null || fx === '0') ? t('projects.create.fxError', { currency }) : undefined

  const reset = () => {
    setName('')
    setCurrency('USD')
    setFx(null)
    setTried(false)
  }
  const submit = async () => {
    setTried(true)
    if (name.trim() === '' || (currency !== 'USD' && (fx === null || fx === '0')) || busy) return
    setBusy(true)
    const id = await create({ name, currency, fxPerUsd: currency === 'USD' ? undefined : (fx ?? undefined) })
    setBusy(false)
    if (!id) return
    close()
    reset()
    navigate({ name: 'project', projectId: id, section: 'feedstock' })
  }

  return (
    <Dialog
      open={open}
      title={t('projects.create.title')}
      description={t('projects.create.description')}
      onClose={() => {
        close()
        reset()
      }}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button
            onClick={() => {
              close()
              reset()
            }}
          >
            {t('projects.create.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('projects.create.submit')}
          </Button>
        </>
      }
    >
      <TextField label={t('projects.create.name')} value={name} onChange={setName} error={nameError} maxLength={200} placeholder={t('projects.create.namePlaceholder')} />
      <Select
        label={t('projects.create.currency')}
        value={currency}
        options={CURRENCIES.map((c) => ({ value: c, label: t(`projects.create.currency.${c}`) }))}
        onChange={(c) => {
          setCurrency(c)
          // The reference rate as a starting point (issue 17: a new INR project asked for a rate with no default).
          setFx(c === 'USD' ? null : (defaultFxPerUsd(c)?.value ?? null))
        }}
        hint={t('projects.create.currencyHint')}
      />
      {currency !== 'USD' && (
        <NumberField
          label={t('projects.create.fx')}
          unit={t('projects.create.fxUnit', { currency })}
          value={fx}
          allowEmpty
          onValue={(v) => setFx(v)}
          error={fxError}
          hint={referenceHint(t, locale, currency, fx)}
        />
      )}
    </Dialog>
  )
}
