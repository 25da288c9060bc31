import './editors.css'

/** Inputs bound to model paths, shared by the workspace input sections. */
export { ModelNumber, type ModelNumberProps } from './ModelNumber'
export { ModelText } from './ModelText'
export { ModelSelect, ModelCheckbox } from './ModelSelect'
export { SeriesEditor } from './SeriesEditor'
export { SourceNote, describeSourced, describeGroup } from './SourceNote'
export { ItemList, pickSelected, freshId, type ListItem } from './ItemList'
export { useDoc, useValueAt, useFieldState, useApplyEdit, useReadOnly } from './use-model'
export { getAt, setAt, splitPath, joinPath } from './model-path'
export { overlaySiblingDrafts, forgetSiblingDrafts } from './sibling-drafts'
export type { Translate } from './translate'
export { EditButton, EditIconButton, editControl, useReadOnlyTitle } from './EditButton'
