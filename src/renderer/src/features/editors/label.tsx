/** A visible label with a screen-reader-only context (`Base price` + ` of Lithium carbonate`). */
export function labelWithContext(label: string, context: string | undefined) {
  if (!context) return label
  return (
    <>
      {label}
      <span className="visually-hidden"> ({context})</span>
    </>
  )
}

/** The undo/redo label of a field edit. */
export const editLabelOf = (label: string, context: string | undefined, editLabel: string | undefined): string => editLabel ?? (context ? `${context}: ${label}` : label)
