import { useRef, type KeyboardEvent } from 'react'

export type TabItem<T extends string> = { id: T; label: string }

type Props<T extends string> = {
  label: string
  tabs: readonly TabItem<T>[]
  selected: T
  onSelect: (id: T) => void
  className?: string
  /** Prefix of the tab and panel ids (`<prefix>-tab-<id>`, `<prefix>-panel-<id>`) so a panel can be labelled by its tab. */
  idPrefix: string
}

/** The id of a tab's panel, for `<div role="tabpanel" id={…} aria-labelledby={…}>`. */
export const tabIds = (idPrefix: string, id: string) => ({ tab: `${idPrefix}-tab-${id}`, panel: `${idPrefix}-panel-${id}` })

/**
 * The one tab strip (WAI-ARIA tabs pattern, automatic activation): Left/Right move to the previous /
 * next tab and wrap, Home/End to the first / last; only the selected tab is a Tab stop (roving
 * tabindex), so Tab goes from the strip straight into its panel.
 */
export function TabList<T extends string>({ label, tabs, selected, onSelect, className, idPrefix }: Props<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>())
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.id === selected)
    const last = tabs.length - 1
    const next = e.key === 'ArrowRight' ? (at + 1) % tabs.length : e.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? last : null
    if (next === null || tabs.length === 0) return
    e.preventDefault()
    const id = tabs[next]!.id
    onSelect(id)
    refs.current.get(id)?.focus()
  }
  return (
    <div className={className} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => {
        const ids = tabIds(idPrefix, t.id)
        const on = t.id === selected
        return (
          <button
            key={t.id}
            ref={(el) => void (el ? refs.current.set(t.id, el) : refs.current.delete(t.id))}
            type="button"
            role="tab"
            id={ids.tab}
            aria-selected={on}
            aria-controls={ids.panel}
            tabIndex={on ? 0 : -1}
            className={on ? 'on' : ''}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        )
      })}
    </div>
  )
}
