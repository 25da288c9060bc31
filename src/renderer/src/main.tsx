import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { getBridge } from './bridge'
import { BankableDb } from './db/database'
import { createRepository } from './db/repository'
import { initStore } from './store'
import { App } from './app/App'
import './styles/tokens.css'
import './styles/base.css'
import './styles/ui.css'
import './styles/layout.css'

// Composition root: the only place that wires Dexie, the bridge and the store together.
const store = initStore({
  repo: createRepository(new BankableDb()),
  bridge: getBridge(),
  storage: navigator.storage,
  prefs: window.localStorage
})

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)

void store
  .getState()
  .start()
  .then(() => document.documentElement.setAttribute('data-status', 'ready'))
