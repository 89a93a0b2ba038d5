import { defineConfig } from 'vitest/config';

/** Unit, golden-fixture and corpus tests: Node with linkedom, no browser. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // A guard against a hang, not a speed bound (vitest's default, 5 s, is one): on a shared
    // two-CPU machine under load the slowest tests (400 random pages, a 10,000-paragraph page,
    // the CLI in a child process) took 5-20 s. Speed is measured by `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
