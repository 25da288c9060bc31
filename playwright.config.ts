import { defineConfig } from '@playwright/test'

// Debian's Chromium, never a downloaded browser (`npx playwright install` cannot work here).
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: /.*\.spec\.ts/,
  timeout: 60_000,
  workers: 1,
  outputDir: 'test-results',
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4174/',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }
  },
  webServer: {
    command: 'node node_modules/vite/bin/vite.js build -c vite.web.config.mts --logLevel warn && node node_modules/vite/bin/vite.js preview -c vite.web.config.mts',
    url: 'http://127.0.0.1:4174/',
    reuseExistingServer: !process.env.CI,
    timeout: 120_000
  }
})
