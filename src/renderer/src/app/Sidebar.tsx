import { useShallow } from 'zustand/react/shallow'
import { SECTIONS } from '@renderer/features/sections'
import { SECTION_ICONS } from '@renderer/features/workspace/section-icons'
import { filterProjects, useAppStore, type ThemePreference } from '@renderer/store'
import { IconBook, IconFolder, IconMonitor, IconMoon, IconSun } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import type { MessageKey } from '@shared/i18n'
import { navigate, routeHref, type Route } from './route'
import { LanguageSwitch } from './LanguageSwitch'
import { Logo } from './Logo'

const THEMES: { value: ThemePreference; label: MessageKey; Icon: typeof IconSun }[] = [
  { value: 'system', label: 'theme.system', Icon: IconMonitor },
  { value: 'light', label: 'theme.light', Icon: IconSun },
  { value: 'dark', label: 'theme.dark', Icon: IconMoon }
]

export function Sidebar({ route }: { route: Route }) {
  const t = useT()
  const projects = useAppStore(useShallow((s) => filterProjects(s.projects, 'active')))
  const theme = useAppStore((s) => s.theme)
  const setTheme = useAppStore((s) => s.setTheme)
  const current = route.name === 'project' && !route.review ? route.projectId : ''
  const currentKnown = projects.some((p) => p.id === current)

  return (
    <aside className="sidebar" aria-label={t('nav.main')}>
      <a className="brand" href="#/">
        <Logo />
        <span className="brand-name">Bankable</span>
      </a>

      <div className="sidebar-switcher">
        <label htmlFor="project-switcher" className="sidebar-label">
          {t('nav.project')}
        </label>
        <select
          id="project-switcher"
          className="switcher"
          value={currentKnown ? current : ''}
          onChange={(e) => (e.target.value ? navigate({ name: 'project', projectId: e.target.value, section: route.name === 'project' ? route.section : 'feedstock' }) : navigate({ name: 'projects' }))}
        >
          <option value="">{projects.length ? t('nav.chooseProject') : t('nav.noProjects')}</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>

      <nav className="sidebar-nav" aria-label={t('nav.sections')}>
        <a className={`nav-item ${route.name === 'projects' ? 'active' : ''}`} href="#/" aria-current={route.name === 'projects' ? 'page' : undefined}>
          <IconFolder />
          <span>{t('nav.allProjects')}</span>
        </a>
        {route.name === 'project' && (
          <>
            <div className="sidebar-label nav-heading">{t('nav.workspace')}</div>
            {SECTIONS.map((s) => {
              const Icon = SECTION_ICONS[s.id]
              const active = route.section === s.id
              return (
                <a key={s.id} className={`nav-item ${active ? 'active' : ''}`} href={routeHref({ ...route, section: s.id })} aria-current={active ? 'page' : undefined}>
                  <Icon />
                  <span>{t(`section.${s.id}`)}</span>
                </a>
              )
            })}
          </>
        )}
      </nav>

      <nav className="sidebar-nav sidebar-help" aria-label={t('nav.help')}>
        <a className={`nav-item ${route.name === 'help' ? 'active' : ''}`} href="#/help" aria-current={route.name === 'help' ? 'page' : undefined}>
          <IconBook />
          <span>{t('nav.helpMethodology')}</span>
        </a>
      </nav>

      <div className="sidebar-footer">
        <div className="theme-switch" role="radiogroup" aria-label={t('theme.group')}>
          {THEMES.map(({ value, label, Icon }) => (
            <button key={value} type="button" role="radio" aria-checked={theme === value} aria-label={t(label)} title={t(label)} className={theme === value ? 'on' : ''} onClick={() => setTheme(value)}>
              <Icon size={16} />
            </button>
          ))}
        </div>
        <LanguageSwitch />
        <span className="sidebar-meta">{t('shell.offline')}</span>
      </div>
    </aside>
  )
}
