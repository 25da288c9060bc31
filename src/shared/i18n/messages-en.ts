/**
 * The English catalog: the SOURCE of every message key (#20). ICU MessageFormat (FormatJS):
 * `{name}` arguments, `{count, plural, one {…} other {…}}` plurals. English text here must stay
 * byte-identical to what the UI showed before it moved here — e2e tests pin it.
 *
 * Keys are dotted by where they are used: `shell.*` the app frame, `nav.*` the sidebar, `section.*`
 * the workspace sections, `units.*` display units, `language.*` the language switch.
 */
export const en = {
  'shell.skipToContent': 'Skip to content',
  'shell.offline': 'Offline · stored on this device',
  'nav.main': 'Main',
  'nav.project': 'Project',
  'nav.chooseProject': 'Choose a project…',
  'nav.noProjects': 'No projects yet',
  'nav.sections': 'Sections',
  'nav.allProjects': 'All projects',
  'nav.workspace': 'Workspace',
  'nav.help': 'Help',
  'nav.helpMethodology': 'Help & methodology',
  'theme.group': 'Colour theme',
  'theme.system': 'System theme',
  'theme.light': 'Light theme',
  'theme.dark': 'Dark theme',
  'language.group': 'Language',
  'language.system': 'System ({name})',
  'language.title': 'Language of the app on this device (the sheet, memo and Excel model choose theirs at export)',
  'units.group': 'Show amounts in',
  'units.title': 'How amounts are shown (this device, every project in this currency)',
  'units.full': 'Full ({mark})',
  'units.scaled': '{mark} {unit}',
  'units.word.lakh': 'lakh',
  'units.word.crore': 'crore',
  'units.word.million': 'million',
  'units.word.oku': 'oku',
  'units.word.man': 'man',
  'section.feedstock': 'Feedstock',
  'section.recovery': 'Recovery',
  'section.prices': 'Prices',
  'section.offtake': 'Offtake',
  'section.costs': 'Costs',
  'section.financing': 'Financing',
  'section.results': 'Results',
  'section.scenarios': 'Scenarios',
  'section.sheet': 'Project sheet',
  'count.streams': '{count, plural, one {# stream} other {# streams}}',
  'count.projects': '{count, plural, one {# project} other {# projects}}'
} as const

export type MessageKey = keyof typeof en
/** A catalog for another language: every English key, no other (a missing or extra key fails typecheck). */
export type Catalog = { readonly [K in MessageKey]: string }
