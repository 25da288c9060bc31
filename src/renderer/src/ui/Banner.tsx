import type { Banner as BannerModel } from '@renderer/store'
import { IconAlert, IconClose } from './icons'
import { useT } from '@renderer/i18n'

/** A full-width notice above the content for conditions that last (storage, stale window, conflict). */
export function Banner({ banner, onDismiss }: { banner: BannerModel; onDismiss: (id: string) => void }) {
  const t = useT()
  return (
    <div className={`banner banner-${banner.tone}`} role={banner.tone === 'error' ? 'alert' : 'status'}>
      <IconAlert className="banner-icon" />
      <span className="banner-message">{banner.text ? t(banner.text.key, banner.text.values) : banner.message}</span>
      {banner.action && (
        <button type="button" className="btn btn-secondary btn-sm" onClick={banner.action.run}>
          <span>{banner.action.labelKey ? t(banner.action.labelKey) : banner.action.label}</span>
        </button>
      )}
      {banner.dismissible && (
        <button type="button" className="banner-close" aria-label={t('ui.dismiss')} onClick={() => onDismiss(banner.id)}>
          <IconClose size={16} />
        </button>
      )}
    </div>
  )
}
