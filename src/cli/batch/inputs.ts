import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The files of a batch, in the order the rows come out: each argument as given, a directory replaced by
 * its `*.json` files (not recursive; sorted by name, so a re-run lists the same rows in the same order).
 * A path that does not exist stays in the list: its row says so. `empty` names directories without
 * project files, which the command reports.
 */
export async function expandInputs(args: readonly string[]): Promise<{ files: string[]; empty: string[] }> {
  const files: string[] = []
  const empty: string[] = []
  for (const a of args) {
    const isDir = await stat(a).then((s) => s.isDirectory(), () => false)
    if (!isDir) {
      files.push(a)
      continue
    }
    const names = (await readdir(a, { withFileTypes: true })).filter((d) => !d.isDirectory() && d.name.toLowerCase().endsWith('.json')).map((d) => d.name)
    names.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    if (names.length === 0) empty.push(a)
    files.push(...names.map((n) => join(a, n)))
  }
  return { files, empty }
}
