
/** Options with values (`--draws 1000`) and boolean flags, for the analysis commands. */
export type ValueArgs = { ok: true; positionals: string[]; values: Map<string, string>; flags: Set<string> } | { ok: false; message: string }

export function parseValueArgs(args: readonly string[], valueOptions: readonly string[], flagOptions: readonly string[]): ValueArgs {
  const positionals: string[] = []
  const values = new Map<string, string>()
  const flags = new Set<string>()
  let onlyPositionals = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (onlyPositionals || !a.startsWith('-') || a === '-') positionals.push(a)
    else if (a === '--') onlyPositionals = true
    else if (flagOptions.includes(a)) flags.add(a)
    else if (valueOptions.includes(a)) {
      const v = args[i + 1]
      if (v === undefined) return { ok: false, message: `${a} needs a value` }
      values.set(a, v)
      i++
    } else return { ok: false, message: `unknown option ${a}` }
  }
  return { ok: true, positionals, values, flags }
}

/** A number option: integer or decimal within bounds, else a usage message. */
export function numberOption(values: Map<string, string>, name: string, fallback: number, check: (x: number) => boolean, rule: string): number | string {
  const raw = values.get(name)
  if (raw === undefined) return fallback
  const x = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(x) || !check(x)) return `${name} ${rule} (got "${raw}")`
  return x
}
