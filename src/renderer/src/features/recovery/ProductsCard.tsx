import { useState } from 'react'
import { issuesText } from '@renderer/store/issue-text'
import { METALS, productUnitOf, type Metal, type Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Select, Table, type Column } from '@renderer/ui'
import { ModelNumber, ModelText, SourceNote, freshId, useApplyEdit, EditButton, EditIconButton, useReadOnly } from '../editors'
import { addProduct, formsOf, matchForm, productFormById, removeProduct, streamContainedMetals } from './product-forms'

type Product = Project['products'][number]

/** Products (one per metal): form and factor (t product per t metal), merchant payable. */
export function ProductsCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const readOnly = useReadOnly()
  // Metals the feed contains come first, so the picker starts at one the project needs (not at Pt for a battery plant).
  const contained = new Set(doc.feedstock.flatMap(streamContainedMetals))
  const free = [...METALS.filter((m) => contained.has(m)), ...METALS.filter((m) => !contained.has(m))].filter((m) => !doc.products.some((p) => p.metal === m))
  const [metal, setMetal] = useState<Metal>(free[0] ?? 'Li')
  const m = free.includes(metal) ? metal : (free[0] ?? null)
  const [formId, setFormId] = useState('')
  const forms = m ? formsOf(m) : []
  const f = productFormById(formId) && forms.some((x) => x.id === formId) ? productFormById(formId)! : (forms[0] ?? null)
  const [message, setMessage] = useState<string | null>(null)

  const add = () => {
    if (!f) return
    const id = freshId(f.metal.toLowerCase(), doc.products.map((p) => p.id))
    const r = applyEdit(`Add product ${f.name}`, (d) => addProduct(d, f, id))
    setMessage(r.ok ? null : issuesText(r.issues))
  }
  const remove = (p: Product) => {
    const used = doc.offtake.filter((c) => c.productId === p.id).map((c) => c.counterparty)
    if (used.length) return setMessage(`Cannot delete ${p.name}: offtake contracts with ${used.join(', ')} sell it. Delete those contracts first.`)
    const r = applyEdit(`Delete product ${p.name}`, (d) => removeProduct(d, p.id))
    setMessage(r.ok ? null : issuesText(r.issues))
  }

  const idx = (p: Product) => doc.products.findIndex((x) => x.id === p.id)
  const columns: Column<Product>[] = [
    { key: 'metal', header: 'Metal', width: '70px', render: (p) => <strong>{p.metal}</strong> },
    { key: 'name', header: 'Product', render: (p) => <ModelText compact path={`products.${idx(p)}.name`} label={`${p.metal} product name`} /> },
    {
      key: 'factor',
      header: 'Factor (t product / t metal)',
      width: '210px',
      render: (p) => (
        <ModelNumber
          compact
          path={`products.${idx(p)}.factor`}
          label={`${p.metal} product factor`}
          unit={productUnitOf(p.metal) === 'toz' ? 'metal, toz' : 't/t'}
          hint={matchForm(p) ? `= ${matchForm(p)!.name}` : 'custom factor'}
        />
      )
    },
    { key: 'payable', header: 'Merchant payable', width: '150px', render: (p) => <ModelNumber compact path={`products.${idx(p)}.merchantPayable`} label={`${p.metal} merchant payable`} unit="%" percent /> },
    { key: 'del', header: '', width: '64px', render: (p) => <EditIconButton label={`Delete product ${p.name}`} icon={<IconTrash size={16} />} tone="danger" onClick={() => remove(p)} /> }
  ]

  return (
    <Card title="Products sold">
      <p className="muted">One product per metal. PGMs are sold as metal and counted in troy ounces; battery metals in tonnes of product (metal × factor). Merchant payable is the share of the deck price received on uncontracted sales.</p>
      {message && <p className="field-error" role="alert">{message}</p>}
      <Table caption="Products" columns={columns} rows={doc.products} rowKey={(p) => p.id} empty="No products yet: add one per recovered metal." />
      {m ? (
        <div className="row-inline add-row">
          <Select<Metal> label="Metal" disabled={readOnly} value={m} options={free.map((x) => ({ value: x, label: x }))} onChange={setMetal} />
          <Select label="Product form" disabled={readOnly} value={f?.id ?? ''} options={forms.map((x) => ({ value: x.id, label: `${x.name} (× ${x.factor})` }))} onChange={setFormId} />
          <EditButton icon={<IconPlus size={15} />} onClick={add}>
            Add product
          </EditButton>
        </div>
      ) : (
        <p className="muted">Every metal has a product.</p>
      )}
      {f?.factorSource && (
        <SourceNote label="Factor">
          {f.name}: {f.factorSource.value} {f.factorSource.unit} · {f.factorSource.source} [{f.factorSource.confidence}]
        </SourceNote>
      )}
    </Card>
  )
}
