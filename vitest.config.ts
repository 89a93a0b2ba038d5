import { defineConfig } from 'vitest/config';

/** Unit, golden-fixture and corpus tests: Node with linkedom, no browser. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
