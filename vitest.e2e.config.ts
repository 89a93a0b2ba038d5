import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extensions in real Chromium and Firefox (run after `wxt build` for both). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
