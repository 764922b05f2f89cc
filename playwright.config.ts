import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';

// The static server's port; another can be chosen when 4173 is taken.
export const E2E_PORT = Number(process.env.STACKMAP_E2E_PORT ?? 4173);

// Debian's Chromium when the machine has it (CI installs it); Playwright's own browser otherwise.
const systemChromium = '/usr/bin/chromium';
const executablePath = fs.existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    // The built site, served as a static host would serve it, under a sub-path.
    baseURL: `http://127.0.0.1:${E2E_PORT}/stackmap/`,
    trace: 'off',
    screenshot: 'only-on-failure',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } } }],
  webServer: {
    command: `node e2e/serve-dist.mjs ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/stackmap/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
