import { useState } from 'react'
import { CURRENCIES, type Currency } from '@shared/model'
import { defaultFxPerUsd } from '@shared/reference'
import { navigate } from '@renderer/app/route'
import { useAppStore } from '@renderer/store'
import { Button, Dialog, NumberField, Select, TextField } from '@renderer/ui'

const CURRENCY_LABEL: Record<Currency, string> = { USD: 'USD — US dollar', INR: 'INR — Indian rupee (lakh/crore grouping)', JPY: 'JPY — Japanese yen (no decimals)' }

/** Where the suggested rate comes from, while it is the suggestion. */
function referenceHint(currency: Exclude<Currency, 'USD'>, fx: string | null): string {
  const ref = defaultFxPerUsd(currency)
  const tail = 'Metal prices are quoted in USD; add a rate per year later under Prices.'
  return ref && fx === ref.value ? `Reference rate of ${ref.date} (${ref.source.replace(/\s*https?:\/\/\S+/g, '')}): replace it with your own view. ${tail}` : tail
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

  const nameError = tried && name.trim() === '' ? 'Give the project a name' : undefined
  const fxError = tried && currency !== 'USD' && (fx === null || fx === '0') ? `Enter how many ${currency} one US dollar buys` : undefined

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
      title="New project"
      description="A project is one plant: its feedstock, recovery, offtake, costs and financing. You can rename it later."
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
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy}>
            Create project
          </Button>
        </>
      }
    >
      <TextField label="Project name" value={name} onChange={setName} error={nameError} maxLength={200} placeholder="e.g. Pune black-mass refinery" />
      <Select
        label="Reporting currency"
        value={currency}
        options={CURRENCIES.map((c) => ({ value: c, label: CURRENCY_LABEL[c] }))}
        onChange={(c) => {
          setCurrency(c)
          // The reference rate as a starting point (issue 17: a new INR project asked for a rate with no default).
          setFx(c === 'USD' ? null : (defaultFxPerUsd(c)?.value ?? null))
        }}
        hint="Results, the Excel model and the project sheet are shown in this currency."
      />
      {currency !== 'USD' && (
        <NumberField
          label="Exchange rate for the first year"
          unit={`${currency} per USD`}
          value={fx}
          allowEmpty
          onValue={(v) => setFx(v)}
          error={fxError}
          hint={referenceHint(currency, fx)}
        />
      )}
    </Dialog>
  )
}
