/**
 * Text as SpreadsheetML carries it. Every user text (project name, labels, notes) and every formula
 * passes through here before it reaches a part, so no input can close an element or open one.
 */

// Lone surrogates and U+FFFE/U+FFFF are not XML characters: replaced by U+FFFD (Excel would repair the file).
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g
// C0 controls other than tab, line feed and carriage return (and DEL) cannot appear in XML 1.0 at all: dropped.
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g
// Stryker disable next-line Regex: the quick test only skips the replace; a negated class still replaces exactly the special characters
const SPECIAL = /[&<>"]/
const SPECIAL_ALL = /[&<>"]/g
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
/** Excel reads `_xHHHH_` in a string as an escaped character: a literal one keeps its underscore escaped. */
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g

/** A string with the characters XML cannot carry replaced (lone surrogates) or dropped (controls). */
export function cleanText(v: string): string {
  return v.replace(NOT_XML, '\uFFFD').replace(CONTROL, '')
}

/** Escaped for element content or a double-quoted attribute (the cheap test first: most text has nothing to escape). */
export function esc(v: string): string {
  return SPECIAL.test(v) ? v.replace(SPECIAL_ALL, (c) => ENTITY[c]!) : v
}

/** A cell's text as a shared-string item's `<t>`: cleaned, escaped, spaces kept where XML would drop them. */
export function textElement(v: string): string {
  let t = esc(cleanText(v))
  // Stryker disable next-line ConditionalExpression,StringLiteral: the includes only skips the replace when nothing can match
  if (t.includes('_x')) t = t.replace(ESCAPE_LIKE, '_x005F_$1')
  return /^\s|\n|\s$/.test(t) ? `<t xml:space="preserve">${t}</t>` : `<t>${t}</t>`
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
