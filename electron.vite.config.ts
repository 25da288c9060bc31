import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const alias = {
  '@shared': resolve('src/shared'),
  '@renderer': resolve('src/renderer/src'),
  '@resources': resolve('resources'),
  '@docs': resolve('docs'),
  '@root/package.json': resolve('package.json')
}

export default defineConfig({
  // zod is bundled into main so the packaged app needs no node_modules at run time.
  main: { resolve: { alias }, build: { externalizeDeps: { exclude: ['zod'] } } },
  preload: { resolve: { alias } },
  renderer: {
    resolve: { alias },
    plugins: [react()],
    build: { minify: true, chunkSizeWarningLimit: 1500 },
    worker: { format: 'es' }
  }
})
