import { useSyncExternalStore } from 'react'
import { parseRoute, type Route } from './route'

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb)
  return () => window.removeEventListener('hashchange', cb)
}

let lastHash = ''
let lastRoute: Route = { name: 'projects' }
/** Same object while the hash is unchanged, as useSyncExternalStore requires. */
function snapshot(): Route {
  if (location.hash !== lastHash) {
    lastHash = location.hash
    lastRoute = parseRoute(lastHash)
  }
  return lastRoute
}

export const useRoute = (): Route => useSyncExternalStore(subscribe, snapshot)
