import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extensions in real Chromium and Firefox (run after `wxt build` for both). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // Guards against a hang, not speed bounds: on a shared two-CPU machine under load a browser
    // takes several times as long to start, and a page to settle, as on an idle one.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 20_000 } },
    fileParallelism: false,
  },
});
