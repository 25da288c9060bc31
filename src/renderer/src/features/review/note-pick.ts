/**
 * A field picked for a note — by a click on it or by its "Add a review note" button — reaches the
 * one note dialog (FieldNoteLayer) through here, so the fields need not know where the dialog lives.
 */
export type PickedField = { path: string; label: string }

const listeners = new Set<(picked: PickedField) => void>()

export function pickFieldForNote(picked: PickedField): void {
  listeners.forEach((l) => l(picked))
}

/** Subscribe to picks; returns the unsubscribe. */
export function onFieldPicked(listener: (picked: PickedField) => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** The field as its wrapper shows it: the model path and the label on screen (the path when it has none). */
export function pickedOf(field: HTMLElement): PickedField | null {
  const path = field.dataset.path
  if (!path) return null
  const shown = field.querySelector('.field-label, label span')?.textContent?.trim()
  return { path, label: shown || path }
}
