export { useT } from './use-t'
export { japaneseFontReady } from './fonts'
