/**
 * IPC sender validation (R8): a message is trusted only when it comes from the top-level frame of a
 * window this app created, and that frame currently shows a trusted origin. Sub-frames, destroyed
 * frames, foreign windows and navigated-away pages are refused.
 */
import { isTrustedOrigin } from '../origin'

export type FrameLike = { readonly url: string }
export type SenderEventLike = { readonly senderFrame: FrameLike | null }
export type KnownWindowLike = { isDestroyed(): boolean; readonly webContents: { readonly mainFrame: FrameLike } }

export function isTrustedSender(event: SenderEventLike, knownWindows: readonly KnownWindowLike[], trustedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame
  if (frame === null || frame === undefined) return false
  const isTopLevelOfKnownWindow = knownWindows.some((window) => !window.isDestroyed() && window.webContents.mainFrame === frame)
  return isTopLevelOfKnownWindow && isTrustedOrigin(frame.url, trustedOrigins)
}
