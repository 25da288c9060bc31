import type { ReactNode } from 'react'

export { freshId } from './fresh-id'

export type ListItem = { id: string; title: string; meta?: ReactNode }

/** A keyboard-reachable list of items (streams, contracts, decks); the chosen one is edited beside it. */
export function ItemList({ label, items, selected, onSelect }: { label: string; items: readonly ListItem[]; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <ul className="item-list" aria-label={label}>
      {items.map((it) => (
        <li key={it.id}>
          <button type="button" className="item" aria-current={it.id === selected ? 'true' : undefined} onClick={() => onSelect(it.id)}>
            <span className="item-title">{it.title}</span>
            {it.meta && <span className="item-meta">{it.meta}</span>}
          </button>
        </li>
      ))}
    </ul>
  )
}

/** The selected id if it still exists, else the first one (after a delete or an undo). */
export const pickSelected = (ids: readonly string[], selected: string | null): string | null => (selected !== null && ids.includes(selected) ? selected : (ids[0] ?? null))
