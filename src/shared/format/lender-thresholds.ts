import { Decimal, DECIMAL_STRING_PATTERN } from '../decimal'
import type { Project } from '../model/project'
import { newProject } from '../model/new-project'
import { lenderForProject, lenderPreset, lenderPresets } from '../reference/accessors'
import { en, t, type Locale, type MessageKey } from '../i18n'

/**
 * Which thresholds grade the project, named as a person would say it (#17). A preset stays the
 * project's preset when a threshold is edited, so the picker can say "Export-credit agency
 * (JBIC-style), edited" and offer "Reset to JBIC-style" — instead of silently becoming "Custom
 * thresholds" (or, before, showing the preset's name beside an edited 1.40x).
 */
export const LENDER_THRESHOLD_KEYS = ['minDscr', 'lockupDscr', 'minLlcr', 'maxGearing', 'dsraMonths', 'minBankableCoverage'] as const
export type LenderThresholdKey = (typeof LENDER_THRESHOLD_KEYS)[number]

export type LenderThresholds =
  | { kind: 'preset'; presetId: string; presetName: string; shortName: string; edited: readonly []; name: string }
  | { kind: 'edited'; presetId: string; presetName: string; shortName: string; edited: readonly LenderThresholdKey[]; name: string }
  | { kind: 'default'; name: string }
  | { kind: 'custom'; name: string }

const DEFAULT_LENDER = newProject('default', 'default', 2000).lender

/** Equal as numbers ("1.30" = "1.3"); text that is not a decimal compares as text. */
function same(a: string | number, b: string | number): boolean {
  const x = String(a)
  const y = String(b)
  if (!DECIMAL_STRING_PATTERN.test(x) || !DECIMAL_STRING_PATTERN.test(y)) return x === y
  return new Decimal(x).eq(y)
}

/**
 * A preset's short name for buttons: the "-style" part of "Export-credit agency (JBIC-style)",
 * else the name without its parenthesis ("Commercial bank (project finance)" → "Commercial bank").
 */
export function presetShortName(name: string): string {
  const style = /\(([^()]*-style)\)\s*$/.exec(name)
  if (style) return style[1]!
  return name.replace(/\s*\([^()]*\)\s*$/, '').trim() || name
}

/** The keys whose values differ from `reference` (numerically). */
export function editedThresholds(lender: Project['lender'], reference: Project['lender']): LenderThresholdKey[] {
  return LENDER_THRESHOLD_KEYS.filter((k) => !same(lender[k], reference[k]))
}

/**
 * A preset's name in `locale` (#20): the reference library's own name in English; the catalog's
 * `checklist.preset.<id>` in another language, else the library's name (a preset added to the
 * library before its translation keeps a name rather than none).
 */
export function presetName(preset: { id: string; name: string }, locale: Locale = 'en'): string {
  const key = `checklist.preset.${preset.id}`
  return locale !== 'en' && key in en ? t(locale, key as MessageKey) : preset.name
}

/** `locale`: the `name` in that language (the sheet, memo and Excel model choose theirs at export); English when absent. */
export function lenderThresholds(lender: Project['lender'], locale: Locale = 'en'): LenderThresholds {
  const preset = lender.presetId ? lenderPreset(lender.presetId) : null
  const values = lender.presetId ? lenderForProject(lender.presetId) : null
  if (lender.presetId && preset && values) {
    const edited = editedThresholds(lender, values)
    const shortName = presetShortName(preset.name)
    const name = presetName(preset, locale)
    if (edited.length === 0) return { kind: 'preset', presetId: preset.id, presetName: preset.name, shortName, edited: [], name }
    return { kind: 'edited', presetId: preset.id, presetName: preset.name, shortName, edited, name: t(locale, 'checklist.preset.edited', { name }) }
  }
  // A preset id the library no longer has is treated as the user's own thresholds.
  if (editedThresholds(lender, DEFAULT_LENDER).length === 0) return { kind: 'default', name: t(locale, 'checklist.preset.default') }
  return { kind: 'custom', name: t(locale, 'checklist.preset.custom') }
}

export type PresetChoices = {
  /** The preset the thresholds are graded by (edited or not); null when they follow none. */
  selected: string | null
  /** One option per preset; the chosen one reads "JBIC-style, edited" once a threshold differs from it. */
  options: { value: string; label: string }[]
  /** The preset to reset to, when the thresholds are an edited preset. */
  reset: { presetId: string; presetName: string; shortName: string } | null
}

/**
 * The preset part of every threshold picker (Financing's and the reviewer's case): both name an
 * edited preset the same way and offer the same reset, so the two can never disagree (#17). `locale`:
 * the options' names in the reader's language (#20).
 */
export function presetChoices(lender: Project['lender'], locale: Locale = 'en'): PresetChoices {
  const th = lenderThresholds(lender, locale)
  const chosen = th.kind === 'preset' || th.kind === 'edited' ? th : null
  // An edited preset reads by its short name in English ("JBIC-style, edited"); other languages edit the full name.
  const edited = (p: { id: string; name: string }) => (locale === 'en' && th.kind === 'edited' ? `${th.shortName}, edited` : t(locale, 'checklist.preset.edited', { name: presetName(p, locale) }))
  return {
    selected: chosen ? chosen.presetId : null,
    options: lenderPresets().map((p) => ({ value: p.id, label: th.kind === 'edited' && th.presetId === p.id ? edited(p) : presetName(p, locale) })),
    reset: th.kind === 'edited' ? { presetId: th.presetId, presetName: th.presetName, shortName: th.shortName } : null
  }
}
