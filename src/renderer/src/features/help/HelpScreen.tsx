import { useMemo } from 'react'
import methodology from '@docs/methodology.md?raw'
import { navigate } from '@renderer/app/route'
import { useAppStore } from '@renderer/store'
import { Button, Card } from '@renderer/ui'
import { parseMarkdown, type Block } from './markdown'
import { MarkdownView } from './MarkdownView'
import { useT } from '@renderer/i18n'
import './help.css'

const text = (b: Extract<Block, { t: 'h' }>) => b.c.map((x) => ('v' in x ? x.v : '')).join('')

/**
 * `#/help`: the Methodology page the Excel model's cover refers to — docs/methodology.md bundled at
 * build time (Vite `?raw`: nothing fetched, nothing remote) and rendered as text — with its contents,
 * and the way back to the first-run guide.
 */
export function HelpScreen() {
  const blocks = useMemo(() => parseMarkdown(methodology), [])
  const contents = blocks.filter((b): b is Extract<Block, { t: 'h' }> => b.t === 'h' && b.level === 2)
  const setGuide = useAppStore((s) => s.setGuide)
  const t = useT()
  // The methodology itself is written in English only so far (issue 20): say so, and mark it English for screen readers and fonts.
  const locale = useAppStore((s) => s.locale)
  const docLang = 'en'
  const go = (id: string) => {
    const el = document.getElementById(id)
    el?.scrollIntoView({ block: 'start' })
    el?.focus({ preventScroll: true })
  }
  return (
    <>
      <header className="app-header">
        <div className="header-titles">
          <h1 className="page-title">{t('help.title')}</h1>
          <p className="page-tagline">{t('help.tagline')}</p>
        </div>
        <div className="header-actions">
          <Button
            onClick={() => {
              setGuide('open')
              navigate({ name: 'projects' })
            }}
            data-testid="reopen-guide"
          >
            {t('help.reopenGuide')}
          </Button>
        </div>
      </header>
      <main className="main-content help-layout" id="main" tabIndex={-1}>
        <nav className="help-toc" aria-label={t('help.contentsLabel')}>
          <Card title={t('help.contents')}>
            <ul lang={docLang}>
              {contents.map((h) => (
                <li key={h.id}>
                  <button type="button" className="link-button" onClick={() => go(h.id)}>
                    {text(h)}
                  </button>
                </li>
              ))}
            </ul>
          </Card>
        </nav>
        <article className="help-article" aria-label={t('help.article')} data-testid="methodology">
          {locale !== docLang && (
            <p className="panel-note" data-testid="methodology-language">
              {t('help.englishOnly')}
            </p>
          )}
          <div lang={docLang}>
            <MarkdownView blocks={blocks} />
          </div>
        </article>
      </main>
    </>
  )
}
