import { useState } from 'react'
import { issuesText } from '@renderer/store/issue-text'
import { METALS, productUnitOf, type Metal, type Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Select, Table, type Column } from '@renderer/ui'
import { ModelNumber, ModelText, SourceNote, freshId, useApplyEdit, EditButton, EditIconButton, useReadOnly } from '../editors'
import { addProduct, formName, formsOf, matchForm, productFormById, removeProduct, streamContainedMetals } from './product-forms'
import { useT } from '@renderer/i18n'

type Product = Project['products'][number]

/** Products (one per metal): form and factor (t product per t metal), merchant payable. */
export function ProductsCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
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
    const r = applyEdit(t('recovery.products.addEdit', { name: f.name }), (d) => addProduct(d, f, id))
    setMessage(r.ok ? null : issuesText(r.issues))
  }
  const remove = (p: Product) => {
    const used = doc.offtake.filter((c) => c.productId === p.id).map((c) => c.counterparty)
    if (used.length) return setMessage(t('recovery.products.inUse', { name: p.name, buyers: used.join(', ') }))
    const r = applyEdit(t('recovery.products.deleteEdit', { name: p.name }), (d) => removeProduct(d, p.id))
    setMessage(r.ok ? null : issuesText(r.issues))
  }

  const idx = (p: Product) => doc.products.findIndex((x) => x.id === p.id)
  const columns: Column<Product>[] = [
    { key: 'metal', header: t('recovery.products.col.metal'), width: '70px', render: (p) => <strong>{p.metal}</strong> },
    { key: 'name', header: t('recovery.products.col.product'), render: (p) => <ModelText compact path={`products.${idx(p)}.name`} label={t('recovery.products.nameLabel', { metal: p.metal })} /> },
    {
      key: 'factor',
      header: t('recovery.products.col.factor'),
      width: '210px',
      render: (p) => (
        <ModelNumber
          compact
          path={`products.${idx(p)}.factor`}
          label={t('recovery.products.factorLabel', { metal: p.metal })}
          unit={productUnitOf(p.metal) === 'toz' ? t('recovery.products.unitToz') : 't/t'}
          hint={matchForm(p) ? t('recovery.products.isForm', { name: formName(t, matchForm(p)!) }) : t('recovery.products.customFactor')}
        />
      )
    },
    { key: 'payable', header: t('recovery.products.col.payable'), width: '150px', render: (p) => <ModelNumber compact path={`products.${idx(p)}.merchantPayable`} label={t('recovery.products.payableLabel', { metal: p.metal })} unit="%" percent /> },
    { key: 'del', header: '', width: '64px', render: (p) => <EditIconButton label={t('recovery.products.delete', { name: p.name })} icon={<IconTrash size={16} />} tone="danger" onClick={() => remove(p)} /> }
  ]

  return (
    <Card title={t('recovery.products.title')}>
      <p className="muted">{t('recovery.products.intro')}</p>
      {message && <p className="field-error" role="alert">{message}</p>}
      <Table caption={t('recovery.products.caption')} columns={columns} rows={doc.products} rowKey={(p) => p.id} empty={t('recovery.products.empty')} />
      {m ? (
        <div className="row-inline add-row">
          <Select<Metal> label={t('recovery.products.metal')} disabled={readOnly} value={m} options={free.map((x) => ({ value: x, label: x }))} onChange={setMetal} />
          <Select label={t('recovery.products.form')} disabled={readOnly} value={f?.id ?? ''} options={forms.map((x) => ({ value: x.id, label: t('recovery.products.formOption', { name: formName(t, x), factor: x.factor }) }))} onChange={setFormId} />
          <EditButton icon={<IconPlus size={15} />} onClick={add}>
            {t('recovery.products.add')}
          </EditButton>
        </div>
      ) : (
        <p className="muted">{t('recovery.products.allMetals')}</p>
      )}
      {f?.factorSource && (
        <SourceNote label={t('recovery.products.factor')}>
          {formName(t, f)}: {f.factorSource.value} {f.factorSource.unit} · {f.factorSource.source} [{f.factorSource.confidence}]
        </SourceNote>
      )}
    </Card>
  )
}
