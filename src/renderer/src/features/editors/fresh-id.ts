/** A fresh id not in `taken`: `prefix-1`, `prefix-2`, … (ids stay readable in files and exports). */
export function freshId(prefix: string, taken: readonly string[]): string {
  const base = prefix.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 50) || 'item'
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`
    if (!taken.includes(id)) return id
  }
}
