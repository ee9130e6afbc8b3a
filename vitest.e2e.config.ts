import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium: one browser at
// a time, generous timeouts, no retries that would hide flakiness.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
