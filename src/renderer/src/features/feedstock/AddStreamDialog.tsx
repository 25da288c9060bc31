import { useState } from 'react'
import { issuesText } from '@renderer/store/issue-text'
import { BATTERY_CHEMISTRIES, BATTERY_FORMS } from '@shared/model'
import { converterClasses, referenceRoutes, type BatteryChemistry, type BatteryForm } from '@shared/reference'
import { Button, Dialog, Select, TextField, parseNumberInput } from '@renderer/ui'
import { freshId, useApplyEdit, useDoc } from '../editors'
import { addImpliedProducts } from '../recovery/product-forms'
import { useAppStore } from '@renderer/store'
import { batteryFormLabel, batteryKindLabel } from './labels'
import { useT } from '@renderer/i18n'
import { DEFAULT_BATTERY_ROUTE, DEFAULT_CATALYST_ROUTE, batteryStreamFromChemistry, catalystStreamFromClass, routeToAdd } from './stream-defaults'

type Kind = 'catalyst' | 'battery'

/** "Add stream": pick a converter class or a chemistry and form; defaults come from the reference library. */
export function AddStreamDialog({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: (id: string) => void }) {
  const doc = useDoc()
  const t = useT()
  const applyEdit = useApplyEdit()
  const pushToast = useAppStore((s) => s.pushToast)
  const [kind, setKind] = useState<Kind>('battery')
  const [classId, setClassId] = useState(converterClasses()[0]!.id)
  const [chemistry, setChemistry] = useState<BatteryChemistry>('NMC622')
  const [form, setForm] = useState<BatteryForm>('blackMass')
  const [name, setName] = useState('')
  const [qty, setQty] = useState('')
  const [routeId, setRouteId] = useState('')
  const [error, setError] = useState<string | null>(null)

  const defaultRoute = kind === 'catalyst' ? DEFAULT_CATALYST_ROUTE : DEFAULT_BATTERY_ROUTE
  const route = routeId || defaultRoute
  const routeOptions = [
    ...doc.routes.map((r) => ({ value: r.id, label: t('feedstock.add.routeInProject', { name: r.name }) })),
    ...referenceRoutes()
      .filter((r) => !doc.routes.some((x) => x.id === r.id))
      .map((r) => ({ value: r.id, label: t('feedstock.add.routeReference', { name: r.name }) }))
  ]
  const q = parseNumberInput(qty)
  const defaultName = kind === 'catalyst' ? (converterClasses().find((c) => c.id === classId)?.name ?? t('feedstock.kind.converters')) : batteryKindLabel(t, chemistry, form)

  const submit = () => {
    if (!q.ok || q.value === null) return setError(q.ok ? t('feedstock.add.enterQuantity') : q.message)
    const id = freshId(kind === 'catalyst' ? 'cat' : 'bat', doc.feedstock.map((s) => s.id))
    const base = { id, name: name.trim() || defaultName, quantityPerYear: q.value, routeId: route }
    const stream = kind === 'catalyst' ? catalystStreamFromClass(classId, base) : batteryStreamFromChemistry(chemistry, form, base, doc)
    let products: string[] = []
    const r = applyEdit(t('feedstock.add.edit', { name: base.name }), (d) => {
      const add = routeToAdd(d, route)
      if (add) d.routes.push(add)
      d.feedstock.push(stream)
      // The products its metals imply, in the same undo step: a stream whose metals nobody sells earns nothing.
      products = addImpliedProducts(d, stream)
    })
    if (!r.ok) return setError(issuesText(r.issues))
    if (products.length) pushToast({ tone: 'info', message: t('feedstock.add.toast', { count: products.length, products: products.join(', '), name: base.name }) })
    setError(null)
    setName('')
    setQty('')
    onAdded(id)
  }

  return (
    <Dialog
      open={open}
      title={t('feedstock.add.title')}
      onClose={onClose}
      onSubmit={submit}
      width={560}
      description={t('feedstock.add.description')}
      footer={
        <>
          <Button onClick={onClose}>{t('feedstock.add.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('feedstock.addStream')}
          </Button>
        </>
      }
    >
      <Select<Kind>
        label={t('feedstock.add.feedType')}
        value={kind}
        options={[
          { value: 'battery', label: t('feedstock.add.battery') },
          { value: 'catalyst', label: t('feedstock.add.catalyst') }
        ]}
        onChange={(k) => {
          setKind(k)
          setRouteId('')
        }}
      />
      {kind === 'catalyst' ? (
        <Select label={t('feedstock.add.converterClass')} value={classId} options={converterClasses().map((c) => ({ value: c.id, label: c.name }))} onChange={setClassId} />
      ) : (
        <div className="form-grid">
          <Select<BatteryChemistry> label={t('feedstock.add.chemistry')} value={chemistry} options={BATTERY_CHEMISTRIES.map((c) => ({ value: c, label: c }))} onChange={setChemistry} />
          <Select<BatteryForm> label={t('feedstock.add.form')} value={form} options={BATTERY_FORMS.map((f) => ({ value: f, label: batteryFormLabel(t, f) }))} onChange={setForm} />
        </div>
      )}
      <TextField label={t('feedstock.add.name')} value={name} placeholder={defaultName} onChange={setName} />
      <TextField
        label={t('feedstock.add.quantity')}
        unit={kind === 'catalyst' ? t('feedstock.unit.unitsPerYear') : t('feedstock.unit.tPerYear')}
        value={qty}
        inputMode="decimal"
        autoComplete="off"
        onChange={(text) => {
          setQty(text)
          setError(null)
        }}
        error={error ?? undefined}
      />
      <Select label={t('feedstock.add.route')} value={route} options={routeOptions} onChange={setRouteId} />
    </Dialog>
  )
}
