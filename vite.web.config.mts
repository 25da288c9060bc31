import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The renderer as a plain web app: how it is tested here (no Electron binary) and a real way to try it.
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
      '@resources': resolve(import.meta.dirname, 'resources'),
      '@docs': resolve(import.meta.dirname, 'docs'),
      '@root/package.json': resolve(import.meta.dirname, 'package.json')
    }
  },
  plugins: [react()],
  worker: { format: 'es' },
  build: { outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1', port: 5174, strictPort: true },
  preview: { host: '127.0.0.1', port: 4174, strictPort: true }
})
