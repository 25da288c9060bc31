import { useEffect, type MouseEvent } from 'react'
import { FileCommands } from '@renderer/features/files/FileCommands'
import { CreateProjectDialog } from '@renderer/features/projects/CreateProjectDialog'
import { SameIdDialog } from '@renderer/features/files/same-id'
import { HelpScreen } from '@renderer/features/help/HelpScreen'
import { ProjectListScreen } from '@renderer/features/projects/ProjectListScreen'
import { useAppStore } from '@renderer/store'
import { Banner, ToastViewport } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import { Sidebar } from './Sidebar'
import { useRoute } from './use-route'
import { Workspace } from './Workspace'

function skipToContent(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault()
  const main = document.getElementById('main')
  main?.focus()
  main?.scrollTo({ top: 0 })
}

export function App() {
  const route = useRoute()
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  const theme = useAppStore((s) => s.theme)
  const banners = useAppStore((s) => s.banners)
  const toasts = useAppStore((s) => s.toasts)
  const dismissBanner = useAppStore((s) => s.dismissBanner)
  const dismissToast = useAppStore((s) => s.dismissToast)
  const closeProject = useAppStore((s) => s.closeProject)

  useEffect(() => {
    // "system" leaves it to color-scheme: light dark in tokens.css (the OS choice).
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
  }, [theme])

  useEffect(() => {
    // The page's language, so screen readers and the font stack (Noto Sans JP first for ja) follow the switch.
    document.documentElement.lang = locale
  }, [locale])

  useEffect(() => {
    if (route.name !== 'project') closeProject()
  }, [route.name, closeProject])

  return (
    <div className="app">
      {/* Routes live in the hash, so following href="#main" would leave the project: move focus instead. */}
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('shell.skipToContent')}
      </a>
      <Sidebar route={route} />
      <div className="app-main">
        {banners.length > 0 && (
          <div className="banners">
            {banners.map((b) => (
              <Banner key={b.id} banner={b} onDismiss={dismissBanner} />
            ))}
          </div>
        )}
        {route.name === 'projects' ? <ProjectListScreen /> : route.name === 'help' ? <HelpScreen /> : <Workspace key={`${route.review ? 'review' : 'project'}:${route.projectId}`} projectId={route.projectId} sectionId={route.section} review={route.review === true} />}
        {/* In the column's flow under the scrolling pane, not floating over it: a toast never covers an input or a table (#17). */}
        <ToastViewport toasts={toasts} onDismiss={dismissToast} />
      </div>
      <CreateProjectDialog />
      <SameIdDialog />
      <FileCommands />
    </div>
  )
}
