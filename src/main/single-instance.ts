/**
 * One running instance per user (R15): two instances writing the same IndexedDB backing store is a
 * known cause of "Internal error opening backing store". A second launch focuses the first and exits.
 */
export type SingleInstanceApp = {
  requestSingleInstanceLock(): boolean
  quit(): void
  on(event: 'second-instance', listener: () => void): unknown
}

export type FocusableWindow = { isDestroyed(): boolean; isMinimized(): boolean; restore(): void; show(): void; focus(): void }

export function focusWindow(window: FocusableWindow | null): void {
  if (window === null || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

/** Returns false (and quits) when another instance holds the lock; the caller must then stop starting up. */
export function ensureSingleInstance(app: SingleInstanceApp, currentWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => focusWindow(currentWindow()))
  return true
}
