import { useShallow } from 'zustand/react/shallow'
import { SECTIONS } from '@renderer/features/sections'
import { SECTION_ICONS } from '@renderer/features/workspace/section-icons'
import { filterProjects, useAppStore, type ThemePreference } from '@renderer/store'
import { IconBook, IconFolder, IconMonitor, IconMoon, IconSun } from '@renderer/ui'
import { navigate, routeHref, type Route } from './route'
import { Logo } from './Logo'

const THEMES: { value: ThemePreference; label: string; Icon: typeof IconSun }[] = [
  { value: 'system', label: 'System theme', Icon: IconMonitor },
  { value: 'light', label: 'Light theme', Icon: IconSun },
  { value: 'dark', label: 'Dark theme', Icon: IconMoon }
]

export function Sidebar({ route }: { route: Route }) {
  const projects = useAppStore(useShallow((s) => filterProjects(s.projects, 'active')))
  const theme = useAppStore((s) => s.theme)
  const setTheme = useAppStore((s) => s.setTheme)
  const current = route.name === 'project' && !route.review ? route.projectId : ''
  const currentKnown = projects.some((p) => p.id === current)

  return (
    <aside className="sidebar" aria-label="Main">
      <a className="brand" href="#/">
        <Logo />
        <span className="brand-name">Bankable</span>
      </a>

      <div className="sidebar-switcher">
        <label htmlFor="project-switcher" className="sidebar-label">
          Project
        </label>
        <select
          id="project-switcher"
          className="switcher"
          value={currentKnown ? current : ''}
          onChange={(e) => (e.target.value ? navigate({ name: 'project', projectId: e.target.value, section: route.name === 'project' ? route.section : 'feedstock' }) : navigate({ name: 'projects' }))}
        >
          <option value="">{projects.length ? 'Choose a project…' : 'No projects yet'}</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>

      <nav className="sidebar-nav" aria-label="Sections">
        <a className={`nav-item ${route.name === 'projects' ? 'active' : ''}`} href="#/" aria-current={route.name === 'projects' ? 'page' : undefined}>
          <IconFolder />
          <span>All projects</span>
        </a>
        {route.name === 'project' && (
          <>
            <div className="sidebar-label nav-heading">Workspace</div>
            {SECTIONS.map((s) => {
              const Icon = SECTION_ICONS[s.id]
              const active = route.section === s.id
              return (
                <a key={s.id} className={`nav-item ${active ? 'active' : ''}`} href={routeHref({ ...route, section: s.id })} aria-current={active ? 'page' : undefined}>
                  <Icon />
                  <span>{s.title}</span>
                </a>
              )
            })}
          </>
        )}
      </nav>

      <nav className="sidebar-nav sidebar-help" aria-label="Help">
        <a className={`nav-item ${route.name === 'help' ? 'active' : ''}`} href="#/help" aria-current={route.name === 'help' ? 'page' : undefined}>
          <IconBook />
          <span>Help &amp; methodology</span>
        </a>
      </nav>

      <div className="sidebar-footer">
        <div className="theme-switch" role="radiogroup" aria-label="Colour theme">
          {THEMES.map(({ value, label, Icon }) => (
            <button key={value} type="button" role="radio" aria-checked={theme === value} aria-label={label} title={label} className={theme === value ? 'on' : ''} onClick={() => setTheme(value)}>
              <Icon size={16} />
            </button>
          ))}
        </div>
        <span className="sidebar-meta">Offline · stored on this device</span>
      </div>
    </aside>
  )
}
