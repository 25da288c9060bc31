import { useState } from 'react'
import { issuesText } from '@renderer/store/issue-text'
import { BATTERY_CHEMISTRIES, BATTERY_FORMS } from '@shared/model'
import { converterClasses, referenceRoutes, type BatteryChemistry, type BatteryForm } from '@shared/reference'
import { Button, Dialog, Select, TextField, parseNumberInput } from '@renderer/ui'
import { freshId, useApplyEdit, useDoc } from '../editors'
import { addImpliedProducts } from '../recovery/product-forms'
import { useAppStore } from '@renderer/store'
import { BATTERY_FORM_LABEL } from './labels'
import { DEFAULT_BATTERY_ROUTE, DEFAULT_CATALYST_ROUTE, batteryStreamFromChemistry, catalystStreamFromClass, routeToAdd } from './stream-defaults'

type Kind = 'catalyst' | 'battery'

/** "Add stream": pick a converter class or a chemistry and form; defaults come from the reference library. */
export function AddStreamDialog({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: (id: string) => void }) {
  const doc = useDoc()
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
    ...doc.routes.map((r) => ({ value: r.id, label: `${r.name} (in project)` })),
    ...referenceRoutes()
      .filter((r) => !doc.routes.some((x) => x.id === r.id))
      .map((r) => ({ value: r.id, label: `${r.name} (reference)` }))
  ]
  const q = parseNumberInput(qty)
  const defaultName = kind === 'catalyst' ? (converterClasses().find((c) => c.id === classId)?.name ?? 'Converters') : `${chemistry} ${BATTERY_FORM_LABEL[form].toLowerCase()}`

  const submit = () => {
    if (!q.ok || q.value === null) return setError(q.ok ? 'Enter the annual quantity' : q.message)
    const id = freshId(kind === 'catalyst' ? 'cat' : 'bat', doc.feedstock.map((s) => s.id))
    const base = { id, name: name.trim() || defaultName, quantityPerYear: q.value, routeId: route }
    const stream = kind === 'catalyst' ? catalystStreamFromClass(classId, base) : batteryStreamFromChemistry(chemistry, form, base, doc)
    let products: string[] = []
    const r = applyEdit(`Add stream ${base.name}`, (d) => {
      const add = routeToAdd(d, route)
      if (add) d.routes.push(add)
      d.feedstock.push(stream)
      // The products its metals imply, in the same undo step: a stream whose metals nobody sells earns nothing.
      products = addImpliedProducts(d, stream)
    })
    if (!r.ok) return setError(issuesText(r.issues))
    if (products.length) pushToast({ tone: 'info', message: `Added ${products.length === 1 ? 'the product' : 'products'} ${products.join(', ')} for the metals of ${base.name}, priced from the reference deck: check them under Recovery and Prices.` })
    setError(null)
    setName('')
    setQty('')
    onAdded(id)
  }

  return (
    <Dialog
      open={open}
      title="Add feedstock stream"
      onClose={onClose}
      onSubmit={submit}
      width={560}
      description="Loadings, grades, masses, black-mass yield and route are filled from the reference library and marked as defaults with their source. Replace them with your own assays."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Add stream
          </Button>
        </>
      }
    >
      <Select<Kind>
        label="Feed type"
        value={kind}
        options={[
          { value: 'battery', label: 'Li-ion batteries (packs, modules, cells, black mass)' },
          { value: 'catalyst', label: 'Catalytic converters' }
        ]}
        onChange={(k) => {
          setKind(k)
          setRouteId('')
        }}
      />
      {kind === 'catalyst' ? (
        <Select label="Converter class" value={classId} options={converterClasses().map((c) => ({ value: c.id, label: c.name }))} onChange={setClassId} />
      ) : (
        <div className="form-grid">
          <Select<BatteryChemistry> label="Chemistry" value={chemistry} options={BATTERY_CHEMISTRIES.map((c) => ({ value: c, label: c }))} onChange={setChemistry} />
          <Select<BatteryForm> label="Form" value={form} options={BATTERY_FORMS.map((f) => ({ value: f, label: BATTERY_FORM_LABEL[f] }))} onChange={setForm} />
        </div>
      )}
      <TextField label="Stream name" value={name} placeholder={defaultName} onChange={setName} />
      <TextField
        label="Annual quantity (nameplate)"
        unit={kind === 'catalyst' ? 'units/yr' : 't/yr'}
        value={qty}
        inputMode="decimal"
        autoComplete="off"
        onChange={(t) => {
          setQty(t)
          setError(null)
        }}
        error={error ?? undefined}
      />
      <Select label="Process route" value={route} options={routeOptions} onChange={setRouteId} />
    </Dialog>
  )
}
