import { defineConfig } from '@playwright/test';

const port = Number(process.env.FIXTURE_PORT ?? 4178);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  webServer: {
    command: `node --import tsx tests/e2e/serve.ts`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/boards/expected.json`,
    reuseExistingServer: !process.env.CI,
  },
});
