export { useT } from './use-t'
