import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { programToday } from './support';

/**
 * Browser flows in Debian's Chromium (never a downloaded browser) against the real built app:
 * the API serves the built web app, on the fresh database `npm run e2e` provides (tools/test-db.mjs),
 * migrated and seeded with the demo data at start.
 */
const PORT = Number(process.env.E2E_PORT ?? 4310);
// The API's data folder for this run (uploads, and the .eml files it writes without SMTP): fresh per
// run, shared with the test workers through the environment (support.ts reads the mail there).
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'ptp-e2e-data-'));
// The day the demo seed (at server start) and the flows (support.ts demoDate, minutes later) move
// the demo data from: read once, so a midnight between the two cannot set them a week apart.
process.env.DEMO_TODAY ||= programToday();

export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  outputDir: '../../../tmp/e2e-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node apps/api/dist/main.js --migrate --seed',
    cwd: '../../..',
    url: `http://127.0.0.1:${PORT}/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: process.env.DATABASE_URL ?? '',
      PTP_DATA_DIR: process.env.E2E_DATA_DIR, PUBLIC_URL: `http://127.0.0.1:${PORT}`, JOBS_ENABLED: 'true',
    },
  },
});
