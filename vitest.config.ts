import { defineConfig } from 'vitest/config';

// CI asks for a JSON report beside the usual output (GAUGE_TEST_REPORT=<file>).
const report = process.env.GAUGE_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration and browser tests start real servers and Chromium; two cores, so keep it modest.
    maxWorkers: 2,
    reporters: report ? ['default', 'json'] : ['default'],
    outputFile: report ? { json: report } : undefined,
  },
});
